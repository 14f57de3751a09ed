package id.loket.workflow.internal;

import id.loket.sync.Replicated;
import id.loket.workflow.ApplicationStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A KK application. Holds its current step and visit (a copy of the open step-history row) so the board is
 * one query and a move touches one row here.
 */
@Entity
@Table(name = "application")
@Replicated(type = "application", aggregate = "id") // upstream to the central, issue 14
public class Application {

    @Id
    private UUID id;
    @org.hibernate.annotations.TenantId // branch isolation, ADR 007
    @Column(name = "branch_code")
    private String branchCode;
    @Column(name = "registration_number")
    private String registrationNumber;
    @Column(name = "ticket_id")
    private UUID ticketId;
    @Column(name = "queue_number")
    private String queueNumber;
    @Column(name = "type_code")
    private String typeCode;
    @Column(name = "applicant_name")
    private String applicantName;
    @Column(name = "applicant_nik")
    private String applicantNik;
    @Column(name = "applicant_phone")
    private String applicantPhone;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    @Column(name = "current_step")
    private String currentStep;
    @Column(name = "visit_no")
    private int visitNo;
    @Column(name = "step_entered_at")
    private Instant stepEnteredAt;
    @Column(name = "step_claimed_at")
    private Instant stepClaimedAt;
    private String holder;
    @Column(name = "rework_count")
    private int reworkCount;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_document", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "document_code")
    @Column(name = "present")
    private Map<String, Boolean> documents = new HashMap<>();

    protected Application() {
    }

    public Application(String branchCode, UUID ticketId, String queueNumber, String typeCode, String applicantName,
                       String applicantNik, String applicantPhone, Map<String, Boolean> documents, Instant now) {
        this.id = UUID.randomUUID();
        this.branchCode = branchCode;
        this.ticketId = ticketId;
        this.queueNumber = queueNumber;
        this.typeCode = typeCode;
        this.applicantName = applicantName;
        this.applicantNik = applicantNik;
        this.applicantPhone = applicantPhone;
        this.documents = new HashMap<>(documents);
        this.createdAt = now;
        this.status = ApplicationStatus.ACTIVE;
    }

    public UUID id() { return id; }
    public String branchCode() { return branchCode; }
    public String registrationNumber() { return registrationNumber; }
    public String queueNumber() { return queueNumber; }
    public String typeCode() { return typeCode; }
    public String applicantName() { return applicantName; }
    public String applicantNik() { return applicantNik; }
    public String applicantPhone() { return applicantPhone; }
    public ApplicationStatus status() { return status; }
    public String currentStep() { return currentStep; }
    public int visitNo() { return visitNo; }
    public Instant stepEnteredAt() { return stepEnteredAt; }
    public Instant stepClaimedAt() { return stepClaimedAt; }
    public String holder() { return holder; }
    public int reworkCount() { return reworkCount; }
    public Instant createdAt() { return createdAt; }
    public Instant finishedAt() { return finishedAt; }
    public long version() { return version; }
    public Map<String, Boolean> documents() { return Map.copyOf(documents); }

    public void register(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    /** Enters a step: a new visit starts, nobody holds the card yet. */
    public void enter(String step, int visitNo, Instant now) {
        this.currentStep = step;
        this.visitNo = visitNo;
        this.stepEnteredAt = now;
        this.stepClaimedAt = null;
        this.holder = null;
    }

    public void claim(String officer, Instant now) {
        this.holder = officer;
        this.stepClaimedAt = now;
    }

    /** Nobody holds the card any more (released by a supervisor, or its holder's account was disabled). */
    public void release() {
        this.holder = null;
        this.stepClaimedAt = null;
    }

    public void reworked() {
        this.reworkCount++;
    }

    public void returnToApplicant(Instant now) {
        this.status = ApplicationStatus.RETURNED;
        this.finishedAt = now;
        this.holder = null;
    }

    public void complete(Instant now) {
        this.status = ApplicationStatus.DONE;
        this.finishedAt = now;
        this.holder = null;
    }
}
