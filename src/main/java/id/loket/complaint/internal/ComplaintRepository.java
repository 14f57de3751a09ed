package id.loket.complaint.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintRepository extends JpaRepository<Complaint, UUID> {

    Optional<Complaint> findByIdAndBranchCode(UUID id, String branchCode);

    Optional<Complaint> findByNumber(String number);

    /** On the central, in a session of the root tenant: complaints of every branch in one status. */
    List<Complaint> findByStatusAndBranchCodeNotOrderByReceivedAtAsc(id.loket.complaint.ComplaintStatus status,
                                                                      String branchCode);

    List<Complaint> findByBranchCodeOrderByReceivedAtDesc(String branchCode);

    /** A central user's list (the tenant filter is root for him): every branch's copies. */
    List<Complaint> findAllByOrderByReceivedAtDesc();

    /** The board: every open complaint, and the resolved ones only while they are recent. */
    @Query("select c from Complaint c where c.branchCode = :branch"
            + " and (c.status <> id.loket.complaint.ComplaintStatus.RESOLVED or c.resolvedAt >= :resolvedSince)"
            + " order by c.receivedAt desc")
    List<Complaint> findForBoard(String branch, Instant resolvedSince);

    List<Complaint> findByBranchCodeAndReceivedAtGreaterThanEqualAndReceivedAtLessThan(String branchCode,
                                                                                       Instant from, Instant to);

    /** Takes the day's counter row lock, so concurrent intakes queue here instead of clashing on the number. */
    @Modifying
    @Query(value = "INSERT INTO complaint_number_seq (branch_code, day, last_value) VALUES (:branch, :day, 1) "
            + "ON DUPLICATE KEY UPDATE last_value = last_value + 1", nativeQuery = true)
    void bumpNumber(String branch, LocalDate day);

    @Query(value = "SELECT last_value FROM complaint_number_seq WHERE branch_code = :branch AND day = :day",
            nativeQuery = true)
    int currentNumber(String branch, LocalDate day);
}
