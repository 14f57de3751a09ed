package id.loket.complaint.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HolidayRepository extends JpaRepository<Holiday, UUID> {

    List<Holiday> findAllByOrderByDateAsc();

    boolean existsByDate(LocalDate date);
}
