package id.loket.population;

import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.Nik;
import id.loket.base.PersonalData;
import id.loket.base.PersonalData.Kind;
import id.loket.base.PersonalData.Screen;
import id.loket.base.Roles;
import id.loket.catalog.CatalogService;
import id.loket.population.internal.Family;
import id.loket.population.internal.FamilyMember;
import id.loket.population.internal.FamilyRepository;
import id.loket.workflow.ApplicationMoved;
import id.loket.workflow.CardRow;
import id.loket.workflow.StepGuard;
import id.loket.workflow.StepWork;
import id.loket.workflow.WorkflowService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Steps 4 and 5 on the family's data: the operator enters the family (prefilled from the baseline), the Kepala
 * Seksi compares it with the baseline and approves or returns it. Guards keep a card in its step until that work
 * is done, so dragging on the board cannot skip it.
 */
@Service
public class FamilyService {

    public static final String ENTRY_STEP = "DATA_ENTRY";
    public static final String VERIFY_STEP = "VERIFICATION";
    /** The baseline source of a family for which step 3 found nothing (yet). */
    public static final String NO_BASELINE = "NONE";

    private final FamilyRepository families;
    private final ReferenceData references;
    private final WorkflowService workflow;
    private final AuditService audit;
    private final List<BaselineProvider> baselines;
    private final JsonMapper json;
    private final Clock clock;
    private final CatalogService catalog;

    FamilyService(FamilyRepository families, ReferenceData references, WorkflowService workflow, AuditService audit,
                  List<BaselineProvider> baselines, JsonMapper json, Clock clock, CatalogService catalog) {
        this.catalog = catalog;
        this.families = families;
        this.references = references;
        this.workflow = workflow;
        this.audit = audit;
        this.baselines = baselines;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The family as a screen shows it, masked as {@link PersonalData} says for the data-entry screen. {@code form} is
     * the draft as last saved (valid or not) and {@code errors} what still stops it from being submitted.
     * {@code baselineSource} is NONE until step 3 completed with a family from SIAK; {@code siakNote} is the counter
     * officer's "tidak cocok" note; {@code newFamily}: the application type creates a new family (new KK number),
     * else the old KK's number is required and printed.
     */
    public record FamilyView(UUID applicationId, String registrationNumber, String status, long version, FamilyForm form,
                             String baselineSource, boolean unmasked, List<Violation> errors, List<Violation> warnings,
                             String siakNote, boolean newFamily) {
    }

    @PreAuthorize("hasAnyRole('OPERATOR','VERIFIER','HEAD_OF_OFFICE')")
    @Transactional
    public FamilyView open(UUID applicationId) {
        CardRow card = card(applicationId);
        LoketUser user = CurrentUser.require();
        Family family = families.findByApplicationId(applicationId).orElse(null);
        if (family == null) {
            if (!user.hasRole(Roles.OPERATOR)) {
                return new FamilyView(applicationId, card.displayNumber(), Family.DRAFT, -1, FamilyForm.empty(), NO_BASELINE,
                        false, List.of(), List.of(), null, createsNewFamily(card));
            }
            // step 3 has not completed (or predates this): start empty; its completion brings the baseline
            family = newFamily(user.branchCode(), applicationId);
            families.save(family);
            audit.record(user.branchCode(), "application", applicationId.toString(), "family-draft-created",
                    "baseline=" + family.baselineSource());
        }
        boolean unmasked = PersonalData.unmasked(user, Screen.FAMILY_ENTRY);
        FamilyForm form = draft(family);
        FamilyRules.Result result = rules(form, card, applicationId);
        if (unmasked) {
            audit.record(family.branchCode(), "application", applicationId.toString(), "family-viewed-unmasked",
                    card.displayNumber());
        } else {
            form = shown(form, user, Screen.FAMILY_ENTRY);
        }
        return new FamilyView(applicationId, card.displayNumber(), family.status(), family.version(), form,
                family.baselineSource(), unmasked, result.errors(), result.warnings(), family.siakNote(),
                createsNewFamily(card));
    }

    /**
     * Saves the draft as it is, however incomplete or wrong (never lose what the operator typed), and lists what
     * still breaks a rule. The trail records each changed field (identity numbers masked).
     */
    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional
    public FamilyView save(UUID applicationId, long version, FamilyForm form) {
        workflow.requireHolder(applicationId); // only the card's holder changes its work (claims a free card)
        CardRow card = card(applicationId);
        if (!ENTRY_STEP.equals(card.stepCode())) {
            throw new BusinessException("population.error.not-in-entry", card.displayNumber());
        }
        Family family = families.findByApplicationId(applicationId)
                .orElseThrow(() -> new BusinessException("population.error.no-draft"));
        if (family.version() != version) {
            throw new BusinessException("population.error.changed-by-other");
        }
        FamilyForm clean = normalize(form);
        FamilyRules.Result result = rules(clean, card, applicationId);
        FamilyForm before = draft(family);
        family.draft(json.writeValueAsString(clean), Instant.now(clock), CurrentUser.actorName());
        if (result.errors().isEmpty()) {
            apply(family, clean);
        }
        family.status(Family.DRAFT);
        families.saveAndFlush(family);
        audit.record(family.branchCode(), "application", applicationId.toString(), "family-saved",
                changes(before, clean) + (result.errors().isEmpty() ? "" : "; " + result.errors().size() + " problem(s)"));
        return new FamilyView(applicationId, card.displayNumber(), family.status(), family.version(), clean,
                family.baselineSource(), true, result.errors(), result.warnings(), family.siakNote(),
                createsNewFamily(card));
    }

    /**
     * Saves the draft, then submits it for verification if it is valid: the card moves to step 5. A family that
     * breaks a rule is refused with every violation, and the draft stays saved (no roll-back for that refusal).
     */
    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional(noRollbackFor = FamilyInvalid.class)
    public void submit(UUID applicationId, long version, FamilyForm form) {
        FamilyView saved = save(applicationId, version, form);
        if (!saved.errors().isEmpty()) {
            throw new FamilyInvalid(saved.errors(), saved.version());
        }
        Family family = families.findByApplicationId(applicationId).orElseThrow();
        family.status(Family.SUBMITTED);
        families.flush();
        workflow.next(applicationId, card(applicationId).version());
    }

    @PreAuthorize("hasAnyRole('VERIFIER','HEAD_OF_OFFICE')")
    @Transactional
    public FamilyDiff diff(UUID applicationId) {
        Family family = families.findByApplicationId(applicationId)
                .orElseThrow(() -> new BusinessException("population.error.no-draft"));
        CardRow card = card(applicationId);
        FamilyForm baseline = family.baselineJson() == null ? FamilyForm.empty()
                : json.readValue(family.baselineJson(), FamilyForm.class);
        LoketUser user = CurrentUser.require();
        FamilyDiff diff = FamilyDiff.between(family.baselineSource(), baseline, toForm(family))
                .about(card.displayNumber(), family.siakNote());
        if (!PersonalData.unmasked(user, Screen.VERIFICATION)) {
            return diff.shown((field, value) -> kind(field).map(k -> PersonalData.show(user, Screen.VERIFICATION, k, value))
                    .orElse(value));
        }
        audit.record(family.branchCode(), "application", applicationId.toString(), "family-viewed-unmasked", "diff");
        return diff;
    }

    @PreAuthorize("hasRole('VERIFIER')")
    @Transactional
    public void approve(UUID applicationId) {
        workflow.requireHolder(applicationId); // only the card's holder changes its work (claims a free card)
        Family family = families.findByApplicationId(applicationId)
                .orElseThrow(() -> new BusinessException("population.error.no-draft"));
        CardRow card = card(applicationId);
        if (!VERIFY_STEP.equals(card.stepCode()) || !Family.SUBMITTED.equals(family.status())) {
            throw new BusinessException("population.error.not-in-verification", card.displayNumber());
        }
        family.status(Family.APPROVED);
        families.flush();
        audit.record(family.branchCode(), "application", applicationId.toString(), "family-approved", null);
        workflow.next(applicationId, card.version());
    }

    @PreAuthorize("hasRole('VERIFIER')")
    @Transactional
    public void returnToEntry(UUID applicationId, String reason) {
        workflow.requireHolder(applicationId); // only the card's holder changes its work (claims a free card)
        CardRow card = card(applicationId);
        workflow.move(applicationId, card.version(), ENTRY_STEP, reason);
    }

    /**
     * A card sent back to data entry (from the board or the verifier) reopens its family for editing. A card leaving
     * the baseline's step (step 3) takes what that step completed with as the baseline, every time: the verifier
     * compares against the SIAK answer that let the card through, not one copied earlier.
     */
    @EventListener
    void on(ApplicationMoved moved) {
        if (ENTRY_STEP.equals(moved.toStep()) && moved.fromStep() != null && !ENTRY_STEP.equals(moved.fromStep())) {
            families.findByApplicationId(moved.applicationId()).ifPresent(f -> f.status(Family.DRAFT));
        }
        baselines.stream().filter(b -> b.step().equals(moved.fromStep()) && ENTRY_STEP.equals(moved.toStep()))
                .findFirst().ifPresent(provider -> refreshBaseline(moved, provider));
    }

    private void refreshBaseline(ApplicationMoved moved, BaselineProvider provider) {
        Optional<BaselineProvider.Baseline> found = provider.baseline(moved.applicationId());
        FamilyForm fresh = found.map(BaselineProvider.Baseline::family).orElse(null);
        Family family = families.findByApplicationId(moved.applicationId())
                .orElseGet(() -> newFamily(moved.branchCode(), moved.applicationId()));
        FamilyForm previous = family.baselineJson() == null ? null : json.readValue(family.baselineJson(), FamilyForm.class);
        FamilyForm draft = draft(family);
        // the operator's typing is never overwritten: only an untouched draft (empty or the old baseline) follows
        boolean untouched = normalize(draft).equals(normalize(FamilyForm.empty()))
                || (previous != null && normalize(draft).equals(normalize(previous)));
        family.baseline(fresh == null ? NO_BASELINE : provider.source(), fresh == null ? null : json.writeValueAsString(fresh),
                found.map(BaselineProvider.Baseline::note).orElse(null), Instant.now(clock));
        if (untouched) {
            family.draft(json.writeValueAsString(fresh == null ? FamilyForm.empty() : fresh), Instant.now(clock),
                    CurrentUser.actorName());
        }
        families.save(family);
        audit.record(family.branchCode(), "application", moved.applicationId().toString(), "family-baseline",
                "baseline=" + family.baselineSource() + (fresh == null ? "" : ", " + fresh.members().size() + " member(s)")
                        + (untouched ? "" : ", draft kept"));
    }

    /**
     * The verified family as the KK prints it (steps 6 and 7). Only an approved family is ever printed; the caller
     * (the document feature) audits what it does with it.
     */
    @PreAuthorize("hasAnyRole('SIGNER','HEAD_OF_OFFICE')")
    @Transactional(readOnly = true)
    public FamilyForm approvedFamily(UUID applicationId) {
        return toForm(approved(applicationId));
    }

    /**
     * The KK number the family's new KK carries: the old KK's when the application changes an existing family, the
     * number issued at its first signing when it creates a new family, or empty when a new one must be issued now.
     */
    @PreAuthorize("hasAnyRole('SIGNER','HEAD_OF_OFFICE')")
    @Transactional(readOnly = true)
    public Optional<String> kkNumberToPrint(UUID applicationId) {
        Family family = approved(applicationId);
        if (createsNewFamily(card(applicationId))) {
            return Optional.ofNullable(family.issuedKkNumber());
        }
        return Optional.of(Optional.ofNullable(family.kkNumber())
                .orElseThrow(() -> new BusinessException("population.error.kk-required")));
    }

    /** Whether any family here already has this KK number (a new number must not). */
    @PreAuthorize("hasRole('SIGNER')")
    @Transactional(readOnly = true)
    public boolean kkNumberInUse(String kkNumber) {
        return families.existsByKkNumber(kkNumber) || families.existsByIssuedKkNumber(kkNumber);
    }

    /** A new family gets its KK number when its first KK is signed and keeps it when it is signed again. */
    @PreAuthorize("hasRole('SIGNER')")
    @Transactional
    public void recordKkNumber(UUID applicationId, KkNumber number) {
        Family family = approved(applicationId);
        if (!createsNewFamily(card(applicationId))) {
            throw new BusinessException("population.error.kk-required");
        }
        if (family.issuedKkNumber() == null) {
            family.issuedKkNumber(number.value());
            audit.record(family.branchCode(), "application", applicationId.toString(), "kk-number-issued", number.value());
        }
    }

    /** For the step guards; runs inside the move that asks. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> familyStatus(UUID applicationId) {
        return families.findByApplicationId(applicationId).map(Family::status);
    }

    private Family approved(UUID applicationId) {
        return families.findByApplicationId(applicationId)
                .filter(f -> Family.APPROVED.equals(f.status()))
                .orElseThrow(() -> new BusinessException("population.error.not-approved"));
    }

    private Family newFamily(String branchCode, UUID applicationId) {
        Family family = new Family(branchCode, applicationId, NO_BASELINE, null, Instant.now(clock), CurrentUser.actorName());
        family.draft(json.writeValueAsString(FamilyForm.empty()), Instant.now(clock), CurrentUser.actorName());
        return family;
    }

    /** The draft as the operator last left it (families from before drafts were kept: their columns). */
    private FamilyForm draft(Family family) {
        return family.draftJson() != null ? json.readValue(family.draftJson(), FamilyForm.class) : toForm(family);
    }

    private FamilyRules.Result rules(FamilyForm form, CardRow card, UUID applicationId) {
        FamilyForm clean = normalize(form);
        FamilyRules.Result result = FamilyRules.check(clean, references, LocalDate.now(clock.withZone(
                CurrentUser.require().timeZone().zoneId())), !createsNewFamily(card));
        List<Violation> errors = new ArrayList<>(result.errors());
        List<MemberForm> members = clean.members();
        List<String> niks = members.stream().map(MemberForm::nik).filter(n -> n != null && n.length() == 16).toList();
        if (!niks.isEmpty()) {
            for (String taken : families.niksInOtherActiveFamilies(niks, applicationId,
                    clean.kkNumber() == null ? "" : clean.kkNumber())) {
                int no = IntStream.range(0, members.size()).filter(i -> taken.equals(members.get(i).nik())).findFirst()
                        .orElse(0) + 1;
                errors.add(Violation.member(no, "nik", "population.error.member.nik-in-other-kk", new Nik(taken).masked()));
            }
        }
        return new FamilyRules.Result(errors, result.warnings());
    }

    private boolean createsNewFamily(CardRow card) {
        return catalog.catalog().type(card.typeCode()).map(CatalogService.AppType::createsNewFamily).orElse(false);
    }

    /** Which kind of personal data a form field (by FamilyDiff's field names) holds. */
    private static Optional<Kind> kind(String field) {
        return Optional.ofNullable(switch (field) {
            case "nik" -> Kind.NIK;
            case "kk-number" -> Kind.KK_NUMBER;
            case "passport", "kitap" -> Kind.TRAVEL_DOCUMENT;
            case "address" -> Kind.ADDRESS;
            case "full-name", "father", "mother" -> Kind.NAME;
            default -> null;
        });
    }

    /** Every changed field, "member 2 (3201********0001) full-name: 'A' -> 'B'", as the trail may keep it. */
    static String changes(FamilyForm before, FamilyForm after) {
        FamilyDiff diff = FamilyDiff.between("", before, after);
        List<String> lines = new ArrayList<>();
        diff.header().stream().filter(FamilyDiff.FieldDiff::changed).forEach(f -> lines.add(line("", f)));
        List<String> niks = after.members().stream().map(MemberForm::nik).toList();
        for (FamilyDiff.MemberDiff m : diff.members()) {
            String nik = PersonalData.forAudit(Kind.NIK, m.nik());
            String name = PersonalData.forAudit(Kind.NAME, m.name());
            switch (m.kind()) {
                case REMOVED -> lines.add("member removed (" + nik + ", " + name + ")");
                case ADDED -> lines.add("member " + (niks.indexOf(m.nik()) + 1) + " added (" + nik + ", " + name + ")");
                default -> {
                    String who = "member " + (niks.indexOf(m.nik()) + 1) + " (" + nik + ") ";
                    m.fields().stream().filter(FamilyDiff.FieldDiff::changed).forEach(f -> lines.add(line(who, f)));
                }
            }
        }
        return lines.isEmpty() ? "no change" : String.join("; ", lines);
    }

    private static String line(String who, FamilyDiff.FieldDiff f) {
        return who + f.field() + ": '" + audited(f.field(), f.before()) + "' -> '" + audited(f.field(), f.after()) + "'";
    }

    private static String audited(String field, String value) {
        return value == null ? "" : kind(field).map(k -> PersonalData.forAudit(k, value)).orElse(value);
    }

    private CardRow card(UUID applicationId) {
        return workflow.card(applicationId).orElseThrow(() -> new BusinessException("workflow.error.not-found"));
    }

    private void apply(Family family, FamilyForm f) {
        family.header(blankToNull(f.kkNumber()), f.address(), f.rt(), f.rw(), f.villageCode(), f.postalCode(),
                Instant.now(clock), CurrentUser.actorName());
        List<MemberForm> members = f.members() == null ? List.of() : f.members();
        family.replaceMembers(IntStream.range(0, members.size())
                .mapToObj(i -> new FamilyMember(family, i + 1, members.get(i))).toList());
    }

    private static FamilyForm toForm(Family f) {
        return new FamilyForm(f.kkNumber(), f.address(), f.rt(), f.rw(), f.villageCode(), f.postalCode(),
                f.members().stream().map(FamilyMember::toForm).toList());
    }

    private static FamilyForm shown(FamilyForm f, LoketUser user, Screen screen) {
        java.util.function.BiFunction<Kind, String, String> show = (k, v) -> PersonalData.show(user, screen, k, v);
        return new FamilyForm(show.apply(Kind.KK_NUMBER, f.kkNumber()),
                show.apply(Kind.ADDRESS, f.address()), f.rt(), f.rw(), f.villageCode(), f.postalCode(),
                f.members().stream().map(m -> new MemberForm(show.apply(Kind.NAME, m.fullName()), show.apply(Kind.NIK, m.nik()),
                        m.sexCode(), m.birthPlace(), m.birthDate(), m.religionCode(), m.educationCode(), m.occupationCode(),
                        m.bloodTypeCode(), m.maritalStatusCode(), m.marriageDate(), m.marriageDateUnknown(),
                        m.relationshipCode(), m.citizenshipCode(), show.apply(Kind.TRAVEL_DOCUMENT, m.passportNumber()),
                        show.apply(Kind.TRAVEL_DOCUMENT, m.kitapNumber()), show.apply(Kind.NAME, m.fatherName()),
                        show.apply(Kind.NAME, m.motherName()), m.movedOut())).toList());
    }

    /** Trims, removes typing noise from numbers and pads RT/RW to three digits as the KK prints them. */
    static FamilyForm normalize(FamilyForm f) {
        List<MemberForm> members = f.members() == null ? List.of() : f.members().stream().map(m -> new MemberForm(
                trim(m.fullName()), digits(m.nik()), m.sexCode(), trim(m.birthPlace()), m.birthDate(), m.religionCode(),
                m.educationCode(), m.occupationCode(), m.bloodTypeCode(), m.maritalStatusCode(), m.marriageDate(),
                m.marriageDateUnknown(), m.relationshipCode(), m.citizenshipCode(), blankToNull(trim(m.passportNumber())),
                blankToNull(trim(m.kitapNumber())), blankToNull(trim(m.fatherName())), blankToNull(trim(m.motherName())),
                m.movedOut())).toList();
        return new FamilyForm(blankToNull(digits(f.kkNumber())), trim(f.address()), pad(f.rt()), pad(f.rw()),
                f.villageCode(), trim(f.postalCode()), members);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim().replaceAll("\\s+", " ");
    }

    private static String digits(String s) {
        return s == null ? null : s.replaceAll("[\\s.\\-]", "");
    }

    private static String pad(String s) {
        String t = s == null ? "" : s.trim();
        return t.matches("\\d{1,3}") ? "%03d".formatted(Integer.parseInt(t)) : t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Guards and work links that tie steps 4 and 5 to this feature. */
    @Configuration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        StepGuard familyComplete(FamilyService service) {
            return StepGuard.when("family-complete", id -> service.familyStatus(id).filter(Family.SUBMITTED::equals).isPresent(),
                    "population.guard.entry");
        }

        @Bean
        StepGuard familyVerified(FamilyService service) {
            return StepGuard.when("family-verified", id -> service.familyStatus(id).filter(Family.APPROVED::equals).isPresent(),
                    "population.guard.verify");
        }

        @Bean
        StepWork dataEntryWork() {
            return StepWork.at(ENTRY_STEP, "keluarga/");
        }

        @Bean
        StepWork verificationWork() {
            return StepWork.at(VERIFY_STEP, "verifikasi/");
        }
    }
}
