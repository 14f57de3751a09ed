package id.loket.dashboard;

/**
 * Hour of day x weekday: {@code cells[weekday][hour]}, weekday 0 = Monday .. 6 = Sunday, hour 0..23 in branch time.
 * For arrivals a count of queue numbers taken; for waiting the median queue wait in seconds (null: no arrival).
 */
public record HeatMap(Long[][] cells) {
}
