package id.loket.siak;

/** Where a SIAK check stands. PENDING: SIAK has not answered yet, the retrier will ask again. */
public enum LookupStatus {
    PENDING, FOUND, NOT_FOUND, FAILED
}
