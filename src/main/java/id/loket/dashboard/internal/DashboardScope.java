package id.loket.dashboard.internal;

import id.loket.base.AccountService;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.Roles;
import id.loket.catalog.CatalogService;
import id.loket.dashboard.Drill;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see which figures, in one place (issue 13, ADR 008). Step-role officers: their own figures in their own
 * branch. The Kepala Seksi ({@code VERIFIER}): his own branch, whatever branch he asks for. The Kepala Dinas
 * ({@code HEAD_OF_OFFICE}): every branch this server holds, or the one he chooses. Anyone else is refused
 * ({@link AccessDeniedException}); a branch the server does not hold is a {@link BusinessException}.
 */
@Component
public class DashboardScope {

    /** Roles that work a step of the KK service (the officer's own figures). */
    public static final Set<String> STEP_ROLES = Set.of(Roles.FRONT_OFFICE, Roles.COUNTER, Roles.OPERATOR,
            Roles.VERIFIER, Roles.SIGNER, Roles.PICKUP);

    /**
     * @param branches the branches the figures cover
     * @param officer  set when the figures are the officer's own (cards he finished)
     * @param steps    the step codes he may look at (null: every step)
     */
    public record Scope(LoketUser user, List<String> branches, String officer, Set<String> steps) {
    }

    private final AccountService accounts;
    private final CatalogService catalog;

    DashboardScope(AccountService accounts, CatalogService catalog) {
        this.accounts = accounts;
        this.catalog = catalog;
    }

    /** The Kepala Dinas's office dashboard and trend. */
    public Scope office(String requestedBranch) {
        LoketUser user = user();
        if (!user.hasRole(Roles.HEAD_OF_OFFICE)) {
            throw new AccessDeniedException("dashboard: office figures are the Kepala Dinas's");
        }
        return new Scope(user, held(requestedBranch), null, null);
    }

    /** The section dashboard and open breaches: the Kepala Seksi's own branch, or the Kepala Dinas's choice. */
    public Scope section(String requestedBranch) {
        LoketUser user = user();
        if (user.hasRole(Roles.HEAD_OF_OFFICE)) {
            return new Scope(user, held(requestedBranch), null, null);
        }
        if (user.hasRole(Roles.VERIFIER)) {
            return new Scope(user, List.of(user.branchCode()), null, null);
        }
        throw new AccessDeniedException("dashboard: section figures are the Kepala Seksi's");
    }

    /** An officer's own figures: his branch, the steps his roles work. */
    public Scope mine() {
        LoketUser user = user();
        Set<String> steps = ownSteps(user);
        if (steps.isEmpty()) {
            throw new AccessDeniedException("dashboard: no step role");
        }
        return new Scope(user, List.of(user.branchCode()), user.getUsername(), steps);
    }

    /**
     * The cards behind a figure: the Kepala Dinas and the Kepala Seksi as for their dashboards; an officer only his
     * own finished or returned visits and the cards in his steps now.
     */
    public Scope cards(String requestedBranch, Drill drill) {
        LoketUser user = user();
        if (user.hasRole(Roles.HEAD_OF_OFFICE) || user.hasRole(Roles.VERIFIER)) {
            return section(requestedBranch);
        }
        Scope own = mine();
        boolean ownVisits = switch (drill.kind()) {
            case FINISHED, WORK_OVER_STANDARD, WAIT_OVER_STANDARD, RETURNED -> true;
            case IN_STEP_NOW, OVER_STANDARD_NOW -> false;
            default -> throw new AccessDeniedException("dashboard: " + drill.kind() + " is not an officer's figure");
        };
        if (drill.stepCode() == null || !own.steps().contains(drill.stepCode())) {
            throw new AccessDeniedException("dashboard: not the officer's step");
        }
        return ownVisits ? own : new Scope(user, own.branches(), null, own.steps());
    }

    /** Branch code -> name the user may choose: every held branch for the Kepala Dinas, else his own. */
    public Map<String, String> branchChoices() {
        LoketUser user = user();
        requireDashboardRole(user);
        Map<String, String> result = new LinkedHashMap<>();
        accounts.listBranches().stream()
                .filter(b -> user.hasRole(Roles.HEAD_OF_OFFICE) || b.code().equals(user.branchCode()))
                .forEach(b -> result.put(b.code(), b.name()));
        return result;
    }

    public void requireDashboardRole(LoketUser user) {
        if (!user.hasRole(Roles.HEAD_OF_OFFICE) && ownSteps(user).isEmpty()) {
            throw new AccessDeniedException("dashboard: no dashboard for these roles");
        }
    }

    public LoketUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("dashboard: not signed in"));
    }

    private Set<String> ownSteps(LoketUser user) {
        return catalog.catalog().steps().stream().filter(s -> user.hasRole(s.role()))
                .map(CatalogService.Step::code).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private List<String> held(String requested) {
        List<String> all = accounts.listBranches().stream().map(AccountService.BranchRow::code).toList();
        if (requested == null || requested.isBlank()) {
            return all;
        }
        if (!all.contains(requested)) {
            throw new BusinessException("dashboard.error.branch", requested);
        }
        return List.of(requested);
    }
}
