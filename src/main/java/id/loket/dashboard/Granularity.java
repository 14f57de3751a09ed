package id.loket.dashboard;

/** Trend points per day, per ISO week (Monday) or per calendar month. */
public enum Granularity {
    DAY, WEEK, MONTH
}
