package id.loket.queue;

import id.loket.base.Broadcaster;
import java.util.concurrent.ExecutorService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Live feed of calls for the TV displays and the officers' call screens of a branch. */
@Component
public class QueueFeed extends Broadcaster<TicketCalled> {

    QueueFeed(ExecutorService broadcastExecutor) {
        super(broadcastExecutor);
    }

    @TransactionalEventListener
    void on(TicketCalled event) {
        broadcast(event.branchCode(), event);
    }
}
