package id.loket.workflow;

import java.util.UUID;

/**
 * Something another feature shows on a card changed (a SIAK answer arrived, a document was signed): open boards
 * re-read that card. Published by other features; the board listens.
 */
public record CardChanged(UUID applicationId, String branchCode) {
}
