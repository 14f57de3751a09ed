package id.loket.dashboard;

/** Cards sent back from a step (rework) with one reason, over the period. */
public record ReturnFigures(String stepCode, String reason, long count) {
}
