package id.loket.base;

/**
 * An administrator disabled a staff account (published in the same transaction). Features that hold work for
 * an officer (the board's claims) listen and let others take it over.
 */
public record AccountDisabled(String username, String branchCode) {
}
