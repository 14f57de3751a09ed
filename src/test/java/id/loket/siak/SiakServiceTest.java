package id.loket.siak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.siak.internal.HttpSiakGateway;
import id.loket.siak.internal.LookupRunner;
import id.loket.siak.internal.SiakLookupRepository;
import id.loket.siak.internal.SiakSimulator;
import id.loket.workflow.Applications;
import id.loket.workflow.CardBadges;
import id.loket.workflow.WorkflowService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The SIAK check against the real simulator over HTTP and the real MariaDB; nothing mocked. */
@LoketIntegrationTest
class SiakServiceTest {

    static final String NOT_IN_SIAK = "3201010101900002";
    static final String FOREIGNER = "3201036109820001";

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired SiakService siak;
    @Autowired WorkflowService workflow;
    @Autowired AuditService audit;
    @Autowired SiakSimulator simulator;
    @Autowired HttpSiakGateway gateway;
    @Autowired LookupRunner runner;
    @Autowired SiakLookupRepository lookups;
    @Autowired SiakFeed feed;
    @Autowired List<CardBadges> badges;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void siakBackToNormal() {
        simulator.up();
        gateway.reset();
        runner.setPaused(false);
    }

    private SiakLookup request(UUID id, String nik) {
        return officers.as("loket", () -> siak.requestLookup(id, nik));
    }

    private SiakLookup stored(UUID id) {
        return officers.as("loket", () -> siak.lookup(id)).orElseThrow();
    }

    private List<String> auditActions(UUID id) {
        return officers.as("kadis", () -> audit.history("siak-lookup", id.toString())).stream()
                .map(AuditService.AuditRecord::action).toList();
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met in 20 s");
            }
            Thread.sleep(100);
        }
    }

    @Test
    void a_found_record_is_shown_with_its_family_and_after_cocok_the_card_moves_on() {
        UUID id = applications.registered();
        assertThatThrownBy(() -> applications.next(id, "loket")).hasMessageStartingWith("siak.guard.no-lookup");

        SiakLookup lookup = request(id, "3201 0145 0390 0001");

        assertThat(lookup.status()).isEqualTo(LookupStatus.FOUND);
        assertThat(lookup.attempts()).isEqualTo(1);
        assertThat(lookup.completedAt()).isNotNull();
        SiakFamily family = lookup.family();
        assertThat(family.kkNumber()).isEqualTo("3201012003150007");
        assertThat(family.villageCode()).isEqualTo("32.01.01.1001");
        assertThat(family.headName()).isEqualTo("AHMAD FAUZI");
        assertThat(family.members()).extracting(SiakMember::nik)
                .containsExactly("3201014503900001", "3201011207870003", "3201011402160002");
        SiakMember applicant = family.members().getFirst();
        assertThat(applicant.fullName()).isEqualTo("SITI NUR'AINI");
        assertThat(applicant.sexCode()).isEqualTo("2");
        assertThat(applicant.relationshipCode()).isEqualTo("3");
        assertThat(applicant.birthDate()).isEqualTo(java.time.LocalDate.of(1990, 3, 5));
        assertThatThrownBy(() -> applications.next(id, "loket")).hasMessageStartingWith("siak.guard.undecided");

        officers.run("loket", () -> siak.decide(id, SiakDecision.MATCH, null));
        applications.next(id, "loket");

        assertThat(applications.card(id).stepCode()).isEqualTo("DATA_ENTRY");
        assertThat(auditActions(id)).containsSubsequence("requested", "completed", "viewed-unmasked", "decided");
        assertThatThrownBy(() -> request(id, Applications.NIK)).hasMessageStartingWith("siak.error.not-at-step");
    }

    @Test
    void a_foreigner_comes_back_with_passport_and_kitap() {
        UUID id = applications.registered("FOREIGNER_KITAP", "Yuki Tanaka");
        SiakMember yuki = request(id, FOREIGNER).family().members().getFirst();
        assertThat(yuki.citizenshipCode()).isEqualTo("WNA");
        assertThat(yuki.passportNumber()).isEqualTo("TZ1234567");
        assertThat(yuki.kitapNumber()).isEqualTo("2C11AB0123456");
        assertThat(yuki.religionCode()).isEqualTo("5");
    }

    @Test
    void an_unknown_nik_is_not_found_and_can_only_be_recorded_as_a_mismatch_with_a_note() {
        UUID id = applications.registered();
        SiakLookup lookup = request(id, NOT_IN_SIAK);
        assertThat(lookup.status()).isEqualTo(LookupStatus.NOT_FOUND);
        assertThat(lookup.family()).isNull();

        assertThatThrownBy(() -> officers.run("loket", () -> siak.decide(id, SiakDecision.MATCH, null)))
                .hasMessageStartingWith("siak.error.match-needs-record");
        assertThatThrownBy(() -> officers.run("loket", () -> siak.decide(id, SiakDecision.MISMATCH, "   ")))
                .hasMessageStartingWith("siak.error.note-required");
        assertThatThrownBy(() -> officers.run("loket", () -> siak.decide(id, SiakDecision.MISMATCH, "x".repeat(501))))
                .hasMessageStartingWith("siak.error.note-length");
        assertThat(stored(id).decision()).isNull();

        officers.run("loket", () -> siak.decide(id, SiakDecision.MISMATCH, "NIK di KK lama tidak ada di SIAK"));
        assertThat(stored(id).decision()).isEqualTo(SiakDecision.MISMATCH);
        assertThat(stored(id).note()).isEqualTo("NIK di KK lama tidak ada di SIAK");
        applications.next(id, "loket");
        assertThat(applications.card(id).stepCode()).isEqualTo("DATA_ENTRY");
    }

    @Test
    void bad_input_is_refused_and_stores_nothing() {
        UUID id = applications.registered();
        for (String nik : new String[]{null, "", "12345", "0201014503900001", "3201013213900001", "3201014503900000", "abc"}) {
            assertThatThrownBy(() -> request(id, nik)).as(String.valueOf(nik)).isInstanceOf(BusinessException.class);
        }
        assertThatThrownBy(() -> request(UUID.randomUUID(), Applications.NIK)).hasMessageStartingWith("siak.error.not-found");
        assertThatThrownBy(() -> officers.run("loket", () -> siak.decide(id, SiakDecision.MATCH, null)))
                .hasMessageStartingWith("siak.error.no-lookup");
        assertThatThrownBy(() -> officers.run("loket", () -> siak.decide(id, null, null)))
                .hasMessageStartingWith("siak.error.decision");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM siak_lookup WHERE application_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void only_the_counter_looks_up_and_decides_and_only_the_case_roles_see_niks_unmasked() {
        UUID id = applications.registered();
        assertThatThrownBy(() -> officers.run("operator", () -> siak.requestLookup(id, Applications.NIK)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officers.run("fo", () -> siak.requestLookup(id, Applications.NIK)))
                .isInstanceOf(AccessDeniedException.class);
        request(id, Applications.NIK);
        assertThatThrownBy(() -> officers.run("kasi", () -> siak.decide(id, SiakDecision.MATCH, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officers.run("fo", () -> siak.lookup(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officers.run("tte", () -> siak.lookup(id))).isInstanceOf(AccessDeniedException.class);

        long unmaskedViews = auditActions(id).stream().filter("viewed-unmasked"::equals).count();
        SiakLookup seenByHead = officers.as("kadis", () -> siak.lookup(id)).orElseThrow();
        assertThat(seenByHead.nik()).isEqualTo("3201********0001");
        assertThat(seenByHead.family().members()).extracting(SiakMember::nik)
                .allSatisfy(n -> assertThat(n).contains("********"));
        assertThat(auditActions(id).stream().filter("viewed-unmasked"::equals).count()).isEqualTo(unmaskedViews);

        SiakLookup seenByOperator = officers.as("operator", () -> siak.lookup(id)).orElseThrow();
        assertThat(seenByOperator.nik()).isEqualTo(Applications.NIK);
        assertThat(auditActions(id).stream().filter("viewed-unmasked"::equals).count()).isEqualTo(unmaskedViews + 1);
        assertThat(officers.as("kasi", () -> siak.lookup(id))).isPresent();
    }

    @Test
    void a_slow_siak_leaves_the_lookup_pending_with_a_badge_and_the_retrier_completes_it_and_tells_the_officer()
            throws Exception {
        UUID id = applications.registered();
        List<SiakFeed.Answer> heard = new CopyOnWriteArrayList<>();
        Runnable stop = feed.register("PUSAT", heard::add);
        try {
            simulator.slow(10_000);
            SiakLookup lookup = request(id, Applications.NIK);

            assertThat(lookup.status()).isEqualTo(LookupStatus.PENDING);
            assertThat(badgeOf(id)).isEqualTo("siak.badge.pending");
            assertThatThrownBy(() -> applications.next(id, "loket")).hasMessageStartingWith("siak.guard.pending");
            assertThatThrownBy(() -> officers.run("loket", () -> siak.decide(id, SiakDecision.MATCH, null)))
                    .hasMessageStartingWith("siak.error.pending");
            // asking again while it waits changes nothing
            assertThat(request(id, Applications.NIK).requestedAt()).isEqualTo(lookup.requestedAt());

            simulator.up();
            await(() -> stored(id).status() == LookupStatus.FOUND);
            await(() -> heard.stream().anyMatch(a -> a.applicationId().equals(id)));
        } finally {
            stop.run();
        }
        assertThat(badgeOf(id)).isNull();
        SiakFeed.Answer answer = heard.stream().filter(a -> a.applicationId().equals(id)).findFirst().orElseThrow();
        assertThat(answer.requestedBy()).isEqualTo("loket");
        assertThat(answer.late()).isTrue();
        assertThat(answer.reference()).isEqualTo(applications.card(id).displayNumber());
        assertThat(auditActions(id).stream().filter("completed"::equals)).hasSize(1);
    }

    @Test
    void a_used_up_daily_quota_keeps_the_lookup_pending_until_siak_answers_again() throws Exception {
        UUID id = applications.registered();
        simulator.quotaExhausted(true);
        SiakLookup lookup = request(id, Applications.NIK);
        assertThat(lookup.status()).isEqualTo(LookupStatus.PENDING);
        assertThat(lookup.errorKey()).isEqualTo("siak.error.quota");
        simulator.up();
        await(() -> stored(id).status() == LookupStatus.FOUND);
    }

    @Test
    void a_refused_login_fails_the_lookup_and_a_new_lookup_can_be_asked_for() {
        UUID id = applications.registered();
        simulator.errors("Login Gagal");
        SiakLookup lookup = request(id, Applications.NIK);
        assertThat(lookup.status()).isEqualTo(LookupStatus.FAILED);
        assertThat(lookup.errorKey()).isEqualTo("siak.error.login");
        simulator.up();
        assertThat(request(id, Applications.NIK).status()).isEqualTo(LookupStatus.FOUND);
        // the failed lookup stays on record, superseded by the new one
        assertThat(jdbc.queryForList("SELECT status, superseded_at IS NOT NULL AS superseded FROM siak_lookup "
                + "WHERE application_id = ? ORDER BY requested_at", id).stream()
                .map(r -> r.get("status") + "/" + r.get("superseded")).toList()).containsExactly("FAILED/1", "FOUND/0");
    }

    @Test
    void a_late_answer_for_a_corrected_nik_is_not_kept_and_both_lookups_stay_on_record() throws Exception {
        String first = Applications.NIK;         // the officer's typo: a member of another family
        String corrected = "3201020808800001";   // the applicant's real NIK
        UUID id = applications.registered();
        simulator.slow(1_500); // answers inside the read timeout, after the officer has corrected the NIK
        var asked = java.util.concurrent.CompletableFuture.supplyAsync(() -> request(id, first));
        await(() -> lookups.findByApplicationId(id).isPresent());
        Thread.sleep(300);
        SiakLookup second = request(id, corrected);
        asked.get();
        await(() -> stored(id).status() != LookupStatus.PENDING);
        Thread.sleep(500); // let any late answer land

        SiakLookup now = stored(id);
        assertThat(second.nik()).isEqualTo(corrected);
        assertThat(now.nik()).isEqualTo(corrected);
        assertThat(now.status()).isEqualTo(LookupStatus.FOUND);
        assertThat(now.family().members()).extracting(SiakMember::nik).contains(corrected).doesNotContain(first);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT nik, status, requested_by, requested_at, "
                + "superseded_at FROM siak_lookup WHERE application_id = ? ORDER BY requested_at", id);
        assertThat(rows).extracting(r -> r.get("nik")).containsExactly(first, corrected);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("requested_by")).isEqualTo("loket"));
        assertThat(rows.get(0).get("status")).isEqualTo("PENDING"); // its answer came too late and was dropped
        assertThat(rows.get(0).get("superseded_at")).isNotNull();
        assertThat(rows.get(1).get("superseded_at")).isNull();
    }

    @Test
    void a_late_second_answer_for_a_completed_lookup_changes_nothing() throws Exception {
        UUID id = applications.registered();
        SiakLookup done = request(id, Applications.NIK);
        var row = lookups.findByApplicationId(id).orElseThrow();
        // the same attempt answered twice, and a stray later attempt: both find the lookup complete
        runner.tryNow(row.id(), 0).get();
        runner.tryNow(row.id(), row.attempts()).get();
        SiakLookup after = stored(id);
        assertThat(after.attempts()).isEqualTo(done.attempts());
        assertThat(after.completedAt()).isEqualTo(done.completedAt());
        assertThat(auditActions(id).stream().filter("completed"::equals)).hasSize(1);
    }

    @Test
    void the_status_says_whether_siak_is_connected_and_how_many_checks_wait() throws Exception {
        assertThat(officers.as("kasi", () -> siak.status()).connected()).isTrue();
        runner.setPaused(true);
        simulator.down();
        UUID a = applications.registered();
        UUID b = applications.registered();
        request(a, Applications.NIK);
        request(b, Applications.NIK);
        SiakStatus status = officers.as("kasi", () -> siak.status());
        assertThat(status.connected()).isFalse();
        assertThat(status.pending()).isGreaterThanOrEqualTo(2);
        assertThat(status.since()).isNotNull();
        simulator.up();
        runner.setPaused(false);
        await(() -> stored(a).status() == LookupStatus.FOUND && stored(b).status() == LookupStatus.FOUND);
        await(() -> officers.as("kasi", () -> siak.status()).connected());
    }

    private String badgeOf(UUID id) {
        return badges.stream().map(p -> p.badges(List.of(id))).map(Map::entrySet).flatMap(java.util.Set::stream)
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
