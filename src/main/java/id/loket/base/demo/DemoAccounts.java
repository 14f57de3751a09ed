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

    private final AccountBootstrap bootstrap;

    DemoAccounts(AccountBootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        bootstrap.ensureBranch("CIBINONG", "UPT Dukcapil Cibinong", BranchTimeZone.WIB);
        USERS.forEach(u -> bootstrap.ensureUser(u.username(), u.fullName(), u.branch(), u.roles(), PASSWORD));
    }
}
