package id.loket.sync;

import java.util.Map;

/**
 * Published at the central, inside the ingest transaction, after a replicated row was inserted or replaced by a
 * newer snapshot. Lets the owning feature derive what it derives on a branch (e.g. workflow publishes
 * {@code StepFinished} when a step_history row became finished, so the dashboards' roll-ups follow).
 *
 * @param before the row before (null when new)
 */
public record RowReplicated(String type, String branch, Map<String, Object> before, Map<String, Object> after) {
}
