package id.loket.siak;

import id.loket.base.Broadcaster;
import id.loket.siak.internal.SiakLookupRepository;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Live SIAK answers per branch, after commit: the check view refreshes, the requesting officer is told. */
@Component
public class SiakFeed extends Broadcaster<SiakFeed.Answer> {

    /** A completed lookup with what a notification needs: the card's number and who asked. */
    public record Answer(UUID applicationId, LookupStatus status, String reference, String requestedBy) {
    }

    private final SiakLookupRepository lookups;

    SiakFeed(ExecutorService broadcastExecutor, SiakLookupRepository lookups) {
        super(broadcastExecutor);
        this.lookups = lookups;
    }

    @TransactionalEventListener
    void on(SiakLookupCompleted event) {
        lookups.findByApplicationId(event.applicationId()).ifPresent(l -> broadcast(event.branchCode(),
                new Answer(event.applicationId(), event.status(), l.reference(), l.requestedBy())));
    }
}
