package id.loket.dashboard;

/**
 * A distribution of durations against a standard. Percentiles are nearest-rank, reported as the upper edge of the
 * histogram bucket that holds them (15 s buckets below 10 minutes, 1 minute to 2 hours, 15 minutes to a day; ADR
 * 008), so a sample on a bucket edge is exact. {@code shareWithin} is the share of samples at or below the
 * standard (exact: standards are whole minutes). Percentiles and share are null when there is no sample.
 */
public record Spread(long count, Integer p50Seconds, Integer p90Seconds, Double shareWithin, int standardMinutes) {

    /**
     * The value a percentile has when it falls in the last bucket, beyond a day: show it as "more than 24 hours",
     * not as a number of minutes.
     */
    public static final int BEYOND_SECONDS = 86_401;

    public static Spread empty(int standardMinutes) {
        return new Spread(0, null, null, null, standardMinutes);
    }
}
