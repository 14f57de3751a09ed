package id.loket.sync.internal.central;

import id.loket.base.AccountService;
import id.loket.base.AuditService;
import id.loket.base.BranchTimeZone;
import id.loket.base.BusinessException;
import id.loket.sync.BranchDeliveries;
import id.loket.sync.internal.BranchCredentials;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The central admin's enrollment of branches (issue 14): a branch code gets a random key, shown once and stored as
 * its SHA-256; re-issuing replaces it (the old key stops working at once), revoking refuses the branch until a new
 * key is issued. Every change is audited. The enrolled branch is also a {@code base} branch, so the dashboards list it.
 */
@Service
@CentralMode
public class EnrollmentService implements BranchCredentials, BranchDeliveries {

    /** As a branch code elsewhere: at most 16 capital letters and digits (never "*", the root tenant). */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,16}");

    public record EnrolledBranch(String code, String name, BranchTimeZone timeZone, Instant enrolledAt,
                                 Instant keyIssuedAt, Instant revokedAt, Instant lastDeliveryAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A key as issued: shown to the admin once, never stored or shown again. */
    public record IssuedKey(String branchCode, String key) {
    }

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final AuditService audit;
    private final Clock clock;

    EnrollmentService(JdbcTemplate jdbc, AccountService accounts, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN','HEAD_OF_OFFICE')")
    public List<EnrolledBranch> list() {
        return jdbc.query("""
                SELECT code, name, time_zone, enrolled_at, key_issued_at, revoked_at, last_delivery_at
                  FROM sync_branch ORDER BY code""", (rs, i) -> new EnrolledBranch(rs.getString("code"),
                rs.getString("name"), BranchTimeZone.valueOf(rs.getString("time_zone")), instant(rs, "enrolled_at"),
                instant(rs, "key_issued_at"), instant(rs, "revoked_at"), instant(rs, "last_delivery_at")));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedKey enroll(String code, String name, BranchTimeZone timeZone) {
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        String n = name == null ? "" : name.trim();
        if (!CODE.matcher(c).matches()) {
            throw new BusinessException("sync.error.code");
        }
        if (n.isEmpty() || n.length() > 120) {
            throw new BusinessException("sync.error.name");
        }
        if (timeZone == null) {
            throw new BusinessException("sync.error.zone");
        }
        if (exists(c)) {
            throw new BusinessException("sync.error.enrolled", c);
        }
        String key = BranchKeys.newKey();
        insert(c, n, timeZone, BranchKeys.hash(key));
        audit.record(c, "sync-branch", c, "enrolled", "name=" + n + ", zone=" + timeZone);
        return new IssuedKey(c, key);
    }

    /** A new key; the old one stops working at once (also ends a revocation). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public IssuedKey reissue(String code) {
        requireEnrolled(code);
        String key = BranchKeys.newKey();
        jdbc.update("UPDATE sync_branch SET key_hash = ?, key_issued_at = ?, revoked_at = NULL WHERE code = ?",
                BranchKeys.hash(key), now(), code);
        audit.record(code, "sync-branch", code, "key-reissued", null);
        return new IssuedKey(code, key);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(String code) {
        requireEnrolled(code);
        jdbc.update("UPDATE sync_branch SET key_hash = NULL, revoked_at = ? WHERE code = ?", now(), code);
        audit.record(code, "sync-branch", code, "revoked", null);
    }

    /**
     * Demo only (no signed-in user): enrolls a branch with a key from configuration, or sets that key when the branch
     * is enrolled already, so the demo's branches deliver without an admin's step.
     */
    @Transactional
    public void enrollWithKey(String code, String name, BranchTimeZone timeZone, String key) {
        if (exists(code)) {
            jdbc.update("UPDATE sync_branch SET key_hash = ?, revoked_at = NULL WHERE code = ?", BranchKeys.hash(key),
                    code);
        } else {
            insert(code, name, timeZone, BranchKeys.hash(key));
        }
        audit.record(code, "sync-branch", code, "enrolled", "demo key from configuration");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> authenticate(String branchCode, String key) {
        if (branchCode == null || key == null || !CODE.matcher(branchCode).matches()) {
            return Optional.empty();
        }
        List<String> hashes = jdbc.queryForList(
                "SELECT key_hash FROM sync_branch WHERE code = ? AND revoked_at IS NULL AND key_hash IS NOT NULL",
                String.class, branchCode);
        return hashes.size() == 1 && BranchKeys.matches(key, hashes.getFirst()) ? Optional.of(branchCode)
                : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Instant> lastDeliveries() {
        Map<String, Instant> result = new LinkedHashMap<>();
        jdbc.query("SELECT code, last_delivery_at FROM sync_branch WHERE revoked_at IS NULL ORDER BY code",
                rs -> {
                    result.put(rs.getString("code"), instant(rs, "last_delivery_at"));
                });
        return result;
    }

    /** Whether the branch is enrolled and not revoked; locks its row for the rest of the delivery's transaction. */
    boolean lockActive(String code) {
        return !jdbc.queryForList("SELECT code FROM sync_branch WHERE code = ? AND revoked_at IS NULL FOR UPDATE",
                String.class, code).isEmpty();
    }

    void delivered(String code) {
        jdbc.update("UPDATE sync_branch SET last_delivery_at = ? WHERE code = ?", now(), code);
    }

    private void insert(String code, String name, BranchTimeZone zone, String hash) {
        LocalDateTime now = now();
        jdbc.update("""
                INSERT INTO sync_branch (code, name, time_zone, key_hash, key_issued_at, enrolled_at)
                VALUES (?, ?, ?, ?, ?, ?)""", code, name, zone.name(), hash, now, now);
        accounts.ensureBranch(code, name, zone);
    }

    private boolean exists(String code) {
        return !jdbc.queryForList("SELECT code FROM sync_branch WHERE code = ?", String.class, code).isEmpty();
    }

    private void requireEnrolled(String code) {
        if (code == null || !exists(code)) {
            throw new BusinessException("sync.error.not-enrolled", code);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

}
