package id.loket.base.account;

import id.loket.base.BranchTimeZone;
import id.loket.base.Roles;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start of a server: its own branch (from configuration) and, when no account exists yet, an admin
 * whose password comes from {@code loket.bootstrap.admin-password} or is generated and logged once.
 */
@Component
@Order(0)
public class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AppUserRepository users;
    private final BranchRepository branches;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String branchCode;
    private final String branchName;
    private final BranchTimeZone branchZone;
    private final String adminPassword;
    private final boolean demo;

    AccountBootstrap(AppUserRepository users, BranchRepository branches, PasswordEncoder passwordEncoder, Clock clock,
                     @Value("${loket.branch.code:PUSAT}") String branchCode,
                     @Value("${loket.branch.name:Dinas Kependudukan dan Pencatatan Sipil}") String branchName,
                     @Value("${loket.branch.time-zone:WIB}") BranchTimeZone branchZone,
                     @Value("${loket.bootstrap.admin-password:}") String adminPassword,
                     @Value("${loket.demo.enabled:false}") boolean demo) {
        this.users = users;
        this.branches = branches;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.branchCode = branchCode;
        this.branchName = branchName;
        this.branchZone = branchZone;
        this.adminPassword = adminPassword;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        ensureBranch(branchCode, branchName, branchZone);
        if (users.count() == 0 && !demo) { // the demo profile brings its own admin
            String password = adminPassword.isBlank() ? generated() : adminPassword;
            ensureUser("admin", "Administrator", branchCode, Set.of(Roles.ADMIN), password);
            if (adminPassword.isBlank()) {
                log.warn("Created the first account 'admin' with password {} - change it after signing in.", password);
            }
        }
    }

    public void ensureBranch(String code, String name, BranchTimeZone zone) {
        if (branches.findByCode(code).isEmpty()) {
            branches.save(new Branch(code, name, zone, Instant.now(clock)));
        }
    }

    public void ensureUser(String username, String fullName, String branch, Set<String> roles, String password) {
        if (!users.existsByUsername(username)) {
            users.save(new AppUser(username, fullName, branch, passwordEncoder.encode(password), roles,
                    Instant.now(clock)));
        }
    }

    private static String generated() {
        byte[] bytes = new byte[9];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
