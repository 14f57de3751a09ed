package id.loket.workflow;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cards in a step now, with the visit they are on and since when (read by the dashboards' breach check). No
 * personal data. Kept in its own file beside the step-history API so neither has to wait for the other.
 */
@Service
public class ActiveCards {

    /** A card in {@code stepCode} since {@code enteredAt}, on visit {@code visitNo} (a card sent back counts again). */
    public record ActiveCard(UUID applicationId, String registrationNumber, String branchCode, String typeCode,
                             String stepCode, int visitNo, Instant enteredAt, String holder) {
    }

    @PersistenceContext
    private EntityManager em;

    /** Every active card the caller may see (all branches for background work, ADR 007). */
    @Transactional(readOnly = true)
    public List<ActiveCard> all() {
        return em.createQuery(SELECT + "ORDER BY a.stepEnteredAt", ActiveCard.class).getResultList();
    }

    private static final String SELECT = "SELECT new id.loket.workflow.ActiveCards$ActiveCard(a.id, "
            + "a.registrationNumber, a.branchCode, a.typeCode, a.currentStep, a.visitNo, a.stepEnteredAt, a.holder) "
            + "FROM Application a WHERE a.status = id.loket.workflow.ApplicationStatus.ACTIVE ";

    /** The card if it is active (in a step) now. */
    @Transactional(readOnly = true)
    public java.util.Optional<ActiveCard> active(UUID applicationId) {
        return em.createQuery(SELECT + "AND a.id = :id", ActiveCard.class).setParameter("id", applicationId)
                .getResultStream().findFirst();
    }

    /** Active cards of these branches (limited further to the caller's own branch by ADR 007's tenancy). */
    @Transactional(readOnly = true)
    public List<ActiveCard> in(Collection<String> branchCodes) {
        if (branchCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery(SELECT + "AND a.branchCode IN :branches ORDER BY a.stepEnteredAt", ActiveCard.class)
                .setParameter("branches", branchCodes).getResultList();
    }
}
