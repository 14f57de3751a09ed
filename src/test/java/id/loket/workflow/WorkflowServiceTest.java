package id.loket.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.catalog.CatalogService;
import id.loket.catalog.CatalogService.StepChange;
import id.loket.queue.QueueService;
import id.loket.queue.QueueService.TicketRow;
import id.loket.queue.TicketStatus;
import id.loket.workflow.WorkflowService.Detail;
import id.loket.workflow.WorkflowService.IntakeForm;
import id.loket.workflow.WorkflowService.IntakeResult;
import id.loket.workflow.WorkflowService.Visit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

@LoketIntegrationTest
class WorkflowServiceTest {

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired WorkflowService workflow;
    @Autowired QueueService queue;
    @Autowired CatalogService catalog;
    @Autowired AuditService audit;
    @Autowired JdbcTemplate jdbc;

    private List<Visit> history(UUID id) {
        return officers.as("kadis", () -> workflow.detail(id)).timeline();
    }

    @Test
    void a_complete_file_is_registered_and_its_card_waits_at_the_siak_check() {
        UUID id = applications.registered("NEW_FAMILY", "Putu Gede Ardana");
        CardRow card = applications.card(id);
        assertThat(card.status()).isEqualTo(ApplicationStatus.ACTIVE);
        assertThat(card.stepCode()).isEqualTo("SIAK_CHECK");
        assertThat(card.registrationNumber()).matches("PUSAT-\\d{8}-\\d{4}");
        assertThat(history(id)).extracting(Visit::stepCode).containsExactly("QUEUE", "INTAKE", "SIAK_CHECK");
        assertThat(history(id).get(1).outcome()).isEqualTo(StepOutcome.DONE);
    }

    @Test
    void an_incomplete_file_is_returned_with_the_missing_documents_and_nothing_else_moves() {
        TicketRow ticket = applications.calledTicket("BIRTH");
        IntakeResult result = officers.as("fo", () -> workflow.completeIntake(new IntakeForm(ticket.id(),
                "Made Wirawan", Applications.NIK, "0812 3456 7890", "BIRTH", Set.of("BIRTH_STATEMENT"))));

        assertThat(result.returned()).isTrue();
        assertThat(result.registrationNumber()).isNull();
        assertThat(result.missingDocuments()).extracting(l -> l.id()).containsExactly("Kartu Keluarga (KK) lama asli");
        CardRow card = applications.card(result.applicationId());
        assertThat(card.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(history(result.applicationId())).extracting(Visit::stepCode).containsExactly("QUEUE", "INTAKE");
        assertThat(history(result.applicationId()).get(1).outcome()).isEqualTo(StepOutcome.RETURNED);
        assertThat(officers.as("fo", () -> queue.ticket(ticket.id())).status()).isEqualTo(TicketStatus.SERVED);
    }

    @Test
    void bad_applicant_data_is_rejected_and_changes_nothing() {
        TicketRow ticket = applications.calledTicket("MOVE_IN");
        Set<String> docs = Set.of("MOVING_IN_LETTER");
        List<IntakeForm> bad = List.of(
                new IntakeForm(ticket.id(), "", Applications.NIK, "081234567890", "MOVE_IN", docs),
                new IntakeForm(ticket.id(), "R2D2", Applications.NIK, "081234567890", "MOVE_IN", docs),
                new IntakeForm(ticket.id(), "<script>alert(1)</script>", Applications.NIK, "081234567890", "MOVE_IN", docs),
                new IntakeForm(ticket.id(), "Budi", "320101450390000", "081234567890", "MOVE_IN", docs),
                new IntakeForm(ticket.id(), "Budi", "3201013213900001", "081234567890", "MOVE_IN", docs),
                new IntakeForm(ticket.id(), "Budi", "3201010101900000", "081234567890", "MOVE_IN", docs),
                new IntakeForm(ticket.id(), "Budi", Applications.NIK, "12345", "MOVE_IN", docs),
                new IntakeForm(ticket.id(), "Budi", Applications.NIK, "081234567890", "NO_SUCH_TYPE", docs));
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM application", Long.class);
        for (IntakeForm form : bad) {
            assertThatThrownBy(() -> officers.run("fo", () -> workflow.completeIntake(form)))
                    .as(form.toString()).isInstanceOf(BusinessException.class);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application", Long.class)).isEqualTo(before);
        assertThat(officers.as("fo", () -> queue.ticket(ticket.id())).status()).isEqualTo(TicketStatus.CALLED);
    }

    @Test
    void names_keep_apostrophes_single_words_and_unicode() {
        for (String name : List.of("Sukarno", "Ni Luh Putu Ayu", "Abdul Qodir Jaelani", "O'Neil", "Dewa Ayu Gède", "Nguyễn Thị")) {
            UUID id = applications.registered("DEATH", name);
            assertThat(applications.card(id).applicantName()).isEqualTo(name);
        }
    }

    @Test
    void card_cannot_skip_a_step() {
        UUID id = applications.registered();
        long version = applications.card(id).version();
        assertThatThrownBy(() -> officers.run("loket", () -> workflow.move(id, version, "VERIFICATION", null)))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("workflow.error.skip");
        assertThat(applications.card(id).stepCode()).isEqualTo("SIAK_CHECK");
    }

    @Test
    void only_the_role_owning_the_step_may_move_it() {
        UUID id = applications.registered();
        applications.siakVerified(id);
        long version = applications.card(id).version();
        assertThatThrownBy(() -> officers.run("operator", () -> workflow.next(id, version)))
                .hasMessageStartingWith("workflow.error.not-your-step");
        assertThatThrownBy(() -> officers.run("kadis", () -> workflow.next(id, version)))
                .hasMessageStartingWith("workflow.error.not-your-step");
        officers.run("loket", () -> workflow.next(id, version));
        assertThat(applications.card(id).stepCode()).isEqualTo("DATA_ENTRY");
    }

    @Test
    void a_card_goes_back_only_with_a_reason_and_is_marked_as_rework() {
        UUID id = applications.registered();
        applications.siakVerified(id);
        applications.next(id, "loket");
        applications.next(id, "operator");
        long version = applications.card(id).version();
        assertThatThrownBy(() -> officers.run("kasi", () -> workflow.move(id, version, "DATA_ENTRY", "  ")))
                .hasMessageStartingWith("workflow.error.reason");
        officers.run("kasi", () -> workflow.move(id, version, "DATA_ENTRY", "Tanggal lahir anak tidak sesuai surat keterangan lahir"));

        CardRow card = applications.card(id);
        assertThat(card.stepCode()).isEqualTo("DATA_ENTRY");
        assertThat(card.reworkCount()).isEqualTo(1);
        Visit returned = history(id).get(4);
        assertThat(returned.stepCode()).isEqualTo("VERIFICATION");
        assertThat(returned.outcome()).isEqualTo(StepOutcome.RETURNED);
        assertThat(returned.reason()).isEqualTo("Tanggal lahir anak tidak sesuai surat keterangan lahir");
    }

    @Test
    void a_claimed_card_is_moved_only_by_its_holder() {
        UUID id = applications.registered();
        officers.run("loket", () -> workflow.claim(id, applications.card(id).version()));
        applications.siakVerified(id);
        CardRow claimed = applications.card(id);
        assertThat(claimed.holder()).isEqualTo("loket");
        assertThat(claimed.claimedAt()).isNotNull();
        assertThatThrownBy(() -> officers.run("loket2", () -> workflow.next(id, claimed.version())))
                .hasMessageStartingWith("workflow.error.held-by-other");
        assertThatThrownBy(() -> officers.run("loket2", () -> workflow.claim(id, claimed.version())))
                .hasMessageStartingWith("workflow.error.held-by-other");
        officers.run("loket", () -> workflow.next(id, claimed.version()));
        assertThat(history(id).get(2).claimedBy()).isEqualTo("loket");
    }

    @Test
    void a_guard_blocks_the_step_until_it_holds() {
        CatalogService.Step siak = catalog.catalog().step("SIAK_CHECK").orElseThrow();
        officers.run("admin", () -> catalog.changeStep("SIAK_CHECK", siak.version(), new StepChange(siak.name().id(),
                siak.name().en(), siak.standardMinutes(), siak.wipLimit(), "test-ready")));
        try {
            TestGuard.ready = false;
            UUID id = applications.registered();
            assertThatThrownBy(() -> applications.next(id, "loket")).hasMessageStartingWith("workflow.error.guard-missing");
            TestGuard.ready = true;
            applications.next(id, "loket");
            assertThat(applications.card(id).stepCode()).isEqualTo("DATA_ENTRY");
        } finally {
            CatalogService.Step changed = catalog.catalog().step("SIAK_CHECK").orElseThrow();
            officers.run("admin", () -> catalog.changeStep("SIAK_CHECK", changed.version(), new StepChange(siak.name().id(),
                    siak.name().en(), siak.standardMinutes(), siak.wipLimit(), siak.guardCode())));
        }
    }

    @Test
    void a_card_moved_by_someone_else_meanwhile_is_not_moved_again() {
        UUID id = applications.registered();
        applications.siakVerified(id);
        long seen = applications.card(id).version();
        officers.run("loket", () -> workflow.next(id, seen));
        assertThatThrownBy(() -> officers.run("loket2", () -> workflow.next(id, seen)))
                .hasMessageStartingWith("workflow.error.moved-by-other");
        assertThat(history(id)).hasSize(4);
    }

    @Test
    void the_whole_service_runs_from_siak_check_to_handover_with_a_full_history_and_audit() {
        UUID id = applications.registered("ADD_MEMBER", "Yohanes Tanoto");
        applications.siakVerified(id);
        applications.next(id, "loket");
        applications.next(id, "operator");
        applications.next(id, "kasi");
        applications.next(id, "tte");
        applications.next(id, "ambil");

        CardRow card = applications.card(id);
        assertThat(card.status()).isEqualTo(ApplicationStatus.DONE);
        assertThat(card.finishedAt()).isNotNull();
        Detail detail = officers.as("kadis", () -> workflow.detail(id));
        assertThat(detail.timeline()).extracting(Visit::stepCode).containsExactly(
                "QUEUE", "INTAKE", "SIAK_CHECK", "DATA_ENTRY", "VERIFICATION", "SIGNING", "HANDOVER");
        assertThat(detail.timeline()).allSatisfy(v -> assertThat(v.finishedAt()).isNotNull());
        assertThat(detail.timeline()).extracting(Visit::actor).containsSubsequence("loket", "operator", "kasi", "tte", "ambil");
        assertThat(detail.maskedNik()).isEqualTo("3201********0001");
        assertThat(officers.as("kadis", () -> audit.history("application", id.toString())))
                .extracting(AuditService.AuditRecord::action)
                // the workflow's own transitions; the family feature adds its own audit rows between them
                .filteredOn(a -> Set.of("registered", "moved", "sent-back", "claimed").contains(a))
                // each step's first change claims the card for the officer doing it (the holder rule)
                .containsExactly("registered", "claimed", "moved", "claimed", "moved", "claimed", "moved", "claimed",
                        "moved", "claimed", "moved");
        assertThatThrownBy(() -> applications.next(id, "ambil")).hasMessageStartingWith("workflow.error.not-active");
    }

    @Test
    void many_officers_dropping_the_same_card_at_once_make_exactly_one_transition() throws Exception {
        for (int round = 0; round < 5; round++) {
            UUID id = applications.registered();
            applications.siakVerified(id);
            long version = applications.card(id).version();
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String officer = i % 2 == 0 ? "loket" : "loket2";
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        officers.run(officer, () -> workflow.next(id, version));
                        return "moved";
                    } catch (BusinessException | OptimisticLockingFailureException e) {
                        return "refused";
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(30, TimeUnit.SECONDS));
            }
            pool.shutdown();

            assertThat(outcomes).filteredOn("moved"::equals).hasSize(1);
            List<Integer> visitNumbers = jdbc.queryForList(
                    "SELECT visit_no FROM step_history WHERE application_id = ? ORDER BY visit_no", Integer.class, id);
            assertThat(visitNumbers).containsExactly(1, 2, 3, 4);
            assertThat(history(id)).extracting(Visit::stepCode).containsExactly("QUEUE", "INTAKE", "SIAK_CHECK", "DATA_ENTRY");
            assertThat(applications.card(id).stepCode()).isEqualTo("DATA_ENTRY");
        }
    }
}
