package id.loket.workflow;

import id.loket.base.Broadcaster;
import id.loket.workflow.internal.ApplicationRepository;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Live board updates. After a move commits, the changed card is read once (one query, whatever the number of
 * open boards) and handed to every board open in the branch; each board updates only that row.
 */
@Component
public class BoardFeed extends Broadcaster<BoardFeed.CardUpdate> {

    /**
     * The card as it is now ({@code card} is empty if it no longer exists); {@code committedNanos} is when the
     * move committed, so a board can tell how long the update took to reach it.
     */
    public record CardUpdate(ApplicationMoved move, Optional<CardRow> card, long committedNanos) {
    }

    private final ApplicationRepository applications;
    private final ExecutorService executor;

    BoardFeed(ExecutorService broadcastExecutor, ApplicationRepository applications) {
        super(broadcastExecutor);
        this.executor = broadcastExecutor;
        this.applications = applications;
    }

    @TransactionalEventListener
    void on(CardChanged event) {
        on(new ApplicationMoved(event.applicationId(), event.branchCode(), null, null));
    }

    @TransactionalEventListener
    void on(ApplicationMoved event) {
        long committed = System.nanoTime();
        executor.execute(() -> broadcast(event.branchCode(),
                new CardUpdate(event, applications.card(event.applicationId()), committed)));
    }
}
