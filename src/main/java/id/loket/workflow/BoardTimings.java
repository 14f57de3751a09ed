package id.loket.workflow;

import id.loket.base.TimingRing;
import org.springframework.stereotype.Component;

/**
 * Server-side board timings, the last 1024 of each: how long a board takes to build, and how long a committed
 * move takes to be applied on an open board (the fan-out, before the push reaches the browser). Read by the
 * benchmark.
 */
@Component
public class BoardTimings {

    private final TimingRing builds = new TimingRing();
    private final TimingRing fanOut = new TimingRing();

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
}
