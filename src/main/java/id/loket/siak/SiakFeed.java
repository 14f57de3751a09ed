package id.loket.siak;

import id.loket.base.Broadcaster;
import id.loket.siak.internal.SiakLookupRepository;
import id.loket.siak.internal.SiakProperties;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Live SIAK answers per branch, after commit: the check view refreshes, the requesting officer is told. */
@Component
public class SiakFeed extends Broadcaster<SiakFeed.Answer> {

    /**
     * A completed lookup with what a notification needs: the card's number, who asked, and whether the answer
     * came late (after the officer stopped waiting for it), so only late answers need telling.
     */
    public record Answer(UUID applicationId, LookupStatus status, String reference, String requestedBy, boolean late) {
    }

    private final SiakLookupRepository lookups;
    private final SiakProperties properties;

    SiakFeed(ExecutorService broadcastExecutor, SiakLookupRepository lookups, SiakProperties properties) {
        super(broadcastExecutor);
        this.lookups = lookups;
        this.properties = properties;
    }

    @TransactionalEventListener
    void on(SiakLookupCompleted event) {
        lookups.findByApplicationId(event.applicationId()).ifPresent(l -> broadcast(event.branchCode(),
                new Answer(event.applicationId(), event.status(), l.reference(), l.requestedBy(),
                        l.attempts() > 1 || l.completedAt() == null || Duration.between(l.requestedAt(),
                                l.completedAt()).compareTo(properties.firstTryWait()) >= 0)));
    }
}
