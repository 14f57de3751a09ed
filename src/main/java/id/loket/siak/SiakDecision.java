package id.loket.siak;

/** The counter officer's verdict after comparing the SIAK record with the file: cocok or not. */
public enum SiakDecision {
    MATCH, MISMATCH
}
