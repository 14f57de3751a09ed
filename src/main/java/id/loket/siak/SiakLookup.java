package id.loket.siak;

import java.time.Instant;
import java.util.UUID;

/**
 * The SIAK check of one application. {@code family} is null unless FOUND; {@code errorKey} is a translation key
 * saying why SIAK did not answer (last attempt) or refused.
 */
public record SiakLookup(UUID applicationId, String nik, LookupStatus status, SiakFamily family, String errorKey,
                         int attempts, Instant requestedAt, Instant completedAt, SiakDecision decision, String note) {
}
