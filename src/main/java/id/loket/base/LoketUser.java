package id.loket.base;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in officer: who, which branch, which roles. */
public class LoketUser extends User {

    private final UUID id;
    private final String fullName;
    private final String branchCode;
    private final BranchTimeZone timeZone;
    private final long securityStamp;
    private final boolean readsAllBranches;

    public LoketUser(UUID id, String username, String passwordHash, boolean enabled, boolean nonLocked,
                     Collection<? extends GrantedAuthority> authorities, String fullName, String branchCode,
                     BranchTimeZone timeZone, long securityStamp) {
        this(id, username, passwordHash, enabled, nonLocked, authorities, fullName, branchCode, timeZone, securityStamp,
                false);
    }

    /** @param readsAllBranches a user of the central office, who reads the records of every branch (ADR 007) */
    public LoketUser(UUID id, String username, String passwordHash, boolean enabled, boolean nonLocked,
                     Collection<? extends GrantedAuthority> authorities, String fullName, String branchCode,
                     BranchTimeZone timeZone, long securityStamp, boolean readsAllBranches) {
        super(username, passwordHash, enabled, true, true, nonLocked, authorities);
        this.id = id;
        this.fullName = fullName;
        this.branchCode = branchCode;
        this.timeZone = timeZone;
        this.securityStamp = securityStamp;
        this.readsAllBranches = readsAllBranches;
    }

    /**
     * A user of the central server's own office ({@code loket.mode=central}): reads every branch's records, which
     * the central holds as replicated copies. Never true on a branch server (ADR 007).
     */
    public boolean readsAllBranches() {
        return readsAllBranches;
    }

    /** Whether this user may read a record of the branch: his own, or any for a central user. */
    public boolean mayRead(String recordBranch) {
        return readsAllBranches || branchCode.equals(recordBranch);
    }

    /** The account's security stamp when this copy was read (ADR 006). */
    public long securityStamp() {
        return securityStamp;
    }

    public UUID id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public String branchCode() {
        return branchCode;
    }

    public BranchTimeZone timeZone() {
        return timeZone;
    }

    /** Role names without the ROLE_ prefix. */
    public Set<String> roles() {
        return getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet());
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }
}
