package id.loket.population.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "family")
public class Family {

    public static final String DRAFT = "DRAFT";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String APPROVED = "APPROVED";

    @Id
    private UUID id;
    @org.hibernate.annotations.TenantId // branch isolation, ADR 007
    @Column(name = "branch_code")
    private String branchCode;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "kk_number")
    private String kkNumber;
    private String address;
    private String rt;
    private String rw;
    @Column(name = "village_code")
    private String villageCode;
    @Column(name = "postal_code")
    private String postalCode;
    private String status;
    @Column(name = "baseline_source")
    private String baselineSource;
    @Column(name = "baseline_json", columnDefinition = "MEDIUMTEXT")
    private String baselineJson;
    @Column(name = "draft_json", columnDefinition = "MEDIUMTEXT")
    private String draftJson;
    @Column(name = "siak_note")
    private String siakNote;
    @Column(name = "issued_kk_number")
    private String issuedKkNumber;
    @Column(name = "baseline_at")
    private Instant baselineAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;

    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("seq")
    private List<FamilyMember> members = new ArrayList<>();

    protected Family() {
    }

    public Family(String branchCode, UUID applicationId, String baselineSource, String baselineJson, Instant now,
                  String officer) {
        this.id = UUID.randomUUID();
        this.branchCode = branchCode;
        this.applicationId = applicationId;
        this.baselineSource = baselineSource;
        this.baselineJson = baselineJson;
        this.status = DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = officer;
    }

    public UUID id() { return id; }
    public String branchCode() { return branchCode; }
    public UUID applicationId() { return applicationId; }
    public String kkNumber() { return kkNumber; }
    public String address() { return address; }
    public String rt() { return rt; }
    public String rw() { return rw; }
    public String villageCode() { return villageCode; }
    public String postalCode() { return postalCode; }
    public String status() { return status; }
    public String baselineSource() { return baselineSource; }
    public String baselineJson() { return baselineJson; }
    public long version() { return version; }
    public String draftJson() { return draftJson; }
    public String siakNote() { return siakNote; }
    public String issuedKkNumber() { return issuedKkNumber; }
    public Instant baselineAt() { return baselineAt; }
    public List<FamilyMember> members() { return members; }

    public void header(String kkNumber, String address, String rt, String rw, String villageCode, String postalCode,
                       Instant now, String officer) {
        this.kkNumber = kkNumber;
        this.address = address;
        this.rt = rt;
        this.rw = rw;
        this.villageCode = villageCode;
        this.postalCode = postalCode;
        this.updatedAt = now;
        this.updatedBy = officer;
    }

    public void replaceMembers(List<FamilyMember> newMembers) {
        members.clear();
        members.addAll(newMembers);
    }

    /** A new family's KK number, given when its first KK is signed (kk_number keeps the old KK's, if any). */
    public void issuedKkNumber(String number) {
        this.issuedKkNumber = number;
    }

    /** The form as the operator last left it, valid or not: a draft always saves. */
    public void draft(String json, Instant now, String officer) {
        this.draftJson = json;
        this.updatedAt = now;
        this.updatedBy = officer;
    }

    /** What step 3 completed with: refreshed each time step 3 is done again. */
    public void baseline(String source, String json, String note, Instant at) {
        this.baselineSource = source;
        this.baselineJson = json;
        this.siakNote = note;
        this.baselineAt = at;
    }

    public void status(String status) {
        this.status = status;
    }
}
