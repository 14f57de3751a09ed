package id.loket.workflow.internal;

import id.loket.catalog.CatalogService;
import id.loket.sync.RowReplicated;
import id.loket.workflow.StepFinished;
import id.loket.workflow.StepOutcome;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On the central (issue 14): a replicated step_history row that became finished publishes {@link StepFinished} as
 * the branch's workflow did when it closed the visit, in the ingest's transaction, so the dashboards' roll-ups
 * (ADR 008) of a branch equal the branch's own. Steps 1 and 2 need nothing else: intake writes their visits (from
 * the ticket's times) as finished step_history rows, and the event is built from the row as
 * {@code StepHistory.replay} builds it (a visit nobody claimed counts from its finish; lead time from visit 1's
 * entry; the last step's DONE completes the application). The ingest publishes after every row of a batch is
 * written, so the application's type is here even when its row came after the visit's in the batch.
 */
@Component
class ReplicatedSteps {

    private final JdbcTemplate jdbc;
    private final CatalogService catalog;
    private final ApplicationEventPublisher events;

    ReplicatedSteps(JdbcTemplate jdbc, CatalogService catalog, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.events = events;
    }

    @EventListener
    void on(RowReplicated row) {
        if (!"step_history".equals(row.type()) || row.after() == null || row.after().get("finished_at") == null
                || (row.before() != null && row.before().get("finished_at") != null)) {
            return;
        }
        Map<String, Object> v = row.after();
        String applicationId = v.get("application_id").toString();
        List<String> type = jdbc.queryForList("SELECT type_code FROM application WHERE id = ?", String.class,
                applicationId);
        if (type.isEmpty()) {
            throw new IllegalStateException("step_history row " + v.get("id") + " before its application");
        }
        List<LocalDateTime> first = jdbc.queryForList(
                "SELECT entered_at FROM step_history WHERE application_id = ? AND visit_no = 1", LocalDateTime.class,
                applicationId);
        Instant entered = (Instant) v.get("entered_at");
        Instant finished = (Instant) v.get("finished_at");
        Instant claimed = v.get("claimed_at") != null ? (Instant) v.get("claimed_at") : finished;
        Instant started = first.isEmpty() ? entered : first.getFirst().toInstant(ZoneOffset.UTC);
        String step = (String) v.get("step_code");
        StepOutcome outcome = StepOutcome.valueOf((String) v.get("outcome"));
        boolean completes = outcome == StepOutcome.DONE
                && step.equals(catalog.catalog().steps().getLast().code());
        events.publishEvent(new StepFinished(UUID.fromString(applicationId), row.branch(), type.getFirst(), step,
                ((Number) v.get("visit_no")).intValue(), entered, claimed, finished, (String) v.get("actor"), outcome,
                (String) v.get("reason"), started, completes));
    }
}
