package id.loket.document.internal;

import id.loket.sync.Replicated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One issued KK (db/changelog/document); its signed bytes are a {@link KkDocumentPdf}, written once. */
@Entity
@Table(name = "kk_document")
@Replicated(type = "kk_document", aggregate = "application_id") // upstream to the central, issue 14
public class KkDocument {

    public static final String CURRENT = "CURRENT";
    public static final String SUPERSEDED = "SUPERSEDED";
    public static final String WITHDRAWN = "WITHDRAWN";

    @Id
    private UUID id;
    @org.hibernate.annotations.TenantId // branch isolation, ADR 007
    @Column(name = "branch_code")
    private String branchCode;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "kk_number")
    private String kkNumber;
    @Column(name = "head_name")
    private String headName;
    @Column(name = "member_count")
    private int memberCount;
    @Column(name = "issue_date")
    private LocalDate issueDate;
    @Column(name = "office_name")
    private String officeName;
    private String status;
    @Column(name = "superseded_by")
    private UUID supersededBy;
    @Column(name = "status_changed_at")
    private Instant statusChangedAt;
    @Column(name = "check_code")
    private String checkCode;
    private String sha256;
    @Column(name = "verification_url")
    private String verificationUrl;
    @Column(name = "pdf_size")
    private int pdfSize;
    private int pages;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "signer_name")
    private String signerName;
    @Column(name = "certificate_subject")
    private String certificateSubject;
    @Column(name = "development_certificate")
    private boolean developmentCertificate;
    @Column(name = "print_count")
    private int printCount;
    @Column(name = "handed_over_to")
    private String handedOverTo;
    @Column(name = "handed_over_id_number")
    private String handedOverIdNumber;
    @Column(name = "handed_over_at")
    private Instant handedOverAt;
    @Column(name = "handed_over_by")
    private String handedOverBy;
    @Version
    private long version;

    protected KkDocument() {
    }

    public KkDocument(UUID id, String branchCode, UUID applicationId, String kkNumber, String headName, int memberCount,
                      LocalDate issueDate, String officeName, String checkCode, String verificationUrl, int pdfSize,
                      String sha256, int pages,
                      Instant signedAt, String signedBy, String signerName, String certificateSubject,
                      boolean developmentCertificate) {
        this.id = id;
        this.branchCode = branchCode;
        this.applicationId = applicationId;
        this.kkNumber = kkNumber;
        this.headName = headName;
        this.memberCount = memberCount;
        this.issueDate = issueDate;
        this.officeName = officeName;
        this.status = CURRENT;
        this.checkCode = checkCode;
        this.verificationUrl = verificationUrl;
        this.pdfSize = pdfSize;
        this.sha256 = sha256;
        this.pages = pages;
        this.signedAt = signedAt;
        this.signedBy = signedBy;
        this.signerName = signerName;
        this.certificateSubject = certificateSubject;
        this.developmentCertificate = developmentCertificate;
    }

    public void supersede(UUID newer, Instant at) {
        status = SUPERSEDED;
        supersededBy = newer;
        statusChangedAt = at;
    }

    public void withdraw(Instant at) {
        status = WITHDRAWN;
        statusChangedAt = at;
    }

    /** The newer KK that replaced this one was withdrawn: this one is in force again. */
    public void reinstate(Instant at) {
        status = CURRENT;
        supersededBy = null;
        statusChangedAt = at;
    }

    public void printed() {
        printCount++;
    }

    public void handOver(String to, String idNumber, Instant at, String by) {
        handedOverTo = to;
        handedOverIdNumber = idNumber;
        handedOverAt = at;
        handedOverBy = by;
    }

    public UUID id() { return id; }
    public String branchCode() { return branchCode; }
    public UUID applicationId() { return applicationId; }
    public String kkNumber() { return kkNumber; }
    public String headName() { return headName; }
    public int memberCount() { return memberCount; }
    public LocalDate issueDate() { return issueDate; }
    public String officeName() { return officeName; }
    public String status() { return status; }
    public UUID supersededBy() { return supersededBy; }
    public Instant statusChangedAt() { return statusChangedAt; }
    public String checkCode() { return checkCode; }
    public String sha256() { return sha256; }
    public String verificationUrl() { return verificationUrl; }
    public int pdfSize() { return pdfSize; }
    public int pages() { return pages; }
    public Instant signedAt() { return signedAt; }
    public String signedBy() { return signedBy; }
    public String signerName() { return signerName; }
    public String certificateSubject() { return certificateSubject; }
    public boolean developmentCertificate() { return developmentCertificate; }
    public int printCount() { return printCount; }
    public String handedOverTo() { return handedOverTo; }
    public String handedOverIdNumber() { return handedOverIdNumber; }
    public Instant handedOverAt() { return handedOverAt; }
    public String handedOverBy() { return handedOverBy; }
    public long version() { return version; }
}
