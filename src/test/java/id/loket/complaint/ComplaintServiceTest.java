package id.loket.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.complaint.ComplaintService.ComplaintDetail;
import id.loket.complaint.ComplaintService.ComplaintRow;
import id.loket.complaint.ComplaintService.Filter;
import id.loket.complaint.ComplaintService.Intake;
import id.loket.complaint.ComplaintService.PublicForm;
import id.loket.complaint.ComplaintService.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Routing, escalation, reopening, permissions per role and bad input, against the real database. */
@LoketIntegrationTest
class ComplaintServiceTest {

    /** This test context's own strategy: each Spring test context has one, the global holder only the latest. */
    @org.springframework.beans.factory.annotation.Autowired
    SecurityContextHolderStrategy strategy;

    @Autowired
    ComplaintService service;
    @Autowired
    AuditService audit;
    @Autowired
    UserDetailsService users;

    /** Runs the work signed in as a demo officer; tests switch officers as the complaint moves on. */
    <T> T as(String username, Supplier<T> work) {
        UserDetails details = users.loadUserByUsername(username);
        var previous = strategy.getContext().getAuthentication();
        // through this context's own strategy: each test context has its own, and the global one is the last created
        strategy.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities())));
        try {
            return work.get();
        } finally {
            strategy.setContext(new SecurityContextImpl(previous));
        }
    }

    void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    @AfterEach
    void signOut() {
        strategy.clearContext();
    }

    static Intake phoneCall(String phone, String category) {
        return new Intake(ComplaintChannel.TELEPON, false, "Ahmad Fauzi", phone, "3201012501900001", category,
                "KK belum jadi setelah 3 minggu, padahal standar layanan 14 hari.", "REG-2026-0042", null);
    }

    ComplaintDetail detail(String user, ComplaintNumber number) {
        return as(user, () -> {
            ComplaintRow row = service.list(new Filter(null, null, null, null, false, number.value())).getFirst();
            return service.detail(row.id());
        });
    }

    ComplaintDetail detail(String user, UUID id) {
        return as(user, () -> service.detail(id));
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void desk_files_a_phone_complaint_and_the_citizen_gets_a_number() {
        ComplaintNumber number = as("aduan", () -> service.file(phoneCall("0812-3456-7890", "DATA_KK")));
        assertThat(number.value()).matches("ADU-PUSAT-\\d{8}-\\d{4}");

        ComplaintDetail d = detail("aduan", number);
        assertThat(d.row().status()).isEqualTo(ComplaintStatus.NEW);
        assertThat(d.row().phone()).isEqualTo("081234567890");
        assertThat(d.suggestedDivision()).isEqualTo(Division.DAFDUK);
        assertThat(d.timeline()).extracting(TimelineEntry::action, TimelineEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RECEIVED", "aduan"));
        assertThat(d.actions()).containsExactly(ComplaintAction.ASSIGN);
    }

    @Test
    void numbers_run_on_per_day() {
        ComplaintNumber first = as("aduan", () -> service.file(phoneCall("081234567801", "AKTA")));
        ComplaintNumber second = as("aduan", () -> service.file(phoneCall("081234567802", "AKTA")));
        int a = Integer.parseInt(first.value().substring(first.value().length() - 4));
        int b = Integer.parseInt(second.value().substring(second.value().length() - 4));
        assertThat(b).isEqualTo(a + 1);
        assertThat(second.value()).startsWith(first.value().substring(0, first.value().length() - 4));
    }

    @Test
    void a_complaint_goes_from_the_desk_to_a_division_to_the_kepala_dinas_who_resolves_it() {
        UUID id = detail("aduan", as("aduan", () -> service.file(phoneCall("081311112222", "DATA_KK")))).row().id();

        as("aduan", () -> service.assign(id, detail("aduan", id).row().version(), Division.DAFDUK, "Data KK"));
        as("kabid.dafduk", () -> service.followUp(id, detail("kabid.dafduk", id).row().version(),
                "Sudah dicek di SIAK, perlu keputusan pimpinan"));
        ComplaintDetail inProgress = detail("kabid.dafduk", id);
        assertThat(inProgress.row().status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(inProgress.firstFollowUpAt()).isNotNull();

        as("kabid.dafduk", () -> service.escalate(id, inProgress.row().version(), "Perlu perubahan kebijakan"));
        ComplaintDetail escalated = detail("kadis", id);
        assertThat(escalated.row().status()).isEqualTo(ComplaintStatus.ESCALATED);
        assertThat(escalated.row().division()).isEqualTo(Division.KEPALA_DINAS);
        assertThat(escalated.actions()).containsExactlyInAnyOrder(ComplaintAction.FOLLOW_UP, ComplaintAction.RESOLVE);
        // once escalated, the division can no longer decide it
        assertThatThrownBy(() -> as("kabid.dafduk", () -> service.resolve(id, escalated.row().version(), "Selesai")))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("complaint.error.not-holder");

        as("kadis", () -> service.resolve(id, escalated.row().version(), "KK dicetak ulang, silakan ambil besok."));
        ComplaintDetail resolved = detail("kadis", id);
        assertThat(resolved.row().status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(resolved.answer()).isEqualTo("KK dicetak ulang, silakan ambil besok.");
        assertThat(resolved.timeline()).extracting(TimelineEntry::action)
                .containsExactly("RECEIVED", "ASSIGNED", "FOLLOWED_UP", "ESCALATED", "RESOLVED");
        assertThat(resolved.timeline()).extracting(TimelineEntry::actor)
                .containsExactly("aduan", "aduan", "kabid.dafduk", "kabid.dafduk", "kadis");
        assertThat(resolved.timeline().get(3).note()).isEqualTo("Perlu perubahan kebijakan");
        assertThat(as("kadis", () -> audit.history("complaint", id.toString())))
                .extracting(AuditService.AuditRecord::action)
                .containsExactly("received", "assigned", "followed_up", "escalated", "resolved");
    }

    @Test
    void a_division_solves_what_it_can_without_the_kepala_dinas() {
        UUID id = detail("aduan", as("aduan", () -> service.file(phoneCall("081311113333", "AKTA")))).row().id();
        as("aduan", () -> service.assign(id, 0, Division.CAPIL, null));
        as("kabid.capil", () -> service.resolve(id, detail("kabid.capil", id).row().version(), "Akta sudah diperbaiki."));
        ComplaintDetail d = detail("sekretaris", id);
        assertThat(d.row().status()).isEqualTo(ComplaintStatus.RESOLVED);
        // resolving directly also counts as the first follow-up
        assertThat(d.firstFollowUpAt()).isEqualTo(d.resolvedAt());
    }

    @Test
    void only_the_holding_division_acts_and_escalation_comes_only_from_a_division() {
        UUID id = detail("aduan", as("aduan", () -> service.file(phoneCall("081311114444", "DATA_KK")))).row().id();
        as("aduan", () -> service.assign(id, 0, Division.DAFDUK, null));
        long v = detail("aduan", id).row().version();
        assertThatThrownBy(() -> as("sekretaris", () -> service.followUp(id, v, "bukan bagian saya")))
                .hasMessageStartingWith("complaint.error.not-holder");
        assertThatThrownBy(() -> as("kadis", () -> service.resolve(id, v, "langsung")))
                .hasMessageStartingWith("complaint.error.not-holder");
        // a Bidang that never held it does not even see it
        assertThatThrownBy(() -> as("kabid.capil", () -> service.followUp(id, v, "x")))
                .hasMessageStartingWith("complaint.error.not-found");
        assertThatThrownBy(() -> as("aduan", () -> service.resolve(id, v, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("kadis", () -> service.escalate(id, v, "x")))
                .isInstanceOf(AccessDeniedException.class);
        // the desk cannot assign twice: that is a reassignment, with a reason
        assertThatThrownBy(() -> as("aduan", () -> service.assign(id, v, Division.CAPIL, null)))
                .hasMessageStartingWith("complaint.error.transition");
        assertThat(detail("aduan", id).timeline()).hasSize(2);
    }

    @Test
    void reassignment_needs_a_reason_and_the_former_division_sees_masked_contacts() {
        UUID id = detail("aduan", as("aduan", () -> service.file(phoneCall("081399998888", "PINDAH_DATANG")))).row().id();
        as("aduan", () -> service.assign(id, 0, Division.DAFDUK, null));
        long v = detail("aduan", id).row().version();
        assertThatThrownBy(() -> as("aduan", () -> service.reassign(id, v, Division.CAPIL, " ")))
                .hasMessageStartingWith("complaint.error.reason");
        assertThatThrownBy(() -> as("aduan", () -> service.reassign(id, v, Division.DAFDUK, "sama")))
                .hasMessageStartingWith("complaint.error.division");
        assertThatThrownBy(() -> as("aduan", () -> service.reassign(id, v, Division.KEPALA_DINAS, "langsung")))
                .hasMessageStartingWith("complaint.error.division");

        as("aduan", () -> service.reassign(id, v, Division.CAPIL, "Menyangkut akta, bukan pindah datang"));
        ComplaintDetail forCapil = detail("kabid.capil", id);
        assertThat(forCapil.row().status()).isEqualTo(ComplaintStatus.ASSIGNED);
        assertThat(forCapil.row().phone()).isEqualTo("081399998888");
        assertThat(forCapil.nik()).isEqualTo("3201012501900001");

        ComplaintDetail forDafduk = detail("kabid.dafduk", id);
        assertThat(forDafduk.row().masked()).isTrue();
        assertThat(forDafduk.row().phone()).isEqualTo("0813******88");
        assertThat(forDafduk.nik()).isEqualTo("320101**********");
        assertThat(forDafduk.actions()).isEmpty();
        assertThat(as("kabid.dafduk", () -> service.list(Filter.ALL))).extracting(ComplaintRow::id).contains(id);
    }

    @Test
    void a_bidang_never_sees_complaints_it_never_held() {
        UUID id = detail("aduan", as("aduan", () -> service.file(phoneCall("081311115555", "AKTA")))).row().id();
        as("aduan", () -> service.assign(id, 0, Division.CAPIL, null));
        assertThat(as("kabid.dafduk", () -> service.list(Filter.ALL))).extracting(ComplaintRow::id).doesNotContain(id);
        assertThatThrownBy(() -> detail("kabid.dafduk", id)).hasMessageStartingWith("complaint.error.not-found");
        assertThat(as("sekretaris", () -> service.list(Filter.ALL))).extracting(ComplaintRow::id).contains(id);
    }

    @Test
    void a_resolved_complaint_is_reopened_with_a_reason_back_to_its_holder() {
        UUID id = detail("aduan", as("aduan", () -> service.file(phoneCall("081311116666", "LAYANAN_LAMBAT")))).row().id();
        as("aduan", () -> service.assign(id, 0, Division.SEKRETARIS, null));
        as("sekretaris", () -> service.resolve(id, detail("sekretaris", id).row().version(), "Sudah selesai."));
        long v = detail("aduan", id).row().version();
        assertThatThrownBy(() -> as("aduan", () -> service.reopen(id, v, "")))
                .hasMessageStartingWith("complaint.error.reason");
        assertThatThrownBy(() -> as("kabid.dafduk", () -> service.reopen(id, v, "x")))
                .isInstanceOf(AccessDeniedException.class);

        as("aduan", () -> service.reopen(id, v, "Warga menelepon: KK belum diterima"));
        ComplaintDetail d = detail("sekretaris", id);
        assertThat(d.row().status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(d.row().division()).isEqualTo(Division.SEKRETARIS);
        assertThat(d.resolvedAt()).isNull();
        assertThat(d.timeline()).extracting(TimelineEntry::action).endsWith("RESOLVED", "REOPENED");
    }

    @Test
    void waiting_on_the_citizen_is_recorded_and_the_desk_can_resume_it() {
        UUID id = detail("aduan", as("aduan", () -> service.file(phoneCall("081311117777", "NIK_SIAK")))).row().id();
        as("aduan", () -> service.assign(id, 0, Division.DAFDUK, null));
        as("kabid.dafduk", () -> service.followUp(id, detail("aduan", id).row().version(), "Dicek"));
        as("kabid.dafduk", () -> service.waitForCitizen(id, detail("aduan", id).row().version(),
                "Menunggu fotokopi akta dari warga"));
        ComplaintDetail waiting = detail("aduan", id);
        assertThat(waiting.row().status()).isEqualTo(ComplaintStatus.WAITING_CITIZEN);
        assertThat(waiting.actions()).containsExactlyInAnyOrder(ComplaintAction.CITIZEN_ANSWERED, ComplaintAction.REASSIGN);
        // the resolution deadline is unknown while the clock is stopped
        assertThat(waiting.resolutionDue()).isNull();

        as("aduan", () -> service.citizenAnswered(id, waiting.row().version(), "Warga mengantar dokumen"));
        ComplaintDetail resumed = detail("kabid.dafduk", id);
        assertThat(resumed.row().status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
        assertThat(resumed.resolutionDue()).isNotNull();
    }

    @Test
    void the_board_move_stands_for_the_action_that_leads_to_the_column() {
        UUID id = detail("aduan", as("aduan", () -> service.file(phoneCall("081311118888", "DATA_KK")))).row().id();
        assertThatThrownBy(() -> as("aduan", () -> service.move(id, 0, ComplaintStatus.RESOLVED, null, "x")))
                .hasMessageStartingWith("complaint.error.transition");
        as("aduan", () -> service.move(id, 0, ComplaintStatus.ASSIGNED, Division.DAFDUK, null));
        long v = detail("aduan", id).row().version();
        assertThatThrownBy(() -> as("aduan", () -> service.move(id, v, ComplaintStatus.IN_PROGRESS, null, "x")))
                .hasMessageStartingWith("complaint.error.transition");
        as("kabid.dafduk", () -> service.move(id, v, ComplaintStatus.ESCALATED, null, "Butuh keputusan"));
        assertThat(detail("kadis", id).row().status()).isEqualTo(ComplaintStatus.ESCALATED);
        assertThat(ComplaintService.actionTo(ComplaintStatus.WAITING_CITIZEN, ComplaintStatus.IN_PROGRESS))
                .isEqualTo(ComplaintAction.CITIZEN_ANSWERED);
        assertThat(ComplaintStatus.NEW.next()).isEqualTo(ComplaintStatus.ASSIGNED);
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        UUID id = detail("aduan", as("aduan", () -> service.file(phoneCall("081311119999", "DATA_KK")))).row().id();
        as("aduan", () -> service.assign(id, 0, Division.DAFDUK, null));
        assertThatThrownBy(() -> as("aduan", () -> service.reassign(id, 0, Division.CAPIL, "alasan")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(detail("aduan", id).row().division()).isEqualTo(Division.DAFDUK);
    }

    @Test
    void bad_input_is_rejected_and_nothing_is_stored() {
        int before = as("aduan", () -> service.list(Filter.ALL)).size();
        Intake ok = phoneCall("081234567890", "DATA_KK");
        List<Object[]> cases = List.of(
                new Object[] {new Intake(null, false, "A", "081234567890", null, "DATA_KK", "isi", null, null), "complaint.error.channel"},
                new Object[] {withDescription(ok, ""), "complaint.error.description"},
                new Object[] {withDescription(ok, "   "), "complaint.error.description"},
                new Object[] {withDescription(ok, "x".repeat(ComplaintService.MAX_DESCRIPTION + 1)), "complaint.error.description"},
                new Object[] {withDescription(ok, "teks\u0000biner"), "complaint.error.description"},
                new Object[] {new Intake(ComplaintChannel.DATANG, false, "", "081234567890", null, "DATA_KK", "isi", null, null), "complaint.error.name"},
                new Object[] {new Intake(ComplaintChannel.DATANG, false, "n".repeat(121), "081234567890", null, "DATA_KK", "isi", null, null), "complaint.error.name"},
                new Object[] {new Intake(ComplaintChannel.DATANG, false, "Nama", "telp saya", null, "DATA_KK", "isi", null, null), "complaint.error.phone"},
                new Object[] {new Intake(ComplaintChannel.DATANG, false, "Nama", "", null, "DATA_KK", "isi", null, null), "complaint.error.phone"},
                new Object[] {new Intake(ComplaintChannel.DATANG, false, "Nama", "081234567890", "12345", "DATA_KK", "isi", null, null), "complaint.error.nik"},
                new Object[] {new Intake(ComplaintChannel.DATANG, false, "Nama", "081234567890", null, "TIDAK_ADA", "isi", null, null), "complaint.error.category"},
                new Object[] {new Intake(ComplaintChannel.DATANG, false, "Nama", "081234567890", null, "DATA_KK", "isi", "<b>REG</b>", null), "complaint.error.kk-reference"},
                new Object[] {new Intake(ComplaintChannel.LAPOR, false, "Nama", "081234567890", null, "DATA_KK", "isi", null, " "), "complaint.error.lapor-id"});
        for (Object[] c : cases) {
            assertThatThrownBy(() -> as("aduan", () -> service.file((Intake) c[0])))
                    .isInstanceOf(BusinessException.class).hasMessageStartingWith((String) c[1]);
        }
        assertThat(as("aduan", () -> service.list(Filter.ALL))).hasSize(before);
    }

    static Intake withDescription(Intake i, String description) {
        return new Intake(i.channel(), i.anonymous(), i.name(), i.phone(), i.nik(), i.categoryCode(), description,
                i.kkRegistrationNumber(), i.laporTrackingId());
    }

    @Test
    void script_in_text_is_stored_as_plain_text() {
        String script = "<script>alert('x')</script><img src=x onerror=alert(1)> KK saya hilang";
        ComplaintNumber n = as("aduan", () -> service.file(new Intake(ComplaintChannel.DATANG, false,
                "<b>Budi</b>", "081234567891", null, "DATA_KK", script, null, null)));
        ComplaintDetail d = detail("aduan", n);
        assertThat(d.description()).isEqualTo(script);
        assertThat(d.row().complainantName()).isEqualTo("<b>Budi</b>");
    }

    @Test
    void an_anonymous_lapor_complaint_carries_its_tracking_id_and_lapor_deadline() {
        ComplaintNumber n = as("aduan", () -> service.file(new Intake(ComplaintChannel.LAPOR, true, "ignored",
                null, null, "PUNGLI", "Diminta biaya untuk KK", null, "LAPOR-5010653")));
        ComplaintDetail d = detail("aduan", n);
        assertThat(d.row().anonymous()).isTrue();
        assertThat(d.row().complainantName()).isNull();
        assertThat(d.row().phone()).isNull();
        assertThat(d.laporTrackingId()).isEqualTo("LAPOR-5010653");
        assertThat(d.row().laporDeadline()).isAfter(d.row().receivedAt());
        assertThat(d.row().laporSla()).isNotNull();
    }

    @Test
    void each_role_reaches_only_its_own_part() {
        assertThatThrownBy(() -> as("fo", () -> service.list(Filter.ALL))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("admin", () -> service.list(Filter.ALL))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("kabid.dafduk", () -> service.file(phoneCall("081234567890", "DATA_KK"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("aduan", () -> service.figures(LocalDate.now(), LocalDate.now())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("aduan", () -> service.attention())).isNotNull();
        assertThatThrownBy(() -> as("kabid.capil", () -> service.attention())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("aduan", () -> service.changeTargets("AKTA", 0, 1, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("kadis", () -> service.holidays())).isInstanceOf(AccessDeniedException.class);
        assertThat(as("admin", () -> service.holidays())).isNotEmpty();
    }

    @Test
    void the_admin_edits_targets_and_the_holiday_calendar() {
        var sarana = as("admin", () -> service.categories()).stream().filter(c -> c.code().equals("SARANA")).findFirst().orElseThrow();
        assertThatThrownBy(() -> as("admin", () -> service.changeTargets("SARANA", sarana.version(), 10, 5)))
                .hasMessageStartingWith("complaint.error.targets");
        as("admin", () -> service.changeTargets("SARANA", sarana.version(), 3, 60));
        assertThat(as("admin", () -> service.categories())).filteredOn(c -> c.code().equals("SARANA")).singleElement()
                .satisfies(c -> assertThat(c.followUpHours()).isEqualTo(3))
                .satisfies(c -> assertThat(c.resolutionHours()).isEqualTo(60));

        LocalDate local = LocalDate.of(2027, 6, 17);
        as("admin", () -> service.addHoliday(local, "Hari Jadi Kabupaten", "lokal"));
        assertThatThrownBy(() -> as("admin", () -> service.addHoliday(local, "lagi", "lokal")))
                .hasMessageStartingWith("complaint.error.holiday-exists");
        assertThatThrownBy(() -> as("admin", () -> service.addHoliday(LocalDate.of(2027, 6, 18), "x", "pesta")))
                .hasMessageStartingWith("complaint.error.holiday-kind");
        var row = as("admin", () -> service.holidays()).stream().filter(h -> h.date().equals(local)).findFirst().orElseThrow();
        as("admin", () -> service.removeHoliday(row.id()));
        assertThat(as("admin", () -> service.holidays())).noneMatch(h -> h.date().equals(local));
        // seeded from holidays.csv
        assertThat(as("admin", () -> service.holidays())).anyMatch(h -> h.date().equals(LocalDate.of(2026, 12, 25)));
    }

    @Test
    void figures_count_by_channel_category_and_status() {
        as("aduan", () -> service.file(phoneCall("081311110001", "SARANA")));
        UUID id = detail("aduan", as("aduan", () -> service.file(phoneCall("081311110002", "SARANA")))).row().id();
        as("aduan", () -> service.assign(id, 0, Division.SEKRETARIS, null));
        as("sekretaris", () -> service.resolve(id, detail("aduan", id).row().version(), "Kursi tunggu ditambah"));
        LocalDate today = LocalDate.now(service.zone());
        var figures = as("kadis", () -> service.figures(today, today));
        assertThat(figures.total()).isGreaterThanOrEqualTo(2);
        assertThat(figures.byChannel().get(ComplaintChannel.TELEPON)).isGreaterThanOrEqualTo(2);
        assertThat(figures.byCategory().get("SARANA")).isGreaterThanOrEqualTo(2);
        assertThat(figures.byStatus().get(ComplaintStatus.RESOLVED)).isGreaterThanOrEqualTo(1);
        assertThat(figures.medianMinutesToResolution()).isNotNull().isGreaterThanOrEqualTo(0);
        assertThat(figures.medianMinutesToFollowUp()).isNotNull();
        assertThatThrownBy(() -> as("kadis", () -> service.figures(today, today.minusDays(1))))
                .hasMessageStartingWith("complaint.error.period");

        // an open complaint routed to a Bidang counts for that division; a resolved one does not
        long dafdukBefore = figures.openByDivision().getOrDefault(Division.DAFDUK, 0L);
        long sekretarisBefore = figures.openByDivision().getOrDefault(Division.SEKRETARIS, 0L);
        UUID routed = detail("aduan", as("aduan", () -> service.file(phoneCall("081311110003", "SARANA")))).row().id();
        as("aduan", () -> service.assign(routed, 0, Division.DAFDUK, null));
        var after = as("kadis", () -> service.figures(today, today));
        assertThat(after.openByDivision().getOrDefault(Division.DAFDUK, 0L)).isEqualTo(dafdukBefore + 1);
        assertThat(after.openByDivision().getOrDefault(Division.SEKRETARIS, 0L)).isEqualTo(sekretarisBefore);
    }

    // ---- the public side ----

    static PublicForm webForm(String phone, String honeypot) {
        return new PublicForm(false, "Warga", phone, null, "LAYANAN_LAMBAT", "Antrian terlalu lama", null, honeypot);
    }

    @Test
    @WithAnonymousUser
    void the_public_form_refuses_a_filled_honeypot() {
        String address = "10.1." + unique();
        assertThatThrownBy(() -> service.submitPublic(webForm("081200000001", "http://spam.example"), address))
                .hasMessageStartingWith("complaint.error.rejected");
    }

    @Test
    @WithAnonymousUser
    void the_public_form_takes_five_complaints_per_address_in_ten_minutes() {
        String address = "10.2." + unique();
        for (int i = 0; i < 5; i++) {
            assertThat(service.submitPublic(webForm("08120000001" + i, ""), address).value()).startsWith("ADU-PUSAT-");
        }
        assertThatThrownBy(() -> service.submitPublic(webForm("081200000019", ""), address))
                .hasMessageStartingWith("complaint.error.rate-limit");
        // another address is not affected
        assertThat(service.submitPublic(webForm("081200000020", ""), "10.3." + unique())).isNotNull();
    }

    @Test
    @WithAnonymousUser
    void the_status_page_needs_number_and_phone_and_shows_only_status_and_answer() {
        ComplaintNumber n = service.submitPublic(webForm("0812 7777 0001", null), "10.4." + unique());
        String address = "10.5." + unique();
        var status = service.publicStatus(n.value().toLowerCase(), "081277770001", address).orElseThrow();
        assertThat(status.status()).isEqualTo(ComplaintStatus.NEW);
        assertThat(status.answer()).isNull();
        assertThat(service.publicStatus(n.value(), "081277770002", address)).isEmpty();
        assertThat(service.publicStatus("ADU-PUSAT-20990101-0001", "081277770001", address)).isEmpty();
        assertThat(service.publicStatus("<script>", "x", address)).isEmpty();
    }

    /** Issue 12.7: over the limit is refused with its own message (length and limit), and nothing is stored. */
    @Test
    void an_over_long_description_is_refused_whole_on_both_paths() {
        int before = as("aduan", () -> service.list(Filter.ALL)).size();
        String tooLong = "z".repeat(ComplaintService.MAX_DESCRIPTION + 1);
        assertThatThrownBy(() -> as("aduan", () -> service.file(withDescription(phoneCall("081234500001", "DATA_KK"),
                tooLong)))).isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("complaint.error.description-too-long");
                    assertThat(e.args()).containsExactly(4001, 4000);
                });
        assertThatThrownBy(() -> service.submitPublic(new PublicForm(false, "Warga", "081234500002", null, "DATA_KK",
                tooLong, null, null), "203.0.113.41")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("complaint.error.description-too-long"));
        assertThat(as("aduan", () -> service.list(Filter.ALL))).hasSize(before);

        String exact = "z".repeat(ComplaintService.MAX_DESCRIPTION);
        ComplaintNumber n = as("aduan", () -> service.file(withDescription(phoneCall("081234500003", "DATA_KK"), exact)));
        assertThat(detail("aduan", n).description()).isEqualTo(exact);
    }
}
