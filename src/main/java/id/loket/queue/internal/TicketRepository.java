package id.loket.queue.internal;

import id.loket.queue.TicketStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.domain.Limit;

public interface TicketRepository extends JpaRepository<Ticket, UUID> {

    List<Ticket> findByBranchCodeAndDayAndStatusOrderBySeqAsc(String branchCode, LocalDate day, TicketStatus status);

    /**
     * The next waiting ticket, locked; a second officer calling at the same moment gets the one after it. A ticket
     * from a booking whose slot runs now comes first; otherwise the order of arrival (created_at: a booked
     * ticket's seq counts the booked numbers B-001.., so the walk-ins' numbers stay gap-free). Same rows, same lock as before
     * (still behind the day's counter row, see QueueService.calledAt): only the order changed.
     */
    @org.springframework.data.jpa.repository.Query(value = "SELECT * FROM ticket WHERE branch_code = ?1 AND day = ?2 "
            + "AND status = 'WAITING' ORDER BY CASE WHEN booked_from <= ?3 AND booked_until > ?3 THEN 0 ELSE 1 END, "
            + "created_at, seq "
            + "LIMIT 1 FOR UPDATE SKIP LOCKED", nativeQuery = true)
    Optional<Ticket> lockNextWaiting(String branchCode, LocalDate day, java.time.Instant now);

    List<Ticket> findByBranchCodeAndDayAndCalledAtNotNullOrderByCalledAtDesc(String branchCode, LocalDate day, Limit limit);

    /** Tickets still called at one counter, locked: calling another number there closes them. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    List<Ticket> findByBranchCodeAndDayAndStatusAndCounter(String branchCode, LocalDate day, TicketStatus status,
                                                           String counter);

    long countByBranchCodeAndDayAndStatus(String branchCode, LocalDate day, TicketStatus status);
}
