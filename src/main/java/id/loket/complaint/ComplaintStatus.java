package id.loket.complaint;

/** Where a complaint stands. A closed set: the routing rules branch on it. Reopening goes back to the holder. */
public enum ComplaintStatus {
    NEW,
    ASSIGNED,
    IN_PROGRESS,
    WAITING_CITIZEN,
    ESCALATED,
    RESOLVED;

    public boolean open() {
        return this != RESOLVED;
    }

    /** The board's "next status" for a card (the keyboard path beside dragging); null when there is none. */
    public ComplaintStatus next() {
        return switch (this) {
            case NEW -> ASSIGNED;
            case ASSIGNED, WAITING_CITIZEN -> IN_PROGRESS;
            case IN_PROGRESS, ESCALATED -> RESOLVED;
            case RESOLVED -> null;
        };
    }
}
