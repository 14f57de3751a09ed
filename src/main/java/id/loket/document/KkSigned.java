package id.loket.document;

import java.util.UUID;

/** A KK was signed (step 6): the newest document of its KK number. */
public record KkSigned(UUID documentId, UUID applicationId, String branchCode, String kkNumber) {
}
