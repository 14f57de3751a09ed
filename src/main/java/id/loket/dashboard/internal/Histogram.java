package id.loket.dashboard.internal;

import id.loket.dashboard.Spread;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The dashboards' arithmetic in one place (ADR 008): a distribution of durations as counts per bucket, keyed by the
 * bucket's upper edge in seconds. A bucket is (lower, upper]: 15 s wide up to 10 minutes, 1 minute up to 2 hours,
 * 15 minutes up to a day, then one bucket beyond ({@link Spread#BEYOND_SECONDS}); the first bucket also holds 0.
 * Percentiles are nearest-rank (the sample of rank ceil(p x n)) reported as its bucket's upper edge; the share within
 * a standard counts samples at or below it, exact because a standard in whole minutes is a bucket edge.
 */
public final class Histogram {

    private final TreeMap<Integer, Long> counts = new TreeMap<>();

    public static int bucket(long seconds) {
        if (seconds <= 600) {
            return (int) Math.max(1, ceilDiv(seconds, 15)) * 15;
        }
        if (seconds <= 7_200) {
            return (int) ceilDiv(seconds, 60) * 60;
        }
        if (seconds <= 86_400) {
            return (int) ceilDiv(seconds, 900) * 900;
        }
        return Spread.BEYOND_SECONDS;
    }

    private static long ceilDiv(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }

    public Histogram add(int upperEdge, long n) {
        counts.merge(upperEdge, n, Long::sum);
        return this;
    }

    /** One sample of this many seconds. */
    public Histogram sample(long seconds) {
        return add(bucket(seconds), 1);
    }

    public Histogram addAll(Histogram other) {
        other.counts.forEach(this::add);
        return this;
    }

    public SortedMap<Integer, Long> counts() {
        return java.util.Collections.unmodifiableSortedMap(counts);
    }

    public long total() {
        long total = 0;
        for (long n : counts.values()) {
            total += n;
        }
        return total;
    }

    /** Nearest rank: the upper edge of the bucket holding the ceil(p x n)-th sample; null without samples. */
    public Integer percentile(double p) {
        long total = total();
        if (total == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p * total - 1e-9));
        long running = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            running += e.getValue();
            if (running >= rank) {
                return e.getKey();
            }
        }
        return counts.lastKey();
    }

    /** Share of samples at or below the standard; null without samples. */
    public Double shareWithin(long standardSeconds) {
        long total = total();
        if (total == 0) {
            return null;
        }
        long within = 0;
        for (Map.Entry<Integer, Long> e : counts.headMap((int) Math.min(Integer.MAX_VALUE, standardSeconds), true)
                .entrySet()) {
            within += e.getValue();
        }
        return (double) within / total;
    }

    public Spread spread(int standardMinutes) {
        long total = total();
        if (total == 0) {
            return Spread.empty(standardMinutes);
        }
        return new Spread(total, percentile(0.5), percentile(0.9), shareWithin(standardMinutes * 60L), standardMinutes);
    }
}
