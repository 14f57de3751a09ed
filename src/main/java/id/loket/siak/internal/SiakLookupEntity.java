package id.loket.siak.internal;

import id.loket.siak.LookupStatus;
import id.loket.siak.SiakDecision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One SIAK lookup of one application: one NIK, asked by one officer (see db/changelog/siak). Asking again makes a new
 * row and supersedes this one. Completion is a conditional update on id, NIK, PENDING and not superseded.
 */
@Entity
@Table(name = "siak_lookup")
public class SiakLookupEntity {

    @Id
    private UUID id;
    @org.hibernate.annotations.TenantId // branch isolation, ADR 007
    @Column(name = "branch_code")
    private String branchCode;
    @Column(name = "application_id")
    private UUID applicationId;
    private String nik;
    /** The registration number the officer knows the card by, for notifications. */
    private String reference;
    @Enumerated(EnumType.STRING)
    private LookupStatus status;
    @Column(name = "result_json")
    private String resultJson;
    @Column(name = "error_key")
    private String errorKey;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "requested_by")
    private String requestedBy;
    @Enumerated(EnumType.STRING)
    private SiakDecision decision;
    private String note;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    /** Set when the officer asked again (another NIK, or the same after an answer): this lookup is history. */
    @Column(name = "superseded_at")
    private Instant supersededAt;
    @Version
    private long version;

    protected SiakLookupEntity() {
    }

    public SiakLookupEntity(String branchCode, UUID applicationId, String reference) {
        this.id = UUID.randomUUID();
        this.branchCode = branchCode;
        this.applicationId = applicationId;
        this.reference = reference;
    }

    /**
     * A (new) lookup of this NIK: pending, nothing decided. Its first attempt belongs to the requesting officer
     * (counted now), so retriers leave it alone until {@code retryAt}.
     */
    public void request(String nik, String officer, Instant now, Instant retryAt) {
        this.nik = nik;
        this.status = LookupStatus.PENDING;
        this.resultJson = null;
        this.errorKey = null;
        this.attempts = 1;
        this.nextAttemptAt = retryAt;
        this.requestedAt = now;
        this.completedAt = null;
        this.requestedBy = officer;
        this.decision = null;
        this.note = null;
        this.decidedBy = null;
        this.decidedAt = null;
    }

    /** A newer lookup of the same card replaces this one: its answer, if one still comes, is not kept. */
    public void supersede(Instant now) {
        this.supersededAt = now;
        this.nextAttemptAt = null;
    }

    public void decide(SiakDecision decision, String note, String officer, Instant now) {
        this.decision = decision;
        this.note = note;
        this.decidedBy = officer;
        this.decidedAt = now;
    }

    public UUID id() { return id; }
    public String branchCode() { return branchCode; }
    public UUID applicationId() { return applicationId; }
    public String nik() { return nik; }
    public String reference() { return reference; }
    public LookupStatus status() { return status; }
    public String resultJson() { return resultJson; }
    public String errorKey() { return errorKey; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant requestedAt() { return requestedAt; }
    public Instant completedAt() { return completedAt; }
    public String requestedBy() { return requestedBy; }
    public SiakDecision decision() { return decision; }
    public String note() { return note; }
    public String decidedBy() { return decidedBy; }
    public long version() { return version; }
    public Instant supersededAt() { return supersededAt; }
}
