package id.loket.dashboard;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Live figures for open dashboards (issue 13.4) without each dashboard re-querying per move: dashboards that show
 * the same thing subscribe under the same {@code key}; after committed moves in one of {@code branchCodes}
 * (coalesced), {@code compute} runs once per key, with the security context of a subscriber, and every subscriber
 * of that key receives the same result on a pool thread (the view does its own {@code ui.access}).
 */
@Component
public class DashboardFeed {

    /** @return call on detach to stop receiving */
    public <T> Runnable subscribe(Object key, Set<String> branchCodes, Supplier<T> compute, Consumer<T> onChange) {
        return () -> { }; // contract stub, filled in by the live-update work
    }
}
