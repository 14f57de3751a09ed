package id.loket.dashboard;

/**
 * A card passed twice its step's standard (issue 13.2). Published once per card and visit, inside the check's
 * transaction; the Kepala Seksi's open screens show it after the commit.
 */
public record BreachRaised(Breach breach) {
}
