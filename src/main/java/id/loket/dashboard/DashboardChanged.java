package id.loket.dashboard;

/**
 * Figures of a branch changed (a committed step change, a new breach). Open dashboards are told through one shared
 * fan-out; they refresh from a shared, already computed result instead of each re-querying per move.
 */
public record DashboardChanged(String branchCode, long sequence) {
}
