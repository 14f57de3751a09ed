package id.loket.sync;

import java.time.Instant;
import java.util.Map;

/** The central's record of each enrolled branch's last accepted delivery: a stale branch is shown, never hidden. */
public interface BranchDeliveries {

    /** Enrolled branch code -> when its last batch was accepted (absent value: enrolled, nothing received yet). */
    Map<String, Instant> lastDeliveries();
}
