package id.loket.complaint;

/** A complaint against one target: still within it, close to it (highlight), past it, or done (met or late). */
public enum SlaState {
    ON_TIME,
    NEAR,
    OVERDUE,
    MET,
    LATE;

    public boolean needsAttention() {
        return this == NEAR || this == OVERDUE;
    }
}
