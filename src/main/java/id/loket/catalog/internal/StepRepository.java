package id.loket.catalog.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StepRepository extends JpaRepository<ServiceStep, UUID> {

    List<ServiceStep> findByServiceCodeOrderBySeqAsc(String serviceCode);

    @Query(value = "SELECT queue_prefix FROM service WHERE code = ?1", nativeQuery = true)
    String queuePrefix(String serviceCode);
}
