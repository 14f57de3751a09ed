package id.loket.complaint.internal;

import id.loket.complaint.ComplaintStatus;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintEventRepository extends JpaRepository<ComplaintEvent, UUID> {

    List<ComplaintEvent> findByComplaintIdOrderByOccurredAtAsc(UUID complaintId);

    /** Only the rows that open or close a wait on the citizen: enough to derive the pauses of many complaints. */
    @Query("select e from ComplaintEvent e where e.complaintId in :ids and (e.toStatus = :waiting or e.fromStatus = :waiting)"
            + " order by e.occurredAt")
    List<ComplaintEvent> findWaitEvents(Collection<UUID> ids, ComplaintStatus waiting);
}
