package id.loket.workflow;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A condition a step declares (catalogue column {@code guard_code}) that must hold before a card may leave it,
 * such as "SIAK verified" or "document signed". Other features implement it as a Spring bean.
 */
public interface StepGuard {

    /** The code a step names in the catalogue. */
    String code();

    /** Empty when the application may leave the step; otherwise a translation key that says why not. */
    Optional<String> blockingReason(UUID applicationId);

    /** A guard that answers from one function: empty = may leave, else the reason's translation key. */
    static StepGuard of(String code, Function<UUID, Optional<String>> blockingReason) {
        return new StepGuard() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public Optional<String> blockingReason(UUID applicationId) {
                return blockingReason.apply(applicationId);
            }
        };
    }

    /** A guard that holds when a condition holds, and otherwise gives one reason. */
    static StepGuard when(String code, Predicate<UUID> holds, String reason) {
        return of(code, id -> holds.test(id) ? Optional.empty() : Optional.of(reason));
    }
}
