package id.loket.workflow.internal;

import id.loket.sync.Replicated;
import id.loket.workflow.StepOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the append-only step history; claimed and finished are written once. */
@Entity
@Table(name = "step_history")
@Replicated(type = "step_history", aggregate = "application_id") // upstream to the central, issue 14
public class StepVisit {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "visit_no")
    private int visitNo;
    @org.hibernate.annotations.TenantId // branch isolation, ADR 007
    @Column(name = "branch_code")
    private String branchCode;
    @Column(name = "step_code")
    private String stepCode;
    @Column(name = "entered_at")
    private Instant enteredAt;
    @Column(name = "claimed_at")
    private Instant claimedAt;
    @Column(name = "claimed_by")
    private String claimedBy;
    @Column(name = "finished_at")
    private Instant finishedAt;
    private String actor;
    @Enumerated(EnumType.STRING)
    private StepOutcome outcome;
    private String reason;

    protected StepVisit() {
    }

    public StepVisit(UUID applicationId, int visitNo, String branchCode, String stepCode, Instant enteredAt,
                     Instant claimedAt, String claimedBy, Instant finishedAt, String actor, StepOutcome outcome) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.visitNo = visitNo;
        this.branchCode = branchCode;
        this.stepCode = stepCode;
        this.enteredAt = enteredAt;
        this.claimedAt = claimedAt;
        this.claimedBy = claimedBy;
        this.finishedAt = finishedAt;
        this.actor = actor;
        this.outcome = outcome;
    }

    /** Writes claimed once: a second claim of the same visit changes nothing. */
    boolean claim(Instant at, String officer) {
        if (claimedAt != null) {
            return false;
        }
        this.claimedAt = at;
        this.claimedBy = officer;
        return true;
    }

    /** Closes the visit (finished is written once; claimed is filled in if nobody claimed). */
    boolean finish(Instant at, String actor, StepOutcome outcome, String reason) {
        if (finishedAt != null) {
            return false;
        }
        this.finishedAt = at;
        this.actor = actor;
        this.outcome = outcome;
        this.reason = reason;
        if (claimedAt == null) {
            this.claimedAt = at;
        }
        if (claimedBy == null) {
            this.claimedBy = actor;
        }
        return true;
    }

    public UUID applicationId() { return applicationId; }
    public int visitNo() { return visitNo; }
    public String stepCode() { return stepCode; }
    public Instant enteredAt() { return enteredAt; }
    public Instant claimedAt() { return claimedAt; }
    public String claimedBy() { return claimedBy; }
    public Instant finishedAt() { return finishedAt; }
    public String actor() { return actor; }
    public StepOutcome outcome() { return outcome; }
    public String reason() { return reason; }
}
