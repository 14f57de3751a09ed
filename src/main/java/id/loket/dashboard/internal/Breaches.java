package id.loket.dashboard.internal;

import id.loket.dashboard.Breach;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Breaches of twice a step's standard (issue 13.2): raised once per card and visit, open until the card leaves the
 * step. Owned by the section dashboard's work; the service only asks for the open ones.
 */
@Component
public class Breaches {

    /** Open breaches in these branches, oldest first. */
    public List<Breach> open(Set<String> branchCodes) {
        return List.of(); // contract stub, filled in by the breach work
    }
}
