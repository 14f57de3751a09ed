package id.loket.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AuditService;
import id.loket.document.internal.DocumentProperties;
import id.loket.document.internal.KkRenderer;
import id.loket.document.internal.PdfSigner;
import id.loket.document.internal.SigningKey;
import id.loket.population.Families;
import id.loket.population.FamilyForm;
import id.loket.population.FamilyInvalid;
import id.loket.population.Violation;
import id.loket.population.FamilyService;
import id.loket.population.MemberForm;
import id.loket.siak.SiakDecision;
import id.loket.siak.SiakService;
import id.loket.workflow.Applications;
import id.loket.workflow.ApplicationStatus;
import id.loket.workflow.WorkflowService;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import static id.loket.document.PdfTools.pdfsig;
import static id.loket.document.PdfTools.text;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@LoketIntegrationTest
class DocumentServiceTest {

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired DocumentService documents;
    @Autowired FamilyService families;
    @Autowired WorkflowService workflow;
    @Autowired AuditService audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired SiakService siak;

    /** An application whose family (Families.family(), KK 3201010101150007) was approved: at step 6. */
    private UUID atSigning() {
        UUID id = applications.atSigning();
        assertThat(applications.card(id).stepCode()).isEqualTo("SIGNING");
        return id;
    }

    private UUID atSigning(FamilyForm family) {
        return atSigning("BIRTH", family);
    }

    private UUID atSigning(String type, FamilyForm family) {
        UUID id = applications.registered(type, "Siti Nur'aini");
        applications.siakVerified(id);
        applications.next(id, "loket");
        officers.run("operator", () -> families.submit(id, families.open(id).version(), family));
        applications.next(id, "kasi");
        return id;
    }

    private byte[] stored(UUID documentId) {
        return jdbc.queryForObject("SELECT pdf FROM kk_document_pdf WHERE document_id = ?", byte[].class,
                documentId.toString());
    }

    private DocumentInfo sign(UUID id) {
        return Applications.fromSignersBrowser(() -> officers.as("tte", () -> documents.sign(id, documents.preview(id).contentHash())));
    }

    @Test
    void a_card_cannot_leave_signing_without_a_signed_kk() {
        UUID id = atSigning();
        long version = applications.card(id).version();
        assertThatThrownBy(() -> officers.run("tte", () -> workflow.next(id, version)))
                .hasMessageStartingWith("document.guard.signed");
        assertThat(applications.card(id).stepCode()).isEqualTo("SIGNING");
    }

    @Test
    void the_signer_signs_a_kk_that_pdfsig_verifies_and_the_card_moves_to_the_pickup_counter() throws Exception {
        UUID id = atSigning();
        byte[] preview = Applications.fromSignersBrowser(() -> officers.as("tte", () -> documents.preview(id))).pdf();
        assertThat(text(preview)).contains("PRATINJAU").contains("3201010101150007");
        assertThat(pdfsig(preview)).contains("does not contain any signatures");
        DocumentInfo info = sign(id);

        assertThat(applications.card(id).stepCode()).isEqualTo("HANDOVER");
        assertThat(info.kkNumber()).isEqualTo("3201010101150007");
        assertThat(info.status()).isEqualTo(DocumentStatus.CURRENT);
        assertThat(info.memberCount()).isEqualTo(3);
        assertThat(info.developmentCertificate()).isTrue();
        byte[] pdf = stored(info.id());
        assertThat(pdf.length).isEqualTo(info.sizeBytes()).isLessThan(150 * 1024);
        assertThat(jdbc.queryForObject("SELECT sha256 FROM kk_document WHERE id = ?", String.class, info.id().toString()))
                .isEqualTo(DocumentService.sha256(pdf));

        // a phone reading the printed QR code lands on the public page of this very document
        assertThat(PdfTools.qr(pdf)).isEqualTo(info.verificationUrl())
                .isEqualTo("https://loket.example.go.id/" + info.verificationPath());
        String report = pdfsig(pdf);
        assertThat(report).contains("Signature is Valid.").contains("ETSI.CAdES.detached")
                .contains("Loket Development Signer");
        String text = text(pdf);
        assertThat(text).contains("KARTU KELUARGA").contains("3201010101150007").contains("AHMAD FAUZI")
                .contains("3201011208880003").contains("3201014503900001").contains("3201016101240002")
                .contains("PONDOK RAJEG").contains("CIBINONG").contains("197003151995031002");
        assertThat(officers.as("kadis", () -> audit.history("application", id.toString()))).extracting(AuditService.AuditRecord::action)
                .contains("kk-previewed", "kk-signed").doesNotContain("kk-printed");
    }

    @Test
    void a_byte_changed_in_a_signed_kk_is_not_authentic_for_pdfsig_nor_for_the_upload_check() throws Exception {
        UUID id = atSigning();
        DocumentInfo info = sign(id);
        byte[] pdf = stored(info.id());
        PublicCheck original = documents.checkUpload(pdf, "10.0.0.1");
        assertThat(original.verdict()).isEqualTo(PublicCheck.Verdict.AUTHENTIC);
        assertThat(original.status()).isEqualTo(DocumentStatus.CURRENT);
        assertThat(original.maskedKkNumber()).isEqualTo("3201********0007");

        byte[] tampered = PdfTools.tampered(pdf);
        assertThat(pdfsig(tampered)).contains("Signature #1").doesNotContain("Signature is Valid.");
        PublicCheck check = documents.checkUpload(tampered, "10.0.0.1");
        assertThat(check.verdict()).isEqualTo(PublicCheck.Verdict.NOT_AUTHENTIC);
        assertThat(check.reason()).isEqualTo("document.verify.reason.altered");
        assertThat(check.maskedKkNumber()).isNull();

        assertThat(documents.checkUpload("%PDF-1.4 nothing".getBytes(), "10.0.0.1").verdict()).isEqualTo(PublicCheck.Verdict.NOT_AUTHENTIC);
        assertThat(documents.checkUpload(new byte[0], "10.0.0.1").reason()).isEqualTo("document.verify.reason.empty");
    }

    @Test
    void a_kk_signed_elsewhere_with_an_intact_signature_is_still_not_authentic_here() throws Exception {
        SigningKey foreign = SigningKey.load(new DocumentProperties.Keystore(null, null, null),
                Files.createTempDirectory("foreign").resolve("key.p12"));
        KkRenderer.Rendered r = new KkRenderer().render(id.loket.bench.DocumentBenchmark.family(3));
        byte[] pdf = new PdfSigner(foreign, org.openpdf.text.pdf.BaseFont.createFont(org.openpdf.text.pdf.BaseFont.HELVETICA,
                org.openpdf.text.pdf.BaseFont.WINANSI, false)).sign(r.pdf(), new PdfSigner.Stamp(r.signaturePage(),
                r.llx(), r.lly(), r.urx(), r.ury(), "Palsu", "KK", "Jakarta", java.time.Instant.now()));
        assertThat(pdfsig(pdf)).contains("Signature is Valid.");
        PublicCheck check = documents.checkUpload(pdf, "10.0.0.2");
        assertThat(check.verdict()).isEqualTo(PublicCheck.Verdict.NOT_AUTHENTIC);
        assertThat(check.reason()).isEqualTo("document.verify.reason.unknown");
    }

    @Test
    void one_address_may_have_sixty_files_checked_an_hour_then_it_is_told_to_wait() {
        for (int i = 0; i < 60; i++) {
            assertThat(documents.checkUpload("garbage".getBytes(), "10.9.9.9").reason()).isEqualTo("document.verify.reason.unreadable");
        }
        PublicCheck refused = documents.checkUpload("garbage".getBytes(), "10.9.9.9");
        assertThat(refused.verdict()).isEqualTo(PublicCheck.Verdict.NOT_CHECKED);
        assertThat(refused.reason()).isEqualTo("document.verify.reason.too-many");
        assertThat(documents.checkUpload("garbage".getBytes(), "10.9.9.8").reason()).isEqualTo("document.verify.reason.unreadable");
    }

    @Test
    void the_qr_page_answers_only_for_the_right_short_hash_and_shows_no_member_data() {
        UUID id = atSigning();
        DocumentInfo info = sign(id);
        String[] parts = info.verificationPath().split("/");
        assertThat(parts[0]).isEqualTo("cek-kk");
        assertThat(parts[2]).hasSize(12);

        PublicCheck check = documents.publicCheck(parts[1], parts[2]);
        assertThat(check.verdict()).isEqualTo(PublicCheck.Verdict.AUTHENTIC);
        assertThat(check).extracting(PublicCheck::maskedKkNumber, PublicCheck::issueDate, PublicCheck::officeName)
                .containsExactly("3201********0007", LocalDate.now(ZoneId.of("Asia/Jakarta")),
                        "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bogor");
        assertThat(check.toString()).doesNotContain("AHMAD").doesNotContain("3201011208880003");
        assertThat(documents.publicCheck(parts[1], "000000000000").verdict()).isEqualTo(PublicCheck.Verdict.NOT_FOUND);
        assertThat(documents.publicCheck("not-a-uuid", parts[2]).verdict()).isEqualTo(PublicCheck.Verdict.NOT_FOUND);
    }

    @Test
    void a_newer_kk_with_the_same_number_supersedes_the_older_one() {
        UUID first = atSigning();
        DocumentInfo older = sign(first);
        UUID second = atSigning();
        DocumentInfo newer = sign(second);

        String[] path = older.verificationPath().split("/");
        PublicCheck check = documents.publicCheck(path[1], path[2]);
        assertThat(check.verdict()).isEqualTo(PublicCheck.Verdict.AUTHENTIC);
        assertThat(check.status()).isEqualTo(DocumentStatus.SUPERSEDED);
        assertThat(check.replacedOn()).isEqualTo(newer.issueDate());
        assertThat(jdbc.queryForObject("SELECT superseded_by FROM kk_document WHERE id = ?", String.class,
                older.id().toString())).isEqualTo(newer.id().toString());
        assertThat(officers.as("ambil", () -> documents.current(first))).isEmpty();
        assertThatThrownBy(() -> officers.run("ambil", () -> documents.print(older.id())))
                .hasMessageStartingWith("document.error.not-current");
    }

    @Test
    void printing_then_handing_over_completes_the_application_and_a_reprint_is_the_same_file() {
        UUID id = atSigning();
        DocumentInfo info = sign(id);

        assertThatThrownBy(() -> officers.run("ambil", () -> documents.handOver(id, "Ahmad Fauzi", "3201011208880003")))
                .hasMessageStartingWith("document.error.print-first");
        byte[] first = officers.as("ambil", () -> documents.print(info.id()));
        byte[] again = officers.as("ambil", () -> documents.print(info.id()));
        assertThat(again).isEqualTo(first).isEqualTo(stored(info.id()));
        assertThat(officers.as("kadis", () -> audit.history("application", id.toString()))).extracting(AuditService.AuditRecord::action)
                .contains("kk-printed", "kk-reprinted");

        // bad input changes nothing
        assertThatThrownBy(() -> officers.run("ambil", () -> documents.handOver(id, "Ahmad Fauzi", "1234")))
                .hasMessageStartingWith("nik.error");
        assertThatThrownBy(() -> officers.run("ambil", () -> documents.handOver(id, "<script>", "3201011208880003")))
                .hasMessageStartingWith("document.error.recipient-name");
        assertThat(applications.card(id).stepCode()).isEqualTo("HANDOVER");

        DocumentInfo done = officers.as("ambil", () -> documents.handOver(id, " Ahmad  Fauzi ", "3201 0112 0888 0003"));
        assertThat(done.handedOverTo()).isEqualTo("Ahmad Fauzi");
        assertThat(done.handedOverIdNumber()).isEqualTo("3201********0003");
        assertThat(done.handedOverBy()).isEqualTo("ambil");
        assertThat(done.printCount()).isEqualTo(2);
        assertThat(applications.card(id).status()).isEqualTo(ApplicationStatus.DONE);
        assertThat(jdbc.queryForObject("SELECT handed_over_id_number FROM kk_document WHERE id = ?", String.class,
                info.id().toString())).isEqualTo("3201011208880003");
    }

    @Test
    void a_new_family_gets_a_kk_number_of_its_district_and_the_issue_date_when_signed() {
        FamilyForm base = Families.family();
        // a new household: no KK number yet, its own NIKs so no other family's KK holds them
        MemberForm head = new MemberForm("I Made Wirawan", "3201010507920004", "1", "Denpasar", LocalDate.of(1992, 7, 5),
                "4", "7", "15", "1", "2", LocalDate.of(2025, 2, 1), false, "1", "WNI", null, null, "I Wayan Sudra", "Ni Luh Sari", false);
        MemberForm wife = new MemberForm("Ni Kadek Ayu", "3201014909950005", "2", "Gianyar", LocalDate.of(1995, 9, 9),
                "4", "7", "2", "2", "2", LocalDate.of(2025, 2, 1), false, "3", "WNI", null, null, "I Nyoman Rai", "Ni Made Rai", false);
        // "KK baru (setelah menikah)" creates a family: the KK of the parents it leaves is not its number
        UUID id = atSigning("NEW_FAMILY", new FamilyForm("3201010101150007", base.address(), base.rt(), base.rw(),
                base.villageCode(), base.postalCode(), List.of(head, wife)));
        DocumentInfo info = sign(id);
        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).format(DateTimeFormatter.ofPattern("ddMMyy"));
        assertThat(info.kkNumber()).matches("320101" + today + "\\d{4}").doesNotEndWith("0000");
        assertThat(jdbc.queryForObject("SELECT issued_kk_number FROM family WHERE application_id = ?", String.class,
                id.toString())).isEqualTo(info.kkNumber());
    }

    @Test
    void without_siak_data_the_old_kk_number_is_required_kept_and_printed_and_the_counter_note_travels() {
        // SIAK does not know the applicant; the family brings its old KK to add a child
        UUID id = applications.registered("BIRTH", "Siti Nur'aini");
        officers.run("loket", () -> {
            siak.requestLookup(id, "3201010101900002");
            siak.decide(id, SiakDecision.MISMATCH, "NIK tidak ada di SIAK; pemohon membawa KK lama asli");
        });
        applications.next(id, "loket");
        FamilyService.FamilyView draft = officers.as("operator", () -> families.open(id));
        assertThat(draft.baselineSource()).isEqualTo("NONE");
        assertThat(draft.newFamily()).isFalse();
        assertThat(draft.siakNote()).isEqualTo("NIK tidak ada di SIAK; pemohon membawa KK lama asli");
        FamilyForm noOldKk = new FamilyForm(null, "Jl. Raya Pondok Rajeg No. 12", "3", "11", Families.VILLAGE, "16914",
                Families.family().members());
        assertThatThrownBy(() -> officers.run("operator", () -> families.submit(id, draft.version(), noOldKk)))
                .isInstanceOfSatisfying(FamilyInvalid.class, e -> assertThat(e.violations())
                        .extracting(Violation::key, Violation::field)
                        .contains(org.assertj.core.groups.Tuple.tuple("population.error.kk-required", "kkNumber")));
        officers.run("operator", () -> families.submit(id, families.open(id).version(), Families.family()));
        assertThat(officers.as("kasi", () -> families.diff(id)).siakNote()).contains("KK lama asli");
        applications.next(id, "kasi");
        DocumentInfo info = sign(id);
        assertThat(info.kkNumber()).isEqualTo("3201010101150007");
    }

    @Test
    void the_kk_signed_is_the_one_previewed_a_family_changed_since_is_refused_until_reviewed() {
        UUID id = atSigning();
        String seen = Applications.fromSignersBrowser(() -> officers.as("tte", () -> documents.preview(id))).contentHash();
        // meanwhile the family goes back, the mother's name is corrected and approved again
        officers.run("tte", () -> workflow.move(id, applications.card(id).version(), "DATA_ENTRY", "Nama ibu salah"));
        MemberForm h = Families.head();
        MemberForm fixed = new MemberForm(h.fullName(), h.nik(), h.sexCode(), h.birthPlace(), h.birthDate(), h.religionCode(),
                h.educationCode(), h.occupationCode(), h.bloodTypeCode(), h.maritalStatusCode(), h.marriageDate(), false,
                h.relationshipCode(), h.citizenshipCode(), null, null, h.fatherName(), "Siti Aminah Zahra", false);
        officers.run("operator", () -> families.submit(id, families.open(id).version(),
                Families.family(fixed, Families.wife(), Families.child())));
        applications.next(id, "kasi");
        assertThatThrownBy(() -> Applications.fromSignersBrowser(() -> officers.as("tte", () -> documents.sign(id, seen))))
                .hasMessageStartingWith("document.error.changed-since-preview");
        assertThat(applications.card(id).stepCode()).isEqualTo("SIGNING");
        assertThat(sign(id).kkNumber()).isEqualTo("3201010101150007");
    }

    @Test
    void the_head_of_office_reads_the_kk_preview_masked_like_the_family_screens() throws Exception {
        UUID id = atSigning();
        byte[] masked = Applications.fromSignersBrowser(() -> officers.as("kadis", () -> documents.preview(id))).pdf();
        assertThat(text(masked)).contains("3201********0003").doesNotContain("3201011208880003")
                .doesNotContain("3201010101150007");
        byte[] clear = Applications.fromSignersBrowser(() -> officers.as("tte", () -> documents.preview(id))).pdf();
        assertThat(text(clear)).contains("3201011208880003");
    }

    @Test
    void a_card_sent_back_from_the_pickup_counter_withdraws_its_kk_and_the_one_the_family_holds_is_in_force_again() {
        UUID first = atSigning();
        DocumentInfo older = sign(first);
        applications.next(first, "ambil"); // printed and handed to the family
        UUID second = atSigning();
        DocumentInfo newer = sign(second);
        officers.run("ambil", () -> workflow.move(second, applications.card(second).version(), "DATA_ENTRY",
                "Nama ibu salah ketik"));

        String[] path = newer.verificationPath().split("/");
        assertThat(documents.publicCheck(path[1], path[2]).status()).isEqualTo(DocumentStatus.WITHDRAWN);
        String[] oldPath = older.verificationPath().split("/");
        assertThat(documents.publicCheck(oldPath[1], oldPath[2]).status()).isEqualTo(DocumentStatus.CURRENT);
    }

    @Test
    void two_signers_pressing_sign_at_once_issue_one_kk() throws Exception {
        UUID id = atSigning();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    sign(id);
                    return true;
                } catch (RuntimeException lost) {
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (var r : results) {
            won += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kk_document WHERE application_id = ?", Integer.class,
                id.toString())).isEqualTo(1);
        assertThat(applications.card(id).stepCode()).isEqualTo("HANDOVER");
    }

    @Test
    void only_the_signer_signs_and_only_the_pickup_officer_prints() {
        UUID id = atSigning();
        assertThatThrownBy(() -> officers.run("operator", () -> documents.sign(id, "x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officers.run("ambil", () -> documents.sign(id, "x"))).isInstanceOf(AccessDeniedException.class);
        DocumentInfo info = sign(id);
        assertThatThrownBy(() -> officers.run("tte", () -> documents.print(info.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officers.run("tte", () -> documents.sign(id, "x"))).hasMessageStartingWith("document.error.not-at-signing");
    }
}
