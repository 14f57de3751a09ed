package id.loket.base.demo;

import id.loket.base.BranchTimeZone;
import id.loket.base.Roles;
import id.loket.base.account.AccountBootstrap;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo profile only: a branch office and one officer per role (password {@value #PASSWORD}), see README. */
@Component
@Order(1)
@ConditionalOnProperty(name = "loket.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "loket123";

    record DemoUser(String username, String fullName, String branch, Set<String> roles) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("fo", "Siti Rahmawati", "PUSAT", Set.of(Roles.FRONT_OFFICE)),
            new DemoUser("fo2", "Andi Saputra", "PUSAT", Set.of(Roles.FRONT_OFFICE)),
            new DemoUser("loket", "Budi Santoso", "PUSAT", Set.of(Roles.COUNTER)),
            new DemoUser("loket2", "Wulan Anggraini", "PUSAT", Set.of(Roles.COUNTER)),
            new DemoUser("operator", "Dewi Lestari", "PUSAT", Set.of(Roles.OPERATOR)),
            new DemoUser("kasi", "Agus Setiawan", "PUSAT", Set.of(Roles.VERIFIER)),
            new DemoUser("tte", "Rina Marlina", "PUSAT", Set.of(Roles.SIGNER)),
            new DemoUser("ambil", "Joko Prasetyo", "PUSAT", Set.of(Roles.PICKUP)),
            new DemoUser("aduan", "Nur Aini", "PUSAT", Set.of(Roles.COMPLAINT_DESK)),
            new DemoUser("sekretaris", "Hendra Gunawan", "PUSAT", Set.of(Roles.SECRETARY)),
            new DemoUser("kabid.dafduk", "Yusuf Hidayat", "PUSAT", Set.of(Roles.HEAD_DAFDUK)),
            new DemoUser("kabid.capil", "Maya Sari", "PUSAT", Set.of(Roles.HEAD_CAPIL)),
            new DemoUser("kadis", "Bambang Wijaya", "PUSAT", Set.of(Roles.HEAD_OF_OFFICE)),
            new DemoUser("admin", "Administrator", "PUSAT", Set.of(Roles.ADMIN)),
            new DemoUser("cabang.fo", "Ketut Ayu", "CIBINONG", Set.of(Roles.FRONT_OFFICE, Roles.COUNTER)));

    /** A central's demo (issue 14): only the central office's own accounts, no officers of a branch. */
    static final Set<String> CENTRAL_USERS = Set.of("sekretaris", "kabid.dafduk", "kabid.capil", "kadis", "admin");

    private final AccountBootstrap bootstrap;
    private final boolean central;
    private final boolean alone;
    private final String ownBranch;

    DemoAccounts(AccountBootstrap bootstrap,
                 @org.springframework.beans.factory.annotation.Value("${loket.mode:branch}") String mode,
                 @org.springframework.beans.factory.annotation.Value("${loket.branch.code:PUSAT}") String ownBranch,
                 @org.springframework.beans.factory.annotation.Value("${loket.sync.central-url:}") String centralUrl) {
        this.bootstrap = bootstrap;
        // a branch enrolled at a central (./demo-office) holds only its own branch's work: no second demo office
        this.alone = centralUrl.isBlank();
        this.central = "central".equalsIgnoreCase(mode.trim());
        this.ownBranch = ownBranch;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (central) {
            USERS.stream().filter(u -> CENTRAL_USERS.contains(u.username())).forEach(u ->
                    bootstrap.ensureUser(u.username(), u.fullName(), ownBranch, u.roles(), PASSWORD));
            return;
        }
        if (alone) {
            bootstrap.ensureBranch("CIBINONG", "UPT Dukcapil Cibinong", BranchTimeZone.WIB);
        }
        // the office's officers work at this server's own branch (PUSAT unless configured otherwise)
        USERS.stream().filter(u -> alone || "PUSAT".equals(u.branch())).forEach(u -> bootstrap.ensureUser(
                u.username(), u.fullName(), "PUSAT".equals(u.branch()) ? ownBranch : u.branch(), u.roles(), PASSWORD));
    }
}
