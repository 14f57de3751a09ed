package id.loket.population;

import id.loket.base.BusinessException;
import java.util.List;

/**
 * The entered family breaks one or more rules, so it was not submitted (its draft was saved: {@code version} is
 * the draft's version now). Carries every violation for the form.
 */
public class FamilyInvalid extends BusinessException {

    private final transient List<Violation> violations;

    private final long version;

    public FamilyInvalid(List<Violation> violations, long version) {
        super("population.error.invalid", violations.size());
        this.violations = List.copyOf(violations);
        this.version = version;
    }

    public long version() {
        return version;
    }

    public List<Violation> violations() {
        return violations;
    }
}
