package id.loket.base.account;

import id.loket.base.BranchTimeZone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An office (the central Dinas or a branch) running its own Loket server. */
@Entity
@Table(name = "branch")
public class Branch {

    @Id
    private UUID id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "time_zone")
    private BranchTimeZone timeZone;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Branch() {
    }

    public Branch(String code, String name, BranchTimeZone timeZone, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.timeZone = timeZone;
        this.createdAt = createdAt;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public BranchTimeZone timeZone() {
        return timeZone;
    }
}
