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
}
