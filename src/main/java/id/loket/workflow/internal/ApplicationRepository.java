package id.loket.workflow.internal;

import id.loket.workflow.CardRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApplicationRepository extends JpaRepository<Application, UUID> {

    String CARD = "SELECT new id.loket.workflow.CardRow(a.id, a.version, a.registrationNumber, a.queueNumber, "
            + "a.applicantName, a.typeCode, a.status, a.currentStep, a.stepEnteredAt, a.stepClaimedAt, a.holder, "
            + "a.reworkCount, a.finishedAt) FROM Application a ";

    /** The board: everything active, plus what was finished or returned since the start of today. */
    @Query(CARD + "WHERE a.branchCode = ?1 AND (a.status = id.loket.workflow.ApplicationStatus.ACTIVE "
            + "OR a.finishedAt >= ?2)")
    List<CardRow> board(String branchCode, Instant startOfToday);

    /**
     * Locks the row: two officers dropping the same card queue up here, and the second then sees the first's
     * new version and is told so, instead of both writing.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT a FROM Application a WHERE a.id = ?1")
    Optional<Application> lockById(UUID id);

    List<Application> findByHolderAndStatus(String holder, id.loket.workflow.ApplicationStatus status);

    @Query(CARD + "WHERE a.id = ?1")
    Optional<CardRow> card(UUID id);

    Optional<Application> findByRegistrationNumber(String registrationNumber);

    /** Applications returned at intake by branch and queue number within a window (the returned slip's reference). */
    @Query("SELECT a FROM Application a WHERE a.branchCode = ?1 AND a.queueNumber = ?2 AND a.createdAt >= ?3 "
            + "AND a.createdAt < ?4 AND a.status = id.loket.workflow.ApplicationStatus.RETURNED")
    List<Application> findReturned(String branchCode, String queueNumber, Instant from, Instant to);

    /** The intake checklist of an application as (document code, present) rows. */
    @Query(value = "SELECT document_code, present FROM application_document WHERE application_id = ?1", nativeQuery = true)
    List<Object[]> checklist(UUID applicationId);
}
