package id.loket.sync.internal.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.catalog.CatalogService;
import id.loket.queue.QueueService.TicketRow;
import id.loket.workflow.Applications;
import id.loket.workflow.CardRow;
import id.loket.workflow.WorkflowService;
import id.loket.workflow.WorkflowService.IntakeForm;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The capture on a branch: the real services' transactions leave exactly one outbox row per changed row of a
 * replicated table, each the row as it is at commit, and a rolled-back transaction leaves none.
 */
@LoketIntegrationTest
class OutboxCaptureTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired WorkflowService workflow;
    @Autowired CatalogService catalog;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    record Row(long seq, String type, int schema, String branch, String aggregate, Map<String, Object> data) {
    }

    private long lastSeq() {
        Long max = jdbc.queryForObject("SELECT MAX(seq) FROM sync_outbox", Long.class);
        return max == null ? 0 : max;
    }

    /** Outbox rows written after {@code seq} for the given aggregates (other tests' background work is ignored). */
    private List<Row> rowsAfter(long seq, UUID... aggregates) {
        Set<String> wanted = java.util.Arrays.stream(aggregates).map(UUID::toString)
                .collect(java.util.stream.Collectors.toSet());
        return jdbc.query("SELECT seq, type, schema_version, branch_code, aggregate, payload FROM sync_outbox "
                        + "WHERE seq > ? ORDER BY seq", (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getString(4), rs.getString(5), JSON.readValue(rs.getString(6),
                        new TypeReference<Map<String, Object>>() { })), seq)
                .stream().filter(r -> wanted.contains(r.aggregate())).toList();
    }

    @Test
    void an_intake_writes_the_ticket_the_application_and_its_three_step_rows_in_its_own_transaction() {
        TicketRow ticket = applications.calledTicket("BIRTH");
        long before = lastSeq();
        Set<String> all = catalog.catalog().type("BIRTH").orElseThrow().documentCodes();
        UUID id = officers.as("fo", () -> workflow.completeIntake(new IntakeForm(ticket.id(), "Ni Made Sari",
                Applications.NIK, "081234567890", "BIRTH", all))).applicationId();

        List<Row> rows = rowsAfter(before, id, ticket.id());
        assertThat(rows).extracting(Row::type, Row::aggregate, Row::branch, Row::schema).containsExactlyInAnyOrder(
                tuple("ticket", ticket.id().toString(), "PUSAT", 1),
                tuple("application", id.toString(), "PUSAT", 1),
                tuple("step_history", id.toString(), "PUSAT", 1),
                tuple("step_history", id.toString(), "PUSAT", 1),
                tuple("step_history", id.toString(), "PUSAT", 1));
        // one transaction: the rows follow each other in the outbox, nothing of this intake before or after
        assertThat(rows.getLast().seq() - rows.getFirst().seq()).isEqualTo(rows.size() - 1);

        Map<String, Object> app = rows.stream().filter(r -> r.type().equals("application")).findFirst().orElseThrow()
                .data();
        CardRow card = applications.card(id);
        assertThat(app).containsEntry("id", id.toString()).containsEntry("applicant_name", "Ni Made Sari")
                .containsEntry("status", "ACTIVE").containsEntry("current_step", card.stepCode())
                .containsEntry("registration_number", card.registrationNumber())
                .containsEntry("visit_no", 3).containsEntry("branch_code", "PUSAT");
        assertThat((String) app.get("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(app.get("finished_at")).isNull();
        assertThat(rows.stream().filter(r -> r.type().equals("step_history")).map(r -> r.data().get("step_code")))
                .containsExactlyInAnyOrder("QUEUE", "INTAKE", "SIAK_CHECK");
        assertThat(rows.stream().filter(r -> r.type().equals("ticket")).findFirst().orElseThrow().data())
                .containsEntry("status", "SERVED").containsEntry("id", ticket.id().toString());
    }

    @Test
    void a_move_writes_the_application_the_finished_visit_and_the_new_one_as_they_are_at_commit() {
        UUID id = applications.registered();
        applications.siakVerified(id);
        long before = lastSeq();
        applications.next(id, "loket");

        List<Row> rows = rowsAfter(before, id);
        assertThat(rows).extracting(Row::type, r -> r.data().get("visit_no")).containsExactlyInAnyOrder(
                tuple("application", 4), tuple("step_history", 3), tuple("step_history", 4));
        Map<String, Object> finished = rows.stream().filter(r -> Integer.valueOf(3).equals(r.data().get("visit_no"))
                && r.type().equals("step_history")).findFirst().orElseThrow().data();
        assertThat(finished).containsEntry("step_code", "SIAK_CHECK").containsEntry("outcome", "DONE")
                .containsEntry("actor", "loket").containsEntry("application_id", id.toString());
        assertThat(finished.get("finished_at")).isNotNull();
        Map<String, Object> entered = rows.stream().filter(r -> Integer.valueOf(4).equals(r.data().get("visit_no"))
                && r.type().equals("step_history")).findFirst().orElseThrow().data();
        assertThat(entered.get("finished_at")).isNull();
        assertThat(entered.get("step_code")).isEqualTo(applications.card(id).stepCode());
    }

    @Test
    void a_claim_reaches_the_outbox_through_the_step_row_it_stamps() {
        UUID id = applications.registered();
        long before = lastSeq();
        officers.run("loket", () -> workflow.claim(id, applications.card(id).version()));

        List<Row> rows = rowsAfter(before, id);
        assertThat(rows).extracting(Row::type).containsExactlyInAnyOrder("application", "step_history");
        assertThat(rows.stream().filter(r -> r.type().equals("step_history")).findFirst().orElseThrow().data())
                .containsEntry("claimed_by", "loket").containsEntry("visit_no", 3);
    }

    @Test
    void a_rolled_back_move_leaves_nothing_in_the_outbox() {
        UUID id = applications.registered();
        applications.siakVerified(id);
        long version = applications.card(id).version();
        long before = lastSeq();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            officers.run("loket", () -> workflow.next(id, version));
            jdbc.queryForObject("SELECT COUNT(*) FROM step_history WHERE application_id = ?", Long.class,
                    id.toString()); // the move was flushed to the database inside the transaction
            status.setRollbackOnly();
        });

        assertThat(rowsAfter(before, id)).isEmpty();
        assertThat(applications.card(id).stepCode()).isEqualTo("SIAK_CHECK");
    }
}
