package id.loket.workflow.internal;

import id.loket.workflow.StepOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StepVisitRepository extends JpaRepository<StepVisit, UUID> {

    List<StepVisit> findByApplicationIdOrderByVisitNoAsc(UUID applicationId);

    @Query("SELECT v FROM StepVisit v WHERE v.applicationId = ?1 AND v.visitNo = ?2")
    java.util.Optional<StepVisit> visit(UUID applicationId, int visitNo);

    /** Writes claimed once: a second claim of the same visit changes nothing. */
    @Modifying
    @Query("UPDATE StepVisit v SET v.claimedAt = ?3, v.claimedBy = ?4 "
            + "WHERE v.applicationId = ?1 AND v.visitNo = ?2 AND v.claimedAt IS NULL")
    int claim(UUID applicationId, int visitNo, Instant at, String officer);

    /** Closes the open visit (finished is written once; claimed is filled in if nobody claimed). */
    @Modifying
    @Query("UPDATE StepVisit v SET v.finishedAt = ?3, v.actor = ?4, v.outcome = ?5, v.reason = ?6, "
            + "v.claimedAt = COALESCE(v.claimedAt, ?3), v.claimedBy = COALESCE(v.claimedBy, ?4) "
            + "WHERE v.applicationId = ?1 AND v.visitNo = ?2 AND v.finishedAt IS NULL")
    int finish(UUID applicationId, int visitNo, Instant at, String actor, StepOutcome outcome, String reason);

    /** Visits of a branch finished since an instant, as (step code, entered at, finished at): today's pace. */
    @Query("SELECT v.stepCode, v.enteredAt, v.finishedAt FROM StepVisit v WHERE v.branchCode = ?1 "
            + "AND v.finishedAt >= ?2 AND v.outcome = id.loket.workflow.StepOutcome.DONE")
    List<Object[]> finishedSince(String branchCode, Instant since);
}
