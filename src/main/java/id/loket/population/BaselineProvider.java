package id.loket.population;

import java.util.Optional;
import java.util.UUID;

/** Where data entry starts from (SIAK's record, the old KK): prefills the form and is what the verifier compares. */
public interface BaselineProvider {

    /** Short source name stored with the family, e.g. "SIAK". */
    String source();

    Optional<FamilyForm> baseline(UUID applicationId);
}
