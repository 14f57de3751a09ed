package id.loket.queue.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How many front-office counters a branch opens: the booking capacity of its slots derives from it. */
@Entity
@Table(name = "queue_branch_counters")
public class BranchCounters {

    @Id
    @Column(name = "branch_code")
    private String branchCode;
    @Column(name = "counters_open")
    private int countersOpen;
    @Version
    private long version;

    protected BranchCounters() {
    }

    public BranchCounters(String branchCode, int countersOpen) {
        this.branchCode = branchCode;
        this.countersOpen = countersOpen;
    }

    public String branchCode() { return branchCode; }
    public int countersOpen() { return countersOpen; }
    public long version() { return version; }

    public void change(int countersOpen) {
        this.countersOpen = countersOpen;
    }
}
