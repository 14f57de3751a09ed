package id.loket.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public pages (complaint form, complaint status, KK upload check) use it against floods. At most {@code max} hits per key (a client address) within a sliding window, kept in memory: a branch runs one
 * server, and a restart forgetting the counts is harmless. Keys with no recent hit are swept out now and then.
 */
public final class RateLimiter {

    private final Clock clock;
    private final int max;
    private final Duration window;
    private static final int SWEEP_EVERY = 1000;

    private final Map<String, Deque<Instant>> hits = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    public RateLimiter(Clock clock, int max, Duration window) {
        this.clock = clock;
        this.max = max;
        this.window = window;
    }

    /** Whether another hit is allowed now; does not count it. */
    public boolean allows(String key) {
        Deque<Instant> recent = hits.get(key);
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() < max;
        }
    }

    /** Counts a hit; returns false (and counts nothing) when the key is over its limit. */
    public boolean tryAcquire(String key) {
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep();
        }
        Deque<Instant> recent = hits.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            if (recent.size() >= max) {
                return false;
            }
            recent.addLast(clock.instant());
            return true;
        }
    }

    /** Forgets addresses with no hit inside the window, so many one-off visitors do not pile up in memory. */
    void sweep() {
        hits.forEach((key, recent) -> {
            synchronized (recent) {
                prune(recent);
                if (recent.isEmpty()) {
                    hits.remove(key, recent);
                }
            }
        });
    }

    int trackedKeys() {
        return hits.size();
    }

    private void prune(Deque<Instant> recent) {
        Instant oldest = clock.instant().minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldest)) {
            recent.removeFirst();
        }
    }
}
