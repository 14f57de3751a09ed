package id.loket.complaint.internal;

import id.loket.base.BusinessException;
import id.loket.complaint.ComplaintChannel;
import id.loket.complaint.ComplaintStatus;
import id.loket.complaint.Division;
import id.loket.sync.Replicated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One complaint and its routing rules. Each transition checks the current status and returns the status it
 * left, so the service can write the timeline row; a broken rule throws before anything changes.
 */
@Entity
@Table(name = "complaint")
@Replicated(type = "complaint", aggregate = "id") // upstream to the central, issue 14
public class Complaint {

    @Id
    private UUID id;
    @org.hibernate.annotations.TenantId // branch isolation, ADR 007
    @Column(name = "branch_code")
    private String branchCode;
    private String number;
    @Enumerated(EnumType.STRING)
    private ComplaintChannel channel;
    private boolean anonymous;
    @Column(name = "complainant_name")
    private String complainantName;
    private String phone;
    private String nik;
    @Column(name = "category_code")
    private String categoryCode;
    @Column(columnDefinition = "TEXT")
    private String description;
    @Column(name = "kk_registration_number")
    private String kkRegistrationNumber;
    @Column(name = "lapor_tracking_id")
    private String laporTrackingId;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    @Enumerated(EnumType.STRING)
    private Division division;
    /** Divisions that have held it (comma separated), so a former holder still finds it, with contacts masked. */
    @Column(name = "past_divisions")
    private String pastDivisions;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "disposed_at")
    private Instant disposedAt;
    @Column(name = "first_follow_up_at")
    private Instant firstFollowUpAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(columnDefinition = "TEXT")
    private String answer;
    @Version
    private long version;

    protected Complaint() {
    }

    public Complaint(String branchCode, String number, ComplaintChannel channel, boolean anonymous,
                     String complainantName, String phone, String nik, String categoryCode, String description,
                     String kkRegistrationNumber, String laporTrackingId, Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.branchCode = branchCode;
        this.number = number;
        this.channel = channel;
        this.anonymous = anonymous;
        this.complainantName = complainantName;
        this.phone = phone;
        this.nik = nik;
        this.categoryCode = categoryCode;
        this.description = description;
        this.kkRegistrationNumber = kkRegistrationNumber;
        this.laporTrackingId = laporTrackingId;
        this.status = ComplaintStatus.NEW;
        this.pastDivisions = "";
        this.receivedAt = receivedAt;
    }

    private void require(Set<ComplaintStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new BusinessException("complaint.error.transition");
        }
    }

    private void holdBy(Division target) {
        division = target;
        Set<String> past = pastDivisionNames();
        past.add(target.name());
        pastDivisions = String.join(",", past);
    }

    private Set<String> pastDivisionNames() {
        return Arrays.stream(pastDivisions.split(",")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private void followedUp(Instant now) {
        if (firstFollowUpAt == null) {
            firstFollowUpAt = now;
        }
    }

    /** The secretariat's first routing. */
    public void assign(Division target, Instant now) {
        require(EnumSet.of(ComplaintStatus.NEW));
        if (!Division.ROUTABLE.contains(target)) {
            throw new BusinessException("complaint.error.division");
        }
        holdBy(target);
        disposedAt = now;
        status = ComplaintStatus.ASSIGNED;
    }

    public void reassign(Division target) {
        require(EnumSet.of(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING_CITIZEN));
        if (!Division.ROUTABLE.contains(target) || target == division) {
            throw new BusinessException("complaint.error.division");
        }
        holdBy(target);
        status = ComplaintStatus.ASSIGNED;
    }

    /** The holder records what he did; the first one starts the work (and meets the follow-up target). */
    public ComplaintStatus followUp(Instant now) {
        require(EnumSet.of(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS, ComplaintStatus.ESCALATED));
        followedUp(now);
        if (status == ComplaintStatus.ASSIGNED) {
            status = ComplaintStatus.IN_PROGRESS;
        }
        return status;
    }

    public void waitForCitizen(Instant now) {
        require(EnumSet.of(ComplaintStatus.IN_PROGRESS));
        followedUp(now);
        status = ComplaintStatus.WAITING_CITIZEN;
    }

    public void citizenAnswered() {
        require(EnumSet.of(ComplaintStatus.WAITING_CITIZEN));
        status = ComplaintStatus.IN_PROGRESS;
    }

    public void escalate(Instant now) {
        require(EnumSet.of(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS));
        followedUp(now);
        holdBy(Division.KEPALA_DINAS);
        status = ComplaintStatus.ESCALATED;
    }

    /** A division solves what it can; once escalated only the Kepala Dinas decides. */
    public void resolve(String answerToCitizen, Instant now) {
        if (division == Division.KEPALA_DINAS) {
            require(EnumSet.of(ComplaintStatus.ESCALATED));
        } else {
            require(EnumSet.of(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS));
        }
        followedUp(now);
        answer = answerToCitizen;
        resolvedAt = now;
        status = ComplaintStatus.RESOLVED;
    }

    /** Back to whoever resolved it; the resolution clock runs again from receipt (the old answer stays visible). */
    public void reopen() {
        require(EnumSet.of(ComplaintStatus.RESOLVED));
        resolvedAt = null;
        status = division == Division.KEPALA_DINAS ? ComplaintStatus.ESCALATED : ComplaintStatus.IN_PROGRESS;
    }

    public boolean heldOrOnceHeldBy(Division d) {
        return d == division || pastDivisionNames().contains(d.name());
    }

    public UUID id() {
        return id;
    }

    public String branchCode() {
        return branchCode;
    }

    public String number() {
        return number;
    }

    public ComplaintChannel channel() {
        return channel;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public String complainantName() {
        return complainantName;
    }

    public String phone() {
        return phone;
    }

    public String nik() {
        return nik;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String description() {
        return description;
    }

    public String kkRegistrationNumber() {
        return kkRegistrationNumber;
    }

    public String laporTrackingId() {
        return laporTrackingId;
    }

    public ComplaintStatus status() {
        return status;
    }

    public Division division() {
        return division;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant disposedAt() {
        return disposedAt;
    }

    public Instant firstFollowUpAt() {
        return firstFollowUpAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String answer() {
        return answer;
    }

    public long version() {
        return version;
    }
}
