package id.loket.queue;

/** A queue ticket's life: waiting, called to a counter, served (intake done) or a no-show. */
public enum TicketStatus {
    WAITING, CALLED, SERVED, NO_SHOW
}
