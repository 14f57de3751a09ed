package id.loket.population;

import id.loket.base.BusinessException;
import java.util.List;

/** The entered family breaks one or more rules; nothing was saved. Carries every violation for the form. */
public class FamilyInvalid extends BusinessException {

    private final transient List<Violation> violations;

    public FamilyInvalid(List<Violation> violations) {
        super("population.error.invalid", violations.size());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
