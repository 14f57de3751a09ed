package id.loket.complaint.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintCategoryRepository extends JpaRepository<ComplaintCategory, UUID> {

    List<ComplaintCategory> findAllByOrderByCodeAsc();

    Optional<ComplaintCategory> findByCode(String code);
}
