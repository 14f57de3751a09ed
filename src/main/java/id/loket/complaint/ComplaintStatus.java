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
}
