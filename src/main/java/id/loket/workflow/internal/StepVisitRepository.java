package id.loket.workflow.internal;

import id.loket.workflow.StepOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StepVisitRepository extends JpaRepository<StepVisit, UUID> {

    List<StepVisit> findByApplicationIdOrderByVisitNoAsc(UUID applicationId);

    @Query("SELECT v FROM StepVisit v WHERE v.applicationId = ?1 AND v.visitNo = ?2")
    java.util.Optional<StepVisit> visit(UUID applicationId, int visitNo);

    /**
     * Writes claimed once: a second claim of the same visit changes nothing. Through the entity, not a bulk update,
     * so the change reaches the central (step_history is {@code @Replicated}); two claims racing are already
     * serialised by the application row they both change (its version or its lock).
     */
    default int claim(UUID applicationId, int visitNo, Instant at, String officer) {
        return visit(applicationId, visitNo).filter(v -> v.claim(at, officer)).isPresent() ? 1 : 0;
    }

    /** Closes the open visit (finished is written once; claimed is filled in if nobody claimed). As claim. */
    default int finish(UUID applicationId, int visitNo, Instant at, String actor, StepOutcome outcome, String reason) {
        return visit(applicationId, visitNo).filter(v -> v.finish(at, actor, outcome, reason)).isPresent() ? 1 : 0;
    }

    /** Visits of a branch finished since an instant, as (step code, entered at, finished at): today's pace. */
    @Query("SELECT v.stepCode, v.enteredAt, v.finishedAt FROM StepVisit v WHERE v.branchCode = ?1 "
            + "AND v.finishedAt >= ?2 AND v.outcome = id.loket.workflow.StepOutcome.DONE")
    List<Object[]> finishedSince(String branchCode, Instant since);
}
