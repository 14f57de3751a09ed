package id.loket.base.audit;

import id.loket.base.AuditService.AuditRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One append-only audit row. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    private UUID id;
    @Column(name = "branch_code")
    private String branchCode;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private String entityId;
    private String action;
    @Column(columnDefinition = "TEXT")
    private String details;

    protected AuditEntry() {
    }

    public AuditEntry(String branchCode, Instant occurredAt, String actor, String entityType, String entityId,
                      String action, String details) {
        this.id = UUID.randomUUID();
        this.branchCode = branchCode;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.details = details;
    }

    public AuditRecord toRecord() {
        return new AuditRecord(occurredAt, actor, action, details);
    }
}
