package id.loket.workflow;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.stereotype.Component;

/**
 * Server-side board timings, the last 1024 of each: how long a board takes to build, and how long a committed
 * move takes to be applied on an open board (the fan-out, before the push reaches the browser). Read by the
 * benchmark.
 */
@Component
public class BoardTimings {

    private final Ring builds = new Ring();
    private final Ring fanOut = new Ring();

    public void recordBuild(long nanos) {
        builds.record(nanos);
    }

    public void recordFanOut(long nanos) {
        fanOut.record(nanos);
    }

    /** Board builds in milliseconds, sorted. */
    public double[] buildMillis() {
        return builds.millis();
    }

    /** Move-to-applied delays in milliseconds, sorted. */
    public double[] fanOutMillis() {
        return fanOut.millis();
    }

    public void clear() {
        builds.clear();
        fanOut.clear();
    }

    private static final class Ring {
        private final AtomicLongArray nanos = new AtomicLongArray(1024);
        private final AtomicInteger next = new AtomicInteger();

        void record(long value) {
            nanos.set(Math.floorMod(next.getAndIncrement(), nanos.length()), value);
        }

        double[] millis() {
            int n = Math.min(next.get(), nanos.length());
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = nanos.get(i) / 1_000_000.0;
            }
            Arrays.sort(out);
            return out;
        }

        void clear() {
            next.set(0);
        }
    }
}
