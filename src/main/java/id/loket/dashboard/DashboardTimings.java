package id.loket.dashboard;

import id.loket.base.TimingRing;
import org.springframework.stereotype.Component;

/**
 * Server time of the live dashboard updates, the last 1024 of each (read by the benchmark): per coalesced burst of
 * moves, the time spent in all of it (every key's one computation plus handing the result to every open dashboard),
 * and each key's computation alone.
 */
@Component
public class DashboardTimings {

    private final TimingRing fanOut = new TimingRing();
    private final TimingRing computes = new TimingRing();
    private final TimingRing fanOutCpu = new TimingRing();
    private final TimingRing elapsed = new TimingRing();

    void recordElapsed(long nanos) {
        elapsed.record(nanos);
    }

    /**
     * Per coalesced burst, from the start of its first computation to the last dashboard handed its result, in
     * milliseconds, sorted: how long the open dashboards wait (the keys run side by side, so less than the sum).
     */
    public double[] elapsedMillis() {
        return elapsed.millis();
    }

    void recordFanOutCpu(long nanos) {
        fanOutCpu.record(nanos);
    }

    /**
     * CPU time per coalesced burst, all keys and all subscribers, in milliseconds, sorted: the server's cost without
     * the time tasks waited for a core (which {@link #fanOutMillis()} counts on a busy machine).
     */
    public double[] fanOutCpuMillis() {
        return fanOutCpu.millis();
    }

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
        fanOutCpu.clear();
        elapsed.clear();
    }
}
