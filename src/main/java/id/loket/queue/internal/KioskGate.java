package id.loket.queue.internal;

import id.loket.base.BusinessException;
import id.loket.base.NetworkRange;
import id.loket.base.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may use the kiosk and the TV display: only the branches this server runs
 * ({@code loket.queue.branches}, default this server's branch), only from the admin's networks, and at most
 * so many tickets per address and hour. An address of {@code null} is a call from inside the server (demo
 * data, tests), never from a browser: the network and the limit do not apply to it.
 */
@Component
public class KioskGate {

    private final QueueSettingRepository settings;
    private final Clock clock;
    private final Set<String> branches;
    private volatile RateLimiter limiter;
    private volatile int limiterMax = -1;

    KioskGate(QueueSettingRepository settings, Clock clock,
              @Value("${loket.queue.branches:${loket.branch.code:PUSAT}}") String[] branches) {
        this.settings = settings;
        this.clock = clock;
        this.branches = Arrays.stream(branches).map(String::trim).filter(b -> !b.isEmpty()).collect(Collectors.toSet());
    }

    public Set<String> branches() {
        return branches;
    }

    /** Refuses (with the reason's translation key) a branch this server does not run or an address outside the networks. */
    public void check(String branchCode, String address) {
        if (branchCode == null || !branches.contains(branchCode)) {
            throw new BusinessException("queue.error.branch");
        }
        if (address != null && !NetworkRange.anyContains(parse(settings.current().allowedNetworks()), address)) {
            throw new BusinessException("queue.error.network");
        }
    }

    /** Counts a ticket for the address; refuses it when the address took its hour's share already. */
    public void countTicket(String address) {
        if (address == null) {
            return;
        }
        if (!limiter(settings.current().ticketsPerHour()).tryAcquire(address)) {
            throw new BusinessException("queue.error.too-many");
        }
    }

    private RateLimiter limiter(int max) {
        RateLimiter current = limiter;
        if (current == null || limiterMax != max) {
            synchronized (this) {
                if (limiter == null || limiterMax != max) {
                    limiter = new RateLimiter(clock, max, Duration.ofHours(1));
                    limiterMax = max;
                }
                current = limiter;
            }
        }
        return current;
    }

    /** The networks of the admin's list (one per line, or separated by spaces or commas). */
    public static List<NetworkRange> parse(String text) {
        return lines(text).stream().map(NetworkRange::parse).flatMap(Optional::stream).toList();
    }

    public static List<String> lines(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.trim().split("[\\s,;]+")).toList();
    }
}
