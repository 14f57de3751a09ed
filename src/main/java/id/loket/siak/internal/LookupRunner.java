package id.loket.siak.internal;

import id.loket.base.AuditService;
import id.loket.siak.LookupStatus;
import id.loket.siak.SiakFamily;
import id.loket.siak.SiakLookupCompleted;
import id.loket.workflow.CardChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks SIAK for pending lookups: once right after the officer's request, then from the scheduled retrier with
 * exponential backoff until SIAK answers. Each attempt is first claimed in the database (so two servers or a
 * late first try never ask twice for the same attempt), SIAK is called outside any transaction, and the answer
 * is written with a conditional update (so a lookup completes exactly once).
 */
@Component
public class LookupRunner {

    private static final Logger log = LoggerFactory.getLogger(LookupRunner.class);
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiakLookupRepository lookups;
    private final SiakGateway gateway;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final SiakProperties properties;
    private final Clock clock;
    private final ExecutorService calls = Executors.newFixedThreadPool(4,
            Thread.ofPlatform().name("siak-call-", 0).daemon(true).factory());
    private volatile boolean paused;

    @jakarta.annotation.PreDestroy
    void stop() {
        calls.shutdownNow();
    }

    LookupRunner(SiakLookupRepository lookups, SiakGateway gateway, AuditService audit,
                 ApplicationEventPublisher events, PlatformTransactionManager transactions, SiakProperties properties,
                 Clock clock) {
        this.lookups = lookups;
        this.gateway = gateway;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The first try of a fresh request (already counted and claimed by it), off the officer's thread; he waits at
     * most loket.siak.first-try-wait for it.
     */
    public CompletableFuture<Void> firstTry(UUID lookupId) {
        return CompletableFuture.runAsync(() -> {
            SiakLookupEntity l = tx.execute(s -> lookups.findById(lookupId).orElse(null));
            if (l != null && l.status() == LookupStatus.PENDING && l.supersededAt() == null) {
                call(l);
            }
        }, calls);
    }

    /** One more attempt of a lookup as seen with {@code attempts} tries; does nothing if another took it. */
    public CompletableFuture<Void> tryNow(UUID lookupId, int attempts) {
        return CompletableFuture.runAsync(() -> attempt(lookupId, attempts), calls);
    }

    /** When retriers may first touch a fresh request: after its own first try has had its chance. */
    public java.time.Instant firstRetryAt(java.time.Instant now) {
        Duration wait = properties.readTimeout().compareTo(backoff(0)) > 0 ? properties.readTimeout() : backoff(0);
        return now.plus(wait);
    }

    /** The retrier: every due pending lookup, oldest first. */
    @Scheduled(fixedDelayString = "${loket.siak.retry.interval:5s}", initialDelayString = "${loket.siak.retry.interval:5s}")
    public void retryDue() {
        if (paused) {
            return;
        }
        List<SiakLookupEntity> due;
        try {
            due = tx.execute(s -> lookups.due(Instant.now(clock), PageRequest.of(0, properties.retry().batchSize())));
        } catch (RuntimeException e) {
            // the database is away (or the server is shutting down): the rows wait, next round tries again
            log.warn("SIAK retrier could not read pending lookups: {}", e.toString());
            return;
        }
        for (SiakLookupEntity l : due) {
            if (paused) {
                return;
            }
            try {
                attempt(l.id(), l.attempts());
            } catch (RuntimeException e) {
                log.warn("SIAK retry of lookup {} failed: {}", l.id(), e.toString());
            }
        }
    }

    /** Stops and resumes the retrier (tests stand a stopped server in for a dead one). */
    public void setPaused(boolean paused) {
        this.paused = paused;
    }

    void attempt(UUID lookupId, int attemptsSeen) {
        Instant now = Instant.now(clock);
        SiakLookupEntity claimed = tx.execute(s -> lookups.claimAttempt(lookupId, attemptsSeen, now.plus(backoff(attemptsSeen))) == 1
                ? lookups.findById(lookupId).orElse(null) : null);
        if (claimed == null) {
            return; // someone else took this attempt, or the lookup is complete
        }
        call(claimed);
    }

    private void call(SiakLookupEntity l) {
        SiakAnswer answer = gateway.lookupByNik(l.nik());
        tx.executeWithoutResult(s -> record(l, answer));
    }

    private void record(SiakLookupEntity l, SiakAnswer answer) {
        Instant now = Instant.now(clock);
        int changed = switch (answer) {
            case SiakAnswer.Found f -> lookups.complete(l.id(), l.nik(), LookupStatus.FOUND, write(f.family()), null, now);
            case SiakAnswer.NotFound n -> lookups.complete(l.id(), l.nik(), LookupStatus.NOT_FOUND, null, "siak.error.no-record", now);
            case SiakAnswer.Refused r -> lookups.complete(l.id(), l.nik(), LookupStatus.FAILED, null, r.errorKey(), now);
            case SiakAnswer.Unavailable u -> {
                lookups.noteError(l.id(), u.errorKey());
                yield 0;
            }
        };
        if (changed == 1) {
            LookupStatus status = switch (answer) {
                case SiakAnswer.Found f -> LookupStatus.FOUND;
                case SiakAnswer.NotFound n -> LookupStatus.NOT_FOUND;
                default -> LookupStatus.FAILED;
            };
            audit.record(l.branchCode(), "siak-lookup", l.applicationId().toString(), "completed",
                    status + " after " + l.attempts() + " attempt(s)");
            events.publishEvent(new SiakLookupCompleted(l.applicationId(), l.branchCode(), status));
            events.publishEvent(new CardChanged(l.applicationId(), l.branchCode()));
        }
    }

    /** 5 s, 10 s, 20 s ... capped (loket.siak.retry.*). */
    Duration backoff(int attemptsSoFar) {
        Duration initial = properties.retry().initialBackoff();
        Duration max = properties.retry().maxBackoff();
        Duration d = initial.multipliedBy(1L << Math.min(attemptsSoFar, 20));
        return d.compareTo(max) > 0 ? max : d;
    }

    static String write(SiakFamily family) {
        return JSON.writeValueAsString(family);
    }

    static SiakFamily read(String json) {
        return json == null ? null : JSON.readValue(json, SiakFamily.class);
    }

    /** Read side of the stored result, for the service. */
    public static SiakFamily family(SiakLookupEntity l) {
        return read(l.resultJson());
    }
}
