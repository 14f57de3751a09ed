package id.loket.workflow;

import java.util.Optional;
import java.util.UUID;

/**
 * A condition a step declares (catalogue column {@code guard_code}) that must hold before a card may leave it,
 * such as "SIAK verified" or "document signed". Other features implement it as a Spring bean.
 */
public interface StepGuard {

    /** The code a step names in the catalogue. */
    String code();

    /** Empty when the application may leave the step; otherwise a translation key that says why not. */
    Optional<String> blockingReason(UUID applicationId);
}
