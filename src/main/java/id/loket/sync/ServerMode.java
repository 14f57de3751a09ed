package id.loket.sync;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What this server is, for features that act differently on the central ({@code loket.mode}) or on a branch enrolled
 * with a central ({@code loket.sync.central-url} set).
 */
@Component
public class ServerMode {

    private final LoketMode mode;
    private final boolean centralConfigured;
    private final String branchCode;

    ServerMode(LoketMode mode, @Value("${loket.sync.central-url:}") String centralUrl,
               @Value("${loket.branch.code:PUSAT}") String branchCode) {
        this.mode = mode;
        this.centralConfigured = centralUrl != null && !centralUrl.isBlank();
        this.branchCode = branchCode;
    }

    public LoketMode mode() {
        return mode;
    }

    public boolean central() {
        return mode == LoketMode.CENTRAL;
    }

    /** A branch that has a central to talk to: it takes KK serials from the central's blocks, pulls the way back. */
    public boolean enrolledBranch() {
        return mode == LoketMode.BRANCH && centralConfigured;
    }

    /** This server's own office ({@code loket.branch.code}). */
    public String branchCode() {
        return branchCode;
    }
}
