package id.loket.base;

import id.loket.base.account.AppUser;
import id.loket.base.account.AppUserRepository;
import id.loket.base.account.Branch;
import id.loket.base.account.BranchRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts and branches: the admin's user management and each officer's own password and language. */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    static final int MIN_PASSWORD_LENGTH = 8;

    private final AppUserRepository users;
    private final BranchRepository branches;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;
    private final int maxFailedLogins;
    private final Duration lockout;
    /** The central office's own branch code when this server is the central; null on a branch server. */
    private final String centralBranch;
    private final id.loket.base.security.StampCache stamps;
    private final org.springframework.context.ApplicationEventPublisher events;

    AccountService(AppUserRepository users, BranchRepository branches, PasswordEncoder passwordEncoder,
                   AuditService audit, Clock clock, id.loket.base.security.StampCache stamps,
                   org.springframework.context.ApplicationEventPublisher events,
                   @Value("${loket.security.max-failed-logins:5}") int maxFailedLogins,
                   @Value("${loket.security.lockout-minutes:15}") int lockoutMinutes,
                   @Value("${loket.mode:branch}") String mode,
                   @Value("${loket.branch.code:PUSAT}") String ownBranch) {
        // ADR 007: on the central, the central office's own users read every branch (the replicated copies)
        this.centralBranch = "central".equalsIgnoreCase(mode.trim()) ? ownBranch : null;
        this.users = users;
        this.events = events;
        this.branches = branches;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.maxFailedLogins = maxFailedLogins;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
        this.stamps = stamps;
    }

    /** {@code version} is what the admin saw; {@link #updateUser} refuses the save when the account changed since. */
    public record UserRow(UUID id, String username, String fullName, String branchCode, Set<String> roles,
                          boolean enabled, boolean locked, long version) {
    }

    public record BranchRow(String code, String name, BranchTimeZone timeZone) {
    }

    public record UserForm(String username, String fullName, String branchCode, Set<String> roles,
                           boolean enabled) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserRow> listUsers() {
        Instant now = Instant.now(clock);
        return users.findAllByOrderByUsernameAsc().stream()
                .map(u -> new UserRow(u.id(), u.username(), u.fullName(), u.branchCode(),
                        new TreeSet<>(u.roles()), u.enabled(), u.isLockedAt(now), u.version()))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BranchRow> listBranches() {
        return branches.findAllByOrderByCodeAsc().stream()
                .map(b -> new BranchRow(b.code(), b.name(), b.timeZone())).toList();
    }

    /** A branch by code; public because the kiosk and the TV display run without a login. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<BranchRow> branch(String code) {
        return branches.findByCode(code).map(b -> new BranchRow(b.code(), b.name(), b.timeZone()));
    }

    /**
     * Adds a branch this server does not know yet (the central enrolling a branch, so its dashboards list it); a
     * known code is left as it is. In the caller's transaction, whose service checks who may do it.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void ensureBranch(String code, String name, BranchTimeZone timeZone) {
        if (branches.findByCode(code).isEmpty()) {
            branches.save(new Branch(code, name, timeZone, Instant.now(clock)));
            audit.record(code, "branch", code, "created", "name=" + name + ", zone=" + timeZone);
        }
    }

    /** Display names of staff, for showing who holds a card; no personal data beyond the name. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> staffNames() {
        return users.findAll().stream().collect(Collectors.toMap(AppUser::username, AppUser::fullName));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UUID createUser(UserForm form, String initialPassword) {
        String username = form.username() == null ? "" : form.username().trim().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw new BusinessException("account.error.username");
        }
        if (users.existsByUsername(username)) {
            throw new BusinessException("account.error.username-taken", username);
        }
        checkForm(form);
        checkPassword(initialPassword);
        AppUser user = new AppUser(username, form.fullName().trim(), form.branchCode(),
                passwordEncoder.encode(initialPassword), form.roles(), Instant.now(clock));
        users.save(user);
        audit.record(form.branchCode(), "user", username, "created", describe(form));
        return user.id();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void updateUser(UUID id, long expectedVersion, UserForm form) {
        AppUser user = users.findById(id).orElseThrow(() -> new BusinessException("account.error.not-found"));
        if (user.version() != expectedVersion) {
            throw new BusinessException("account.error.stale", user.username());
        }
        checkForm(form);
        if (user.username().equals(CurrentUser.actorName()) && (!form.enabled() || !form.roles().contains(Roles.ADMIN))) {
            throw new BusinessException("account.error.self-lockout");
        }
        boolean wasEnabled = user.enabled();
        user.update(form.fullName().trim(), form.branchCode(), form.roles(), form.enabled());
        stamps.forgetAfterCommit(user.username());
        audit.record(form.branchCode(), "user", user.username(), "updated", describe(form));
        if (wasEnabled && !form.enabled()) {
            events.publishEvent(new AccountDisabled(user.username(), form.branchCode())); // workflow releases his cards
        }
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(UUID id, String newPassword) {
        AppUser user = users.findById(id).orElseThrow(() -> new BusinessException("account.error.not-found"));
        checkPassword(newPassword);
        user.changePassword(passwordEncoder.encode(newPassword));
        stamps.forgetAfterCommit(user.username());
        audit.record(user.branchCode(), "user", user.username(), "password-reset", null);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = users.findByUsername(CurrentUser.actorName())
                .orElseThrow(() -> new BusinessException("account.error.not-found"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new BusinessException("account.error.current-password");
        }
        checkPassword(newPassword);
        user.changePassword(passwordEncoder.encode(newPassword));
        stamps.forgetAfterCommit(user.username());
        audit.record(user.branchCode(), "user", user.username(), "password-changed", null);
        // the new stamp ends the officer's other sessions (ADR 006); this one carries on with the new stamp
        LoketUser fresh = toLoketUser(user, Instant.now(clock));
        fresh.eraseCredentials();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        fresh, null, fresh.getAuthorities()));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setOwnLocale(String languageTag) {
        users.findByUsername(CurrentUser.actorName()).ifPresent(u -> u.preferLocale(languageTag));
    }

    /**
     * Called by the login listener, before anyone is signed in, and by the idle screen's password check. One
     * atomic update per failure (parallel failures all count); every failure and every lockout is audited.
     */
    @Transactional
    public void loginFailed(String username) {
        String name = username == null ? "" : username.length() > 60 ? username.substring(0, 60) : username;
        Optional<AppUser> user = users.findByUsername(name);
        String branch = user.map(AppUser::branchCode).orElse("*");
        if (user.isEmpty()) {
            audit.record(branch, "login", name, "failed", "unknown user");
            return;
        }
        users.countFailedLogin(name, maxFailedLogins, Instant.now(clock).plus(lockout));
        // our update holds the row lock until commit: this read sees exactly our count
        int failures = users.failedLogins(name).orElse(0);
        audit.record(branch, "login", name, "failed", "failures in a row=" + failures);
        if (failures % maxFailedLogins == 0) {
            stamps.forgetAfterCommit(name);
            audit.record(branch, "login", name, "locked", "until " + Instant.now(clock).plus(lockout));
        }
    }

    @Transactional
    public void loginSucceeded(String username) {
        users.findByUsername(username).ifPresent(u -> {
            users.resetFailedLogins(username);
            audit.record(u.branchCode(), "login", username, "succeeded", null);
        });
    }

    /** The account's security stamp now; sessions compare theirs with it (ADR 006). Empty: the account is gone. */
    @Transactional(readOnly = true)
    public Optional<Long> securityStamp(String username) {
        return users.securityStamp(username);
    }

    /**
     * The idle screen asks the signed-in officer for his password again: true when it is right. A wrong one
     * counts as a failed login, so the dialog cannot be used to guess.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean confirmOwnPassword(String password) {
        String username = CurrentUser.actorName();
        boolean right = password != null && users.findByUsername(username)
                .filter(u -> u.enabled() && !u.isLockedAt(Instant.now(clock)))
                .map(u -> passwordEncoder.matches(password, u.passwordHash())).orElse(false);
        if (!right) {
            loginFailed(username);
        }
        return right;
    }

    @Transactional(readOnly = true)
    public Optional<LoketUser> loadForLogin(String username) {
        Instant now = Instant.now(clock);
        return users.findByUsername(username).map(u -> toLoketUser(u, now));
    }

    private LoketUser toLoketUser(AppUser u, Instant now) {
        BranchTimeZone zone = branches.findByCode(u.branchCode()).map(Branch::timeZone).orElse(BranchTimeZone.WIB);
        var authorities = u.roles().stream()
                .map(r -> new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        return new LoketUser(u.id(), u.username(), u.passwordHash(), u.enabled(), !u.isLockedAt(now),
                authorities, u.fullName(), u.branchCode(), zone, u.securityStamp(),
                centralBranch != null && centralBranch.equals(u.branchCode()));
    }

    @Transactional(readOnly = true)
    public Optional<String> preferredLocale(String username) {
        return users.findByUsername(username).map(AppUser::locale);
    }

    private void checkForm(UserForm form) {
        if (form.fullName() == null || form.fullName().isBlank() || form.fullName().trim().length() > 120) {
            throw new BusinessException("account.error.full-name");
        }
        if (form.branchCode() == null || branches.findByCode(form.branchCode()).isEmpty()) {
            throw new BusinessException("account.error.branch");
        }
        if (form.roles() == null || form.roles().isEmpty() || !Roles.ALL.containsAll(form.roles())) {
            throw new BusinessException("account.error.roles");
        }
    }

    private void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 72) {
            throw new BusinessException("account.error.password", MIN_PASSWORD_LENGTH);
        }
    }

    private static String describe(UserForm form) {
        return "name=" + form.fullName() + ", branch=" + form.branchCode() + ", roles=" + new TreeSet<>(form.roles())
                + ", enabled=" + form.enabled();
    }
}
