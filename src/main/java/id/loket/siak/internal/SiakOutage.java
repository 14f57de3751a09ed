package id.loket.siak.internal;

import id.loket.sync.Replicated;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One period during which SIAK's circuit breaker was open (see db/changelog/siak/030-outage.sql). */
@Entity
@Table(name = "siak_outage")
@Replicated(type = "siak_outage", aggregate = "id") // upstream to the central, issue 14
public class SiakOutage {

    @Id
    private UUID id;
    @Column(name = "branch_code")
    private String branchCode;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;

    protected SiakOutage() {
    }

    SiakOutage(String branchCode, Instant startedAt) {
        this.id = UUID.randomUUID();
        this.branchCode = branchCode;
        this.startedAt = startedAt;
    }

    public UUID id() { return id; }
    public String branchCode() { return branchCode; }
    public Instant startedAt() { return startedAt; }
    public Instant endedAt() { return endedAt; }

    void end(Instant at) {
        this.endedAt = at;
    }
}
