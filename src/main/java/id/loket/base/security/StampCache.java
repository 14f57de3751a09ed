package id.loket.base.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The accounts' security stamps as last read, for at most {@code loket.security.stamp-cache} (ADR 006). A change
 * of a stamp forgets the account's entry when it commits, so the very next request sees it.
 */
@Component
public class StampCache {

    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Cached> stamps = new ConcurrentHashMap<>();

    private record Cached(Optional<Long> stamp, Instant readAt) {
    }

    StampCache(Clock clock, @Value("${loket.security.stamp-cache:1s}") Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    Optional<Long> get(String username, Supplier<Optional<Long>> read) {
        Instant now = clock.instant();
        Cached cached = stamps.get(username);
        if (cached == null || !cached.readAt().plus(ttl).isAfter(now)) {
            cached = new Cached(read.get(), now);
            stamps.put(username, cached);
        }
        return cached.stamp();
    }

    /** Called where a stamp changes: the entry goes when the change commits (at once outside a transaction). */
    public void forgetAfterCommit(String username) {
        stamps.remove(username);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    stamps.remove(username);
                }
            });
        }
    }
}
