package id.loket.dashboard;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.stereotype.Component;

/**
 * Server time of the live dashboard updates, the last 1024 of each (read by the benchmark): per coalesced burst of
 * moves, the time spent in all of it (every key's one computation plus handing the result to every open dashboard),
 * and each key's computation alone.
 */
@Component
public class DashboardTimings {

    private final Ring fanOut = new Ring();
    private final Ring computes = new Ring();

    void recordFanOut(long nanos) {
        fanOut.record(nanos);
    }

    void recordCompute(long nanos) {
        computes.record(nanos);
    }

    /** Server time per coalesced burst, all keys and all subscribers, in milliseconds, sorted. */
    public double[] fanOutMillis() {
        return fanOut.millis();
    }

    /** One key's computation, in milliseconds, sorted. */
    public double[] computeMillis() {
        return computes.millis();
    }

    /** Bursts recorded since the last {@link #clear()} (at most 1024 kept). */
    public int fanOuts() {
        return fanOut.count();
    }

    public void clear() {
        fanOut.clear();
        computes.clear();
    }

    private static final class Ring {
        private final AtomicLongArray nanos = new AtomicLongArray(1024);
        private final AtomicInteger next = new AtomicInteger();

        void record(long value) {
            nanos.set(Math.floorMod(next.getAndIncrement(), nanos.length()), value);
        }

        int count() {
            return next.get();
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
