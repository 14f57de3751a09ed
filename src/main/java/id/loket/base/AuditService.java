package id.loket.base;

import id.loket.base.audit.AuditEntry;
import id.loket.base.audit.AuditEntryRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: who changed what, when. Features call {@link #record} inside their own transaction so the
 * audit row commits (or rolls back) with the change it describes.
 */
@Service
public class AuditService {

    private final AuditEntryRepository repository;
    private final Clock clock;

    AuditService(AuditEntryRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String branchCode, String entityType, String entityId, String action, String details) {
        repository.save(new AuditEntry(branchCode, Instant.now(clock), CurrentUser.actorName(), entityType,
                entityId, action, details));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','HEAD_OF_OFFICE','VERIFIER','SECRETARY')")
    public List<AuditRecord> history(String entityType, String entityId) {
        return repository.findByEntityTypeAndEntityIdOrderByOccurredAtAsc(entityType, entityId).stream()
                .map(AuditEntry::toRecord).toList();
    }

    public record AuditRecord(Instant occurredAt, String actor, String action, String details) {
    }
}
