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
    public record CardUpdate(ApplicationMoved move, Optional<CardRow> card, Optional<String> badge, long committedNanos) {
    }

    private final ApplicationRepository applications;
    private final ExecutorService executor;
    private final org.springframework.beans.factory.ObjectProvider<CardBadges> badgeProviders;

    BoardFeed(ExecutorService broadcastExecutor, ApplicationRepository applications,
              org.springframework.beans.factory.ObjectProvider<CardBadges> badgeProviders) {
        super(broadcastExecutor);
        this.executor = broadcastExecutor;
        this.applications = applications;
        this.badgeProviders = badgeProviders;
    }

    /** Other features' short statuses (translation keys) for these cards, from every provider. */
    public java.util.Map<java.util.UUID, String> badges(java.util.Collection<java.util.UUID> ids) {
        java.util.Map<java.util.UUID, String> all = new java.util.HashMap<>();
        badgeProviders.orderedStream().forEach(p -> all.putAll(p.badges(ids)));
        return all;
    }

    public Optional<String> badge(java.util.UUID id) {
        return Optional.ofNullable(badges(java.util.List.of(id)).get(id));
    }

    @TransactionalEventListener
    void on(CardChanged event) {
        on(new ApplicationMoved(event.applicationId(), event.branchCode(), null, null));
    }

    @TransactionalEventListener
    void on(ApplicationMoved event) {
        long committed = System.nanoTime();
        // card and badge are read once here, not once per open board
        executor.execute(() -> broadcast(event.branchCode(), new CardUpdate(event,
                applications.card(event.applicationId()), badge(event.applicationId()), committed)));
    }
}
