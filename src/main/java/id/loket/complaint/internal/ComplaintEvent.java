package id.loket.complaint.internal;

import id.loket.complaint.ComplaintStatus;
import id.loket.complaint.Division;
import id.loket.sync.Replicated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One append-only row of a complaint's timeline: who did what, when, from which status to which. */
@Entity
@Table(name = "complaint_event")
@Replicated(type = "complaint_event", aggregate = "complaint_id") // upstream to the central, issue 14
public class ComplaintEvent {

    @Id
    private UUID id;
    @Column(name = "branch_code")
    private String branchCode;
    @Column(name = "complaint_id")
    private UUID complaintId;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    private String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ComplaintStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ComplaintStatus toStatus;
    @Enumerated(EnumType.STRING)
    private Division division;
    @Column(columnDefinition = "TEXT")
    private String note;

    protected ComplaintEvent() {
    }

    public ComplaintEvent(String branchCode, UUID complaintId, Instant occurredAt, String actor, String action,
                          ComplaintStatus fromStatus, ComplaintStatus toStatus, Division division, String note) {
        this.id = UUID.randomUUID();
        this.branchCode = branchCode;
        this.complaintId = complaintId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.division = division;
        this.note = note;
    }

    public UUID complaintId() {
        return complaintId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public ComplaintStatus fromStatus() {
        return fromStatus;
    }

    public ComplaintStatus toStatus() {
        return toStatus;
    }

    public Division division() {
        return division;
    }

    public String note() {
        return note;
    }
}
