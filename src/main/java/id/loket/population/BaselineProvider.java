package id.loket.population;

import java.util.Optional;
import java.util.UUID;

/**
 * Where data entry starts from (SIAK's record): what the step {@link #step()} completed with. It prefills the form
 * and is what the verifier compares; it is taken each time that step completes, never earlier.
 */
public interface BaselineProvider {

    /** Short source name stored with the family, e.g. "SIAK". */
    String source();

    /** The board step whose completion fixes the baseline. */
    String step();

    /** What the step found: the family (null when nothing was found) and the officer's note. Empty until decided. */
    Optional<Baseline> baseline(UUID applicationId);

    record Baseline(FamilyForm family, String note) {
    }
}
