package id.loket.base;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/** The last 1024 durations of one kind, recorded lock-free on hot paths and read (sorted, in ms) by benchmarks. */
public final class TimingRing {

    private final AtomicLongArray nanos = new AtomicLongArray(1024);
    private final AtomicInteger next = new AtomicInteger();

    public void record(long valueNanos) {
        nanos.set(Math.floorMod(next.getAndIncrement(), nanos.length()), valueNanos);
    }

    /** Recorded since the last {@link #clear()}, including those the ring no longer holds. */
    public int count() {
        return next.get();
    }

    /** The kept durations in milliseconds, sorted. */
    public double[] millis() {
        int n = Math.min(next.get(), nanos.length());
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = nanos.get(i) / 1_000_000.0;
        }
        Arrays.sort(out);
        return out;
    }

    public void clear() {
        next.set(0);
    }
}
