package id.loket.dashboard;

/** One officer in one step over the period: cards finished, median working time, share within the standard. */
public record OfficerFigures(String username, String fullName, String stepCode, Spread working) {
}
