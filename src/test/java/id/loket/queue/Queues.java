package id.loket.queue;

import id.loket.Officers;
import id.loket.queue.QueueService.TicketRow;
import java.util.Optional;

/** Test data for the queue: tests share one database, so each starts with nobody waiting or called. */
public final class Queues {

    private Queues() {
    }

    /** Calls and skips every waiting number, then skips every number still called. */
    public static void empty(QueueService queue, Officers officers) {
        officers.run("fo", () -> {
            Optional<TicketRow> t;
            while ((t = queue.callNext("Loket 1")).isPresent()) {
                queue.skip(t.get().id());
            }
            queue.called().forEach(c -> queue.skip(c.id()));
        });
    }
}
