package id.loket.dashboard.internal;

import id.loket.base.BranchTimeZone;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Roll-up results over closed days, kept (LRU). A finished visit is dated by its finish, which is now, so the
 * roll-up rows of a day before today never change; only a rebuild rewrites the past ({@link #clear}). "Today" is
 * WIB's, the westernmost zone: a day before WIB's today is before every branch's today. The rare write to a past
 * day (an arrival dated by a ticket taken yesterday) clears the cache too, at once and again after its commit.
 * Values are never handed out: callers merge a copy with the fresh figures of today.
 */
@Component
public class ClosedDays {

    static final int MAX_ENTRIES = 500;
    /**
     * And at most this many cells (histogram buckets, map entries) in all, about 100 MB: one 5-year throughput by
     * day holds ~150,000, so a few hundred long-period filters cannot fill the heap.
     */
    static final long MAX_CELLS = 2_000_000;

    private final Clock clock;
    private final LinkedHashMap<List<Object>, Object> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<List<Object>, Long> weights = new java.util.HashMap<>();
    private long cells;

    private final int maxEntries;
    private final long maxCells;

    @org.springframework.beans.factory.annotation.Autowired
    ClosedDays(Clock clock) {
        this(clock, MAX_ENTRIES, MAX_CELLS);
    }

    ClosedDays(Clock clock, int maxEntries, long maxCells) {
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.maxCells = maxCells;
    }

    /** The first day that may still change: WIB's today. */
    public LocalDate firstOpenDay() {
        return LocalDate.now(clock.withZone(BranchTimeZone.WIB.zoneId()));
    }

    /** The value kept for {@code key}, else computed (over closed days only) and kept. Never change it. */
    @SuppressWarnings("unchecked")
    public <T> T get(List<Object> key, Supplier<T> compute) {
        synchronized (entries) {
            Object hit = entries.get(key);
            if (hit != null) {
                return (T) hit;
            }
        }
        long generation = this.generation;
        T value = compute.get();
        synchronized (entries) {
            if (generation == this.generation && !entries.containsKey(key)) { // else it may be stale
                long weight = cells(value);
                entries.put(key, value);
                weights.put(key, weight);
                cells += weight;
                var eldest = entries.entrySet().iterator();
                while ((entries.size() > maxEntries || cells > maxCells) && eldest.hasNext()) {
                    List<Object> old = eldest.next().getKey();
                    eldest.remove();
                    cells -= weights.remove(old);
                }
            }
        }
        return value;
    }

    private volatile long generation;

    /** Forgets everything (a rebuild, a write to a past day). */
    public void clear() {
        synchronized (entries) {
            generation++;
            entries.clear();
            weights.clear();
            cells = 0;
        }
    }

    /** A write dated {@code day}: clears the cache when the day is closed, now and after the commit. */
    void written(LocalDate day) {
        if (!day.isBefore(firstOpenDay())) {
            return;
        }
        clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        }
    }

    /** A result's size in cells: histogram buckets, map and list entries. */
    private static long cells(Object value) {
        return switch (value) {
            case Histogram h -> Math.max(1, h.counts().size());
            case Map<?, ?> m -> {
                long n = 1;
                for (Object v : m.values()) {
                    n += cells(v);
                }
                yield n;
            }
            case java.util.Collection<?> c -> 1 + c.size();
            case null, default -> 1;
        };
    }

        int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
