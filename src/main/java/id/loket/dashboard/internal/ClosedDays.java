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

    private final Clock clock;
    private final Map<List<Object>, Object> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    ClosedDays(Clock clock) {
        this.clock = clock;
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
            if (generation == this.generation) { // not cleared while it was read: may be stale otherwise
                entries.put(key, value);
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

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
