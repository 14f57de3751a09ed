package id.loket.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
@Table(name = "service_step")
public class ServiceStep {

    @Id
    private UUID id;
    @Column(name = "service_code")
    private String serviceCode;
    private int seq;
    private String code;
    @Column(name = "name_id")
    private String nameId;
    @Column(name = "name_en")
    private String nameEn;
    private String role;
    @Column(name = "standard_minutes")
    private int standardMinutes;
    @Column(name = "wip_limit")
    private int wipLimit;
    @Column(name = "on_board")
    private boolean onBoard;
    @Column(name = "guard_code")
    private String guardCode;
    @Version
    private long version;

    protected ServiceStep() {
    }

    public String serviceCode() { return serviceCode; }
    public int seq() { return seq; }
    public String code() { return code; }
    public String nameId() { return nameId; }
    public String nameEn() { return nameEn; }
    public String role() { return role; }
    public int standardMinutes() { return standardMinutes; }
    public int wipLimit() { return wipLimit; }
    public boolean onBoard() { return onBoard; }
    public String guardCode() { return guardCode; }
    public long version() { return version; }

    public void change(String nameId, String nameEn, int standardMinutes, int wipLimit, String guardCode) {
        this.nameId = nameId;
        this.nameEn = nameEn;
        this.standardMinutes = standardMinutes;
        this.wipLimit = wipLimit;
        this.guardCode = guardCode;
    }
}
