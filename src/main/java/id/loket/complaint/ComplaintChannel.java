package id.loket.complaint;

/** How the complaint reached the office. */
public enum ComplaintChannel {
    TELEPON,
    DATANG,
    LAPOR,
    WEB,
    LAINNYA
}
