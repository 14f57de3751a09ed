package id.loket.base.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A staff account: one branch, one or more roles, a BCrypt password, and the lockout counters. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    private UUID id;
    @Column(name = "branch_code")
    private String branchCode;
    private String username;
    @Column(name = "full_name")
    private String fullName;
    @Column(name = "password_hash")
    private String passwordHash;
    private boolean enabled;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    private String locale;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;
    /** Bumped by every change open sessions must follow (ADR 006); not a lock, so logins never make an edit stale. */
    @Column(name = "security_stamp")
    private long securityStamp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    protected AppUser() {
    }

    public AppUser(String username, String fullName, String branchCode, String passwordHash, Set<String> roles,
                   Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.fullName = fullName;
        this.branchCode = branchCode;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String branchCode() {
        return branchCode;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public String locale() {
        return locale;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public long version() {
        return version;
    }

    public long securityStamp() {
        return securityStamp;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void update(String fullName, String branchCode, Set<String> roles, boolean enabled) {
        if (!branchCode.equals(this.branchCode) || !this.roles.equals(roles) || enabled != this.enabled) {
            securityStamp++;
        }
        this.fullName = fullName;
        this.branchCode = branchCode;
        this.roles.clear();
        this.roles.addAll(roles);
        this.enabled = enabled;
    }

    public void changePassword(String passwordHash) {
        securityStamp++;
        this.passwordHash = passwordHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public void preferLocale(String locale) {
        this.locale = locale;
    }
}
