package id.loket.catalog.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TypeRepository extends JpaRepository<ApplicationType, String> {

    List<ApplicationType> findAllByOrderBySortOrderAsc();
}
