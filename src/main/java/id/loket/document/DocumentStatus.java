package id.loket.document;

/** CURRENT: the KK in force. SUPERSEDED: a newer KK with the same number replaced it. WITHDRAWN: its card was sent back. */
public enum DocumentStatus { CURRENT, SUPERSEDED, WITHDRAWN }
