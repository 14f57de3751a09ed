package id.loket.complaint.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CentralDecisionRepository extends JpaRepository<CentralDecision, UUID> {

    List<CentralDecision> findByComplaintIdInOrderByDecidedAtAsc(Collection<UUID> complaintIds);

    boolean existsByComplaintIdAndComplaintVersion(UUID complaintId, long complaintVersion);
}
