package id.loket.queue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, UUID> {

    long countByBranchCodeAndDayAndSlotTimeAndStatusIn(String branchCode, LocalDate day, LocalTime slotTime,
                                                       Collection<Booking.Status> statuses);

    List<Booking> findByBranchCodeAndDayAndStatusIn(String branchCode, LocalDate day, Collection<Booking.Status> statuses);

    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT b FROM Booking b WHERE b.code = ?1")
    Optional<Booking> lockByCode(String code);

    /** Bookings nobody came for: still booked, their slot started before {@code startedBefore}. */
    List<Booking> findByStatusAndSlotStartLessThan(Booking.Status status, Instant startedBefore);
}
