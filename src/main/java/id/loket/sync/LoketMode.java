package id.loket.sync;

/** What this server is ({@code loket.mode}): a branch serving citizens (the default) or the office's central. */
public enum LoketMode {
    BRANCH, CENTRAL
}
