package id.loket.complaint.internal;

import id.loket.complaint.ComplaintAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * On the central: the Kepala Dinas's decision on a complaint escalated at a branch, sent down to that branch. It is
 * "sent" while the replicated complaint still has {@code complaintVersion}; the branch applying it changes the row,
 * whose new snapshot comes back up.
 */
@Entity
@Table(name = "complaint_central_decision")
public class CentralDecision {

    @Id
    private UUID id;
    @Column(name = "complaint_id")
    private UUID complaintId;
    @Column(name = "branch_code")
    private String branchCode;
    @Column(name = "complaint_version")
    private long complaintVersion;
    @Enumerated(EnumType.STRING)
    private ComplaintAction action;
    @Column(columnDefinition = "TEXT")
    private String note;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected CentralDecision() {
    }

    public CentralDecision(UUID complaintId, String branchCode, long complaintVersion, ComplaintAction action,
                           String note, String decidedBy, Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.complaintId = complaintId;
        this.branchCode = branchCode;
        this.complaintVersion = complaintVersion;
        this.action = action;
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public UUID id() { return id; }
    public UUID complaintId() { return complaintId; }
    public String branchCode() { return branchCode; }
    public long complaintVersion() { return complaintVersion; }
    public ComplaintAction action() { return action; }
    public String note() { return note; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
}
