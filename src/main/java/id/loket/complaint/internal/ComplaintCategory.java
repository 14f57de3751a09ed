package id.loket.complaint.internal;

import id.loket.complaint.Division;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** Reference data: a complaint category, the division it usually goes to, and its SLA targets in working hours. */
@Entity
@Table(name = "complaint_category")
public class ComplaintCategory {

    @Id
    private UUID id;
    @Column(name = "branch_code")
    private String branchCode;
    private String code;
    @Column(name = "name_id")
    private String nameId;
    @Column(name = "name_en")
    private String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_division")
    private Division suggestedDivision;
    @Column(name = "follow_up_hours")
    private int followUpHours;
    @Column(name = "resolution_hours")
    private int resolutionHours;
    private boolean active;
    @Version
    private long version;

    protected ComplaintCategory() {
    }

    public String code() {
        return code;
    }

    public String nameId() {
        return nameId;
    }

    public String nameEn() {
        return nameEn;
    }

    public Division suggestedDivision() {
        return suggestedDivision;
    }

    public int followUpHours() {
        return followUpHours;
    }

    public int resolutionHours() {
        return resolutionHours;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    public void changeTargets(int followUpHours, int resolutionHours) {
        this.followUpHours = followUpHours;
        this.resolutionHours = resolutionHours;
    }
}
