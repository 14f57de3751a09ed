package id.loket.siak;

import java.util.UUID;

/** SIAK answered a pending or fresh lookup (once per lookup). Ids only. */
public record SiakLookupCompleted(UUID applicationId, String branchCode, LookupStatus status) {
}
