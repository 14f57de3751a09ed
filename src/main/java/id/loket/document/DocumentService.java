package id.loket.document;

import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.Nik;
import id.loket.base.PersonName;
import id.loket.base.PersonalData;
import id.loket.base.RateLimiter;
import id.loket.document.internal.DocumentProperties;
import id.loket.document.internal.KkContent;
import id.loket.document.internal.KkContents;
import id.loket.document.internal.KkDocument;
import id.loket.document.internal.KkDocumentPdf;
import id.loket.document.internal.KkDocumentPdfRepository;
import id.loket.document.internal.KkDocumentRepository;
import id.loket.document.internal.KkRenderer;
import id.loket.document.internal.PdfSigner;
import id.loket.document.internal.PreviewMark;
import id.loket.document.internal.KkSerials;
import id.loket.document.internal.SerialBlocks;
import id.loket.document.internal.SignatureCheck;
import id.loket.document.internal.SigningKey;
import id.loket.population.FamilyForm;
import id.loket.population.FamilyService;
import id.loket.population.KkNumber;
import id.loket.population.MemberForm;
import id.loket.population.ReferenceData;
import id.loket.workflow.ApplicationMoved;
import id.loket.workflow.CardRow;
import id.loket.workflow.WorkflowService;
import id.loket.sync.ServerMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Steps 6 and 7: the signer previews and signs the KK (PAdES with a visible stamp and a QR code to the public
 * verification page); the pickup officer prints it and records to whom it was handed, which completes the
 * application. A reprint serves the same signed bytes. The public page and the upload check say whether a KK is
 * authentic and current without showing anyone's data.
 */
@Service
public class DocumentService {

    public static final String SIGNING_STEP = "SIGNING";
    public static final String HANDOVER_STEP = "HANDOVER";
    /** The public verification page's route. */
    public static final String VERIFY_ROUTE = "cek-kk";
    /** A KK PDF is well under 1 MB; anything larger is not ours. */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.\\-]+(:\\d{1,5})?");
    private static final DateTimeFormatter STAMP_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final KkDocumentRepository documents;
    private final KkDocumentPdfRepository pdfs;
    private final FamilyService families;
    private final ReferenceData references;
    private final WorkflowService workflow;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final DocumentProperties properties;
    private final KkRenderer renderer;
    private final SigningKey key;
    private final PdfSigner signer;
    private final Clock clock;
    /** Reading an uploaded PDF costs CPU: a public page limits how often one address may ask. */
    private final RateLimiter uploadChecks;
    private final SerialBlocks serialBlocks;
    private final KkSerials kkSerials;
    private final ServerMode mode;
    private final int serialReserveDays;

    DocumentService(KkDocumentRepository documents, KkDocumentPdfRepository pdfs, FamilyService families, ReferenceData references,
                    WorkflowService workflow, AuditService audit,
                    ApplicationEventPublisher events, DocumentProperties properties, KkRenderer renderer,
                    SigningKey key, PdfSigner signer, Clock clock, SerialBlocks serialBlocks, KkSerials kkSerials, ServerMode mode,
                    @org.springframework.beans.factory.annotation.Value("${loket.document.kk-serial-reserve-days:7}")
                    int serialReserveDays) {
        this.serialBlocks = serialBlocks;
        this.kkSerials = kkSerials;
        this.mode = mode;
        this.serialReserveDays = serialReserveDays;
        this.documents = documents;
        this.pdfs = pdfs;
        this.families = families;
        this.references = references;
        this.workflow = workflow;
        this.audit = audit;
        this.events = events;
        // a development-key server prints an example official (the KK says it is not official); a real one must be set
        this.properties = key.development() ? properties.withExampleOfficial() : properties;
        this.renderer = renderer;
        this.key = key;
        this.signer = signer;
        this.clock = clock;
        this.uploadChecks = new RateLimiter(clock, properties.uploadChecksPerHour(), java.time.Duration.ofHours(1));
    }

    /** True while Loket signs with its self-signed development key: every screen that signs or prints says so. */
    public boolean developmentCertificate() {
        return key.development();
    }

    public String officeName() {
        return properties.officeName();
    }

    // ---------------------------------------------------------------- step 6: preview and sign

    /**
     * The KK as it will be signed, marked as a preview; nothing is stored. {@code contentHash} names the family data
     * shown: {@link #sign} takes it back and refuses when the family changed in between. The head of office reads
     * it masked as {@link PersonalData} says for the KK document.
     */
    public record Preview(byte[] pdf, String contentHash) {
    }

    @PreAuthorize("hasAnyRole('SIGNER','HEAD_OF_OFFICE')")
    @Transactional // not read-only: the view of personal data is audited
    public Preview preview(UUID applicationId) {
        CardRow card = card(applicationId);
        LoketUser user = CurrentUser.require();
        FamilyForm family = families.approvedFamily(applicationId);
        Optional<String> kkNumber = families.kkNumberToPrint(applicationId);
        String hash = contentHash(family, kkNumber);
        boolean clear = PersonalData.unmasked(user, PersonalData.Screen.KK_DOCUMENT);
        FamilyForm shown = clear ? family : shown(family, user);
        String number = kkNumber.map(n -> PersonalData.show(user, PersonalData.Screen.KK_DOCUMENT,
                PersonalData.Kind.KK_NUMBER, n)).orElse("················");
        KkContent content = content(shown, number, LocalDate.now(clock.withZone(zone())), publicBase() + "/" + VERIFY_ROUTE);
        audit.record(user.branchCode(), "application", applicationId.toString(),
                clear ? "kk-previewed" : "kk-previewed-masked", card.displayNumber());
        return new Preview(PreviewMark.apply(renderer.render(content).pdf()), hash);
    }

    /**
     * Signs the KK of an application at step 6 and moves its card to the pickup counter: the KK the signer saw, so
     * {@code previewHash} must be the preview's {@link Preview#contentHash()}. A new family (by its application
     * type) gets its KK number now; a changed family keeps its old KK's. An older KK with the same number is
     * superseded.
     */
    @PreAuthorize("hasRole('SIGNER')")
    @Transactional
    public DocumentInfo sign(UUID applicationId, String previewHash) {
        LoketUser user = CurrentUser.require();
        CardRow card = card(applicationId);
        if (!SIGNING_STEP.equals(card.stepCode())) {
            throw new BusinessException("document.error.not-at-signing", card.displayNumber());
        }
        workflow.requireHolder(applicationId); // only the card's holder changes its work (claims a free card)
        FamilyForm family = families.approvedFamily(applicationId);
        Optional<String> printed = families.kkNumberToPrint(applicationId);
        if (previewHash == null || !previewHash.equals(contentHash(family, printed))) {
            throw new BusinessException("document.error.changed-since-preview");
        }
        LocalDate issueDate = LocalDate.now(clock.withZone(zone()));
        String kkNumber = printed.orElseGet(() -> newKkNumber(family, issueDate));
        if (printed.isEmpty()) {
            families.recordKkNumber(applicationId, new KkNumber(kkNumber));
        }
        UUID id = UUID.randomUUID();
        String checkCode = checkCode(id, kkNumber, issueDate, family);
        String url = publicBase() + "/" + VERIFY_ROUTE + "/" + id + "/" + checkCode;
        KkContent content = content(family, kkNumber, issueDate, url);
        KkRenderer.Rendered rendered = renderer.render(content);
        Instant now = Instant.now(clock);
        // four short lines: what fits the 50 pt box at a legible size (the office title is printed above it)
        String stampText = "Ditandatangani secara elektronik oleh:\n" + properties.officialName() + "\n"
                + STAMP_TIME.format(now.atZone(zone())) + " " + user.timeZone().name()
                + (key.development() ? "\nSERTIFIKAT PENGEMBANGAN (BUKAN RESMI)" : "");
        byte[] pdf = signer.sign(rendered.pdf(), new PdfSigner.Stamp(rendered.signaturePage(), rendered.llx(),
                rendered.lly(), rendered.urx(), rendered.ury(), stampText, "Penerbitan Kartu Keluarga " + kkNumber,
                properties.location(), now));

        KkDocument document = new KkDocument(id, user.branchCode(), applicationId, kkNumber, content.headName(),
                content.members().size(), issueDate, properties.officeName(), checkCode, url, pdf.length, sha256(pdf),
                rendered.pages(), now, user.getUsername(), user.fullName(),
                key.certificate().getSubjectX500Principal().getName(), key.development());
        for (KkDocument older : documents.lockCurrentByKkNumber(kkNumber)) {
            older.supersede(id, now);
            audit.record(older.branchCode(), "kk-document", older.id().toString(), "superseded", "by " + id);
        }
        documents.saveAndFlush(document);
        pdfs.save(new KkDocumentPdf(id, pdf));
        audit.record(user.branchCode(), "application", applicationId.toString(), "kk-signed",
                "document " + id + ", KK " + kkNumber + ", sha256 " + document.sha256()
                        + (key.development() ? ", development certificate" : ""));
        events.publishEvent(new KkSigned(id, applicationId, user.branchCode(), kkNumber));
        workflow.next(applicationId, card(applicationId).version()); // read again: the holder check may have claimed it
        return info(document);
    }

    // ---------------------------------------------------------------- step 7: print and hand over

    /** The application's KK in force, if it was signed. */
    @PreAuthorize("hasAnyRole('SIGNER','PICKUP','HEAD_OF_OFFICE')")
    @Transactional(readOnly = true)
    public Optional<DocumentInfo> current(UUID applicationId) {
        card(applicationId);
        return documents.findByApplicationIdOrderBySignedAtDesc(applicationId).stream()
                .filter(d -> KkDocument.CURRENT.equals(d.status())).findFirst().map(this::info);
    }

    /**
     * Whether a signed KK is in force for the application: the public status page says "siap diambil" then. Only
     * a yes or no, no number or name; the same query runs for an id that matches nothing.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean hasKkInForce(UUID applicationId) {
        return documents.findByApplicationIdOrderBySignedAtDesc(applicationId).stream()
                .anyMatch(d -> KkDocument.CURRENT.equals(d.status()));
    }

    /** Every KK signed for the application, newest first (reprint history, superseded versions). */
    @PreAuthorize("hasAnyRole('SIGNER','PICKUP','HEAD_OF_OFFICE')")
    @Transactional(readOnly = true)
    public List<DocumentInfo> history(UUID applicationId) {
        card(applicationId);
        return documents.findByApplicationIdOrderBySignedAtDesc(applicationId).stream().map(this::info).toList();
    }

    /**
     * The signed PDF for printing: exactly the stored bytes, so a reprint never changes the signed content. Every
     * print after the first is recorded as a reprint.
     */
    @PreAuthorize("hasRole('PICKUP')")
    @Transactional
    public byte[] print(UUID documentId) {
        KkDocument document = documents.findById(documentId)
                .filter(d -> d.branchCode().equals(CurrentUser.require().branchCode()))
                .orElseThrow(() -> new BusinessException("document.error.not-found"));
        workflow.requireHolder(document.applicationId()); // only the card's holder prints (claims a free card)
        if (!KkDocument.CURRENT.equals(document.status())) {
            throw new BusinessException("document.error.not-current");
        }
        document.printed();
        audit.record(document.branchCode(), "application", document.applicationId().toString(),
                document.printCount() == 1 ? "kk-printed" : "kk-reprinted",
                "document " + document.id() + ", print " + document.printCount());
        return pdfs.findById(documentId).orElseThrow(() -> new BusinessException("document.error.not-found")).pdf();
    }

    /** The pickup officer hands the printed KK over: to whom, their NIK, now. The application is complete. */
    @PreAuthorize("hasRole('PICKUP')")
    @Transactional
    public DocumentInfo handOver(UUID applicationId, String recipientName, String recipientNik) {
        LoketUser user = CurrentUser.require();
        CardRow card = card(applicationId);
        if (!HANDOVER_STEP.equals(card.stepCode())) {
            throw new BusinessException("document.error.not-at-handover", card.displayNumber());
        }
        workflow.requireHolder(applicationId); // only the card's holder changes its work (claims a free card)
        String name = recipientName == null ? "" : recipientName.trim().replaceAll("\\s+", " ");
        if (!PersonName.valid(name)) {
            throw new BusinessException("document.error.recipient-name");
        }
        Nik nik = new Nik(recipientNik == null ? "" : recipientNik.replaceAll("[\\s.\\-]", ""));
        List<KkDocument> signed = documents.findByApplicationIdOrderBySignedAtDesc(applicationId);
        KkDocument document = signed.stream().filter(d -> KkDocument.CURRENT.equals(d.status())).findFirst()
                .orElseThrow(() -> signed.isEmpty() ? new BusinessException("document.error.not-signed", card.displayNumber())
                        : new BusinessException("document.error.not-current"));
        if (document.printCount() == 0) {
            throw new BusinessException("document.error.print-first");
        }
        if (document.handedOverAt() != null) {
            throw new BusinessException("document.error.already-handed-over");
        }
        document.handOver(name, nik.value(), Instant.now(clock), user.getUsername());
        documents.flush();
        audit.record(user.branchCode(), "application", applicationId.toString(), "kk-handed-over",
                "document " + document.id() + " to " + name + " (" + nik.masked() + ")");
        workflow.next(applicationId, card(applicationId).version()); // read again: the holder check may have claimed it
        return info(document);
    }

    // ---------------------------------------------------------------- public verification

    /** What the QR code's page shows: no login, no personal data. */
    @Transactional(readOnly = true)
    public PublicCheck publicCheck(String documentId, String checkCode) {
        UUID id;
        try {
            id = UUID.fromString(documentId == null ? "" : documentId.trim());
        } catch (IllegalArgumentException e) {
            return PublicCheck.notFound();
        }
        return documents.findById(id)
                .filter(d -> d.checkCode().equalsIgnoreCase(checkCode == null ? "" : checkCode.trim()))
                .map(this::authentic).orElse(PublicCheck.notFound());
    }

    /**
     * Someone uploads a KK PDF: it is authentic only if it is byte for byte a KK this office signed and its
     * signature verifies. A changed byte, a missing signature or an unknown file are all "not authentic". The file
     * is never opened as a PDF: its signature is read from the raw bytes, so a hostile file cannot blow up.
     */
    @Transactional(readOnly = true)
    public PublicCheck checkUpload(byte[] pdf, String clientAddress) {
        if (!uploadChecks.tryAcquire(clientAddress == null ? "unknown" : clientAddress)) {
            return PublicCheck.notChecked("document.verify.reason.too-many");
        }
        if (pdf == null || pdf.length == 0) {
            return PublicCheck.notAuthentic("document.verify.reason.empty");
        }
        if (pdf.length > MAX_UPLOAD_BYTES) {
            return PublicCheck.notAuthentic("document.verify.reason.too-large");
        }
        SignatureCheck.Verdict signature = SignatureCheck.check(pdf);
        Optional<KkDocument> known = documents.findBySha256(sha256(pdf));
        if (known.isPresent() && signature == SignatureCheck.Verdict.VALID) {
            return authentic(known.get());
        }
        return PublicCheck.notAuthentic(switch (signature) {
            case VALID -> "document.verify.reason.unknown";
            case INVALID -> "document.verify.reason.altered";
            case NOT_SIGNED -> "document.verify.reason.not-signed";
            case UNREADABLE -> "document.verify.reason.unreadable";
        });
    }

    private PublicCheck authentic(KkDocument d) {
        LocalDate replacedOn = d.supersededBy() == null ? null
                : documents.findById(d.supersededBy()).map(KkDocument::issueDate).orElse(null);
        return new PublicCheck(PublicCheck.Verdict.AUTHENTIC, DocumentStatus.valueOf(d.status()), Nik.mask(d.kkNumber()),
                d.issueDate(), d.officeName(), replacedOn, d.developmentCertificate(), null);
    }

    // ---------------------------------------------------------------- reactions

    /**
     * A card sent back from the pickup counter (wrong data found) withdraws its KK; the KK it had replaced is in
     * force again.
     */
    @EventListener
    void on(ApplicationMoved moved) {
        if (!HANDOVER_STEP.equals(moved.fromStep()) || HANDOVER_STEP.equals(moved.toStep())
                || WorkflowService.DONE.equals(moved.toStep())) {
            return;
        }
        Instant now = Instant.now(clock);
        for (KkDocument d : documents.findByApplicationIdOrderBySignedAtDesc(moved.applicationId())) {
            if (KkDocument.WITHDRAWN.equals(d.status()) || d.handedOverAt() != null) {
                continue;
            }
            boolean wasCurrent = KkDocument.CURRENT.equals(d.status());
            d.withdraw(now);
            audit.record(d.branchCode(), "kk-document", d.id().toString(), "withdrawn", "card sent back");
            if (wasCurrent) {
                // the KK it replaced is in force again, if the family ever received it
                documents.findBySupersededBy(d.id()).stream().filter(older -> older.handedOverAt() != null)
                        .forEach(older -> {
                            older.reinstate(now);
                            audit.record(older.branchCode(), "kk-document", older.id().toString(), "reinstated",
                                    "newer " + d.id() + " withdrawn");
                        });
            }
        }
    }

    /** For the step guards; runs inside the move that asks. */
    boolean signed(UUID applicationId) {
        return documents.existsByApplicationIdAndStatus(applicationId, KkDocument.CURRENT);
    }

    boolean handedOver(UUID applicationId) {
        return documents.findByApplicationIdOrderBySignedAtDesc(applicationId).stream()
                .anyMatch(d -> KkDocument.CURRENT.equals(d.status()) && d.handedOverAt() != null);
    }

    // ---------------------------------------------------------------- helpers

    /** What the KK shows of the family: a preview and a signing agree on it or the signer must look again. */
    private static String contentHash(FamilyForm family, Optional<String> kkNumber) {
        return sha256((kkNumber.orElse("new") + "|" + family).getBytes(StandardCharsets.UTF_8));
    }

    private static FamilyForm shown(FamilyForm f, LoketUser user) {
        java.util.function.BiFunction<PersonalData.Kind, String, String> show =
                (k, v) -> PersonalData.show(user, PersonalData.Screen.KK_DOCUMENT, k, v);
        return new FamilyForm(show.apply(PersonalData.Kind.KK_NUMBER, f.kkNumber()),
                show.apply(PersonalData.Kind.ADDRESS, f.address()), f.rt(), f.rw(), f.villageCode(), f.postalCode(),
                f.members().stream().map(m -> new MemberForm(show.apply(PersonalData.Kind.NAME, m.fullName()),
                        show.apply(PersonalData.Kind.NIK, m.nik()), m.sexCode(), m.birthPlace(), m.birthDate(),
                        m.religionCode(), m.educationCode(), m.occupationCode(), m.bloodTypeCode(),
                        m.maritalStatusCode(), m.marriageDate(), m.marriageDateUnknown(), m.relationshipCode(),
                        m.citizenshipCode(), show.apply(PersonalData.Kind.TRAVEL_DOCUMENT, m.passportNumber()),
                        show.apply(PersonalData.Kind.TRAVEL_DOCUMENT, m.kitapNumber()),
                        show.apply(PersonalData.Kind.NAME, m.fatherName()), show.apply(PersonalData.Kind.NAME, m.motherName()),
                        m.movedOut())).toList());
    }

    private KkContent content(FamilyForm family, String kkNumber, LocalDate issueDate, String url) {
        ReferenceData.RegionPath path = references.path(family.villageCode());
        return KkContents.of(family, kkNumber, new KkContents.Place(path.village(), path.district(), path.regency(),
                        path.province()),
                (list, code) -> code == null ? null : references.code(list, code).map(c -> c.label().id()).orElse(code),
                issueDate, properties, url, key.development());
    }

    /**
     * District of the family's village + the issue date + a serial ({@link KkSerials}: the central's blocks on an
     * enrolled branch, the configured block elsewhere).
     */
    private String newKkNumber(FamilyForm family, LocalDate issueDate) {
        if (family.villageCode() == null || family.villageCode().length() < 8) {
            throw new BusinessException("document.error.no-region");
        }
        String district = family.villageCode().substring(0, 8).replace(".", "");
        return kkSerials.next(district, issueDate,
                number -> families.kkNumberInUse(number) || documents.existsByKkNumber(number));
    }

    /**
     * What an enrolled branch holds of KK serials (issue 14.4): per district the last day its blocks cover; low when a
     * district ends within {@code loket.document.kk-serial-reserve-days} or no block has come yet. Servers that are
     * not enrolled use their configured block and are never low here.
     */
    public record SerialReserve(boolean fromCentral, boolean low, int reserveDays, java.util.Map<String, LocalDate> coveredUntil,
                                List<String> lowDistricts) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public SerialReserve serialReserve() {
        if (!mode.enrolledBranch()) {
            return new SerialReserve(false, false, serialReserveDays, java.util.Map.of(), List.of());
        }
        java.util.Map<String, LocalDate> coverage = serialBlocks.coverage(mode.branchCode());
        LocalDate limit = LocalDate.now(clock.withZone(CurrentUser.require().timeZone().zoneId()))
                .plusDays(serialReserveDays);
        List<String> low = coverage.entrySet().stream().filter(e -> e.getValue().isBefore(limit))
                .map(java.util.Map.Entry::getKey).toList();
        return new SerialReserve(true, coverage.isEmpty() || !low.isEmpty(), serialReserveDays, coverage, low);
    }

    /** The QR's short hash: ties the URL to this document's id and content, so ids cannot be walked. */
    private static String checkCode(UUID id, String kkNumber, LocalDate issueDate, FamilyForm family) {
        StringBuilder s = new StringBuilder(id.toString()).append('|').append(kkNumber).append('|').append(issueDate);
        family.members().stream().map(MemberForm::nik).forEach(n -> s.append('|').append(n));
        return sha256(s.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where citizens reach the verification page: the configured public URL, or else the address the signer's
     * browser used (the Vaadin request, HTTP or websocket). A KK can never be changed, so there is no silent guess.
     */
    private String publicBase() {
        if (!properties.publicUrl().isEmpty()) {
            return properties.publicUrl();
        }
        com.vaadin.flow.server.VaadinRequest request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        if (request != null) {
            // a click arrives over the push websocket, whose own URL is ws:// without a host: the browser's Origin
            // header (sent with websocket and XHR requests alike) says which address the signer opened Loket at
            String origin = request.getHeader("Origin");
            if (origin != null && ORIGIN.matcher(origin).matches()) {
                return origin + request.getContextPath();
            }
            if (request instanceof com.vaadin.flow.server.VaadinServletRequest servlet
                    && servlet.getScheme() != null && servlet.getScheme().startsWith("http")) {
                return ServletUriComponentsBuilder.fromContextPath(servlet.getHttpServletRequest()).build().toUriString();
            }
        }
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        } catch (IllegalStateException outsideRequest) {
            throw new BusinessException("document.error.no-public-url");
        }
    }

    private ZoneId zone() {
        return CurrentUser.require().timeZone().zoneId();
    }

    private CardRow card(UUID applicationId) {
        return workflow.card(applicationId).orElseThrow(() -> new BusinessException("workflow.error.not-found"));
    }

    private DocumentInfo info(KkDocument d) {
        // the KK number as the personal-data policy shows it on the KK screens (the head of office reads it masked)
        String kkNumber = PersonalData.show(CurrentUser.require(), PersonalData.Screen.KK_DOCUMENT,
                PersonalData.Kind.KK_NUMBER, d.kkNumber());
        return new DocumentInfo(d.id(), d.applicationId(), kkNumber, d.headName(), d.memberCount(), d.issueDate(),
                DocumentStatus.valueOf(d.status()), d.signedAt(), d.signedBy(), d.signerName(),
                d.developmentCertificate(), d.printCount(), d.handedOverTo(),
                d.handedOverIdNumber() == null ? null : new Nik(d.handedOverIdNumber()).masked(), d.handedOverAt(),
                d.handedOverBy(), d.pdfSize(), d.pages(), VERIFY_ROUTE + "/" + d.id() + "/" + d.checkCode(),
                d.verificationUrl());
    }
}
