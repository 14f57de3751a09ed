package id.loket.workflow;

import java.util.UUID;

/**
 * Where the officer of a step does the step's work (the SIAK check screen, data entry, the verifier's diff).
 * Implemented by the feature that owns that work; the board links a card to it.
 */
public interface StepWork {

    /** The catalogue step code this work belongs to. */
    String stepCode();

    /** The route (relative URL) of the work screen for one application. */
    String route(UUID applicationId);

    /** The work screen of a step at {@code routePrefix + applicationId}. */
    static StepWork at(String stepCode, String routePrefix) {
        return new StepWork() {
            @Override
            public String stepCode() {
                return stepCode;
            }

            @Override
            public String route(UUID applicationId) {
                return routePrefix + applicationId;
            }
        };
    }
}
