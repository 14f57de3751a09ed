package id.loket.base.security;

import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import java.util.Map;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Branch isolation in one place (ADR 007): every branch-owned entity marks its {@code branch_code} with Hibernate's
 * {@code @TenantId}, and this resolver makes the signed-in officer's branch the tenant of every session he opens.
 * Hibernate then adds {@code branch_code = ?} to every load by id, JPQL/Criteria query and bulk update of those
 * entities, so another branch's id looks exactly like an unknown one, and a new repository method cannot skip it.
 * Work without a signed-in officer (the SIAK retrier, scheduled jobs, demo seeding, and the public pages that find
 * a record by an unguessable id or code) runs as the root tenant, which sees and may write every branch. So do the
 * central office's own users on a central server (issue 14): they read the copies of every branch; services still
 * refuse them a change of a branch's record by their own branch checks.
 */
@Component
class BranchTenancy implements CurrentTenantIdentifierResolver<String>, HibernatePropertiesCustomizer {

    /** The tenant of work no officer is signed in for. Never a branch code (those are at most 16 letters/digits). */
    static final String ALL_BRANCHES = "*";

    @Override
    public String resolveCurrentTenantIdentifier() {
        // a central office's user (central mode only, see LoketUser#readsAllBranches) reads every branch's copies
        return CurrentUser.get().map(u -> u.readsAllBranches() ? ALL_BRANCHES : u.branchCode()).orElse(ALL_BRANCHES);
    }

    @Override
    public boolean isRoot(String tenantId) {
        return ALL_BRANCHES.equals(tenantId);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        // a session keeps the branch it was opened for (Spring opens one per transaction)
        return false;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
    }
}
