package id.loket.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.base.AccountService.UserForm;
import id.loket.base.AccountService.UserRow;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;

@LoketIntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditService audit;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private UserRow row(String username) {
        return accounts.listUsers().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private AuthenticationManager loginManager() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Test
    @WithUserDetails("admin")
    void admin_creates_a_user_who_can_then_sign_in() {
        String username = unique("petugas.");
        accounts.createUser(new UserForm(username, "Siti Nur'aini", "PUSAT", Set.of(Roles.OPERATOR), true), "rahasia123");

        UserRow row = accounts.listUsers().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        assertThat(row.fullName()).isEqualTo("Siti Nur'aini");
        assertThat(row.roles()).containsExactly(Roles.OPERATOR);
        var auth = loginManager().authenticate(new UsernamePasswordAuthenticationToken(username, "rahasia123"));
        assertThat(((LoketUser) auth.getPrincipal()).branchCode()).isEqualTo("PUSAT");
    }

    @Test
    @WithUserDetails("admin")
    void bad_input_is_rejected_and_changes_nothing() {
        int before = accounts.listUsers().size();
        assertThatThrownBy(() -> accounts.createUser(new UserForm("A B", "Nama", "PUSAT", Set.of(Roles.OPERATOR), true), "rahasia123"))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("account.error.username");
        assertThatThrownBy(() -> accounts.createUser(new UserForm(unique("x"), " ", "PUSAT", Set.of(Roles.OPERATOR), true), "rahasia123"))
                .hasMessageStartingWith("account.error.full-name");
        assertThatThrownBy(() -> accounts.createUser(new UserForm(unique("x"), "Nama", "NOWHERE", Set.of(Roles.OPERATOR), true), "rahasia123"))
                .hasMessageStartingWith("account.error.branch");
        assertThatThrownBy(() -> accounts.createUser(new UserForm(unique("x"), "Nama", "PUSAT", Set.of(), true), "rahasia123"))
                .hasMessageStartingWith("account.error.roles");
        assertThatThrownBy(() -> accounts.createUser(new UserForm(unique("x"), "Nama", "PUSAT", Set.of("KING"), true), "rahasia123"))
                .hasMessageStartingWith("account.error.roles");
        assertThatThrownBy(() -> accounts.createUser(new UserForm(unique("x"), "Nama", "PUSAT", Set.of(Roles.OPERATOR), true), "short"))
                .hasMessageStartingWith("account.error.password");
        assertThatThrownBy(() -> accounts.createUser(new UserForm("loket", "Nama", "PUSAT", Set.of(Roles.OPERATOR), true), "rahasia123"))
                .hasMessageStartingWith("account.error.username-taken");
        assertThat(accounts.listUsers()).hasSize(before);
    }

    @Test
    @WithUserDetails("fo")
    void only_the_admin_manages_users() {
        assertThatThrownBy(() -> accounts.listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createUser(new UserForm(unique("x"), "Nama", "PUSAT", Set.of(Roles.ADMIN), true), "rahasia123"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void five_failed_logins_lock_the_account_and_a_reset_unlocks_it() {
        String username = unique("kunci.");
        UUID id = accounts.createUser(new UserForm(username, "Korban Salah Ketik", "PUSAT", Set.of(Roles.PICKUP), true), "benar12345");
        AuthenticationManager manager = loginManager();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(new UsernamePasswordAuthenticationToken(username, "salah")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        // even the right password is refused while locked
        assertThatThrownBy(() -> manager.authenticate(new UsernamePasswordAuthenticationToken(username, "benar12345")))
                .isInstanceOf(LockedException.class);
        assertThat(accounts.listUsers()).filteredOn(u -> u.username().equals(username)).singleElement()
                .extracting(UserRow::locked).isEqualTo(true);

        accounts.resetPassword(id, "baru123456");
        assertThat(manager.authenticate(new UsernamePasswordAuthenticationToken(username, "baru123456")).isAuthenticated()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void a_disabled_account_cannot_sign_in() {
        String username = unique("nonaktif.");
        UUID id = accounts.createUser(new UserForm(username, "Pegawai Pindah", "PUSAT", Set.of(Roles.PICKUP), true), "benar12345");
        accounts.updateUser(id, row(username).version(), new UserForm(username, "Pegawai Pindah", "CIBINONG", Set.of(Roles.PICKUP), false));
        assertThatThrownBy(() -> loginManager().authenticate(new UsernamePasswordAuthenticationToken(username, "benar12345")))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_cannot_lock_himself_out() {
        UserRow me = accounts.listUsers().stream().filter(u -> u.username().equals("admin")).findFirst().orElseThrow();
        assertThatThrownBy(() -> accounts.updateUser(me.id(), me.version(), new UserForm("admin", me.fullName(), me.branchCode(), Set.of(Roles.OPERATOR), true)))
                .hasMessageStartingWith("account.error.self-lockout");
    }

    @Test
    @WithUserDetails("operator")
    void an_officer_changes_his_own_password_only_with_the_current_one() {
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong", "newpassword1"))
                .hasMessageStartingWith("account.error.current-password");
        accounts.changeOwnPassword("loket123", "operator-baru-1");
        assertThat(loginManager().authenticate(new UsernamePasswordAuthenticationToken("operator", "operator-baru-1")).isAuthenticated()).isTrue();
        accounts.changeOwnPassword("operator-baru-1", "loket123");
    }

    @Test
    @WithUserDetails("admin")
    void ten_parallel_wrong_passwords_are_all_counted_lock_the_account_and_are_audited() throws Exception {
        String username = unique("paralel.");
        accounts.createUser(new UserForm(username, "Sasaran Tebakan", "PUSAT", Set.of(Roles.PICKUP), true), "benar12345");
        int threads = 10;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        var start = new java.util.concurrent.CountDownLatch(1);
        var results = new java.util.ArrayList<java.util.concurrent.Future<?>>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                start.await();
                accounts.loginFailed(username); // what the listener calls on every wrong password
                return null;
            }));
        }
        start.countDown();
        for (var result : results) {
            result.get(30, java.util.concurrent.TimeUnit.SECONDS); // none of them fails
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject("SELECT failed_logins FROM app_user WHERE username = ?", Integer.class, username))
                .isEqualTo(10);
        assertThat(row(username).locked()).isTrue();
        var trail = audit.history("login", username);
        assertThat(trail).filteredOn(r -> r.action().equals("failed")).hasSize(10);
        // the 5th and the 10th failure in a row each lock the account
        assertThat(trail).filteredOn(r -> r.action().equals("locked")).hasSize(2);
        assertThatThrownBy(() -> loginManager().authenticate(new UsernamePasswordAuthenticationToken(username, "benar12345")))
                .isInstanceOf(LockedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void a_login_and_a_wrong_password_through_the_login_form_path_are_audited() {
        String username = unique("jejak.");
        accounts.createUser(new UserForm(username, "Petugas Jejak", "PUSAT", Set.of(Roles.PICKUP), true), "benar12345");
        assertThatThrownBy(() -> loginManager().authenticate(new UsernamePasswordAuthenticationToken(username, "salah")))
                .isInstanceOf(BadCredentialsException.class);
        loginManager().authenticate(new UsernamePasswordAuthenticationToken(username, "benar12345"));
        assertThat(audit.history("login", username)).extracting(AuditService.AuditRecord::action)
                .containsExactly("failed", "succeeded");
        assertThat(jdbc.queryForObject("SELECT failed_logins FROM app_user WHERE username = ?", Integer.class, username))
                .isZero();
    }

    @Test
    @WithUserDetails("admin")
    void a_save_from_a_stale_editor_is_refused_and_changes_nothing() {
        String username = unique("dua.admin.");
        UUID id = accounts.createUser(new UserForm(username, "Nama Awal", "PUSAT", Set.of(Roles.PICKUP), true), "benar12345");
        UserRow seenByBoth = row(username);
        accounts.updateUser(id, seenByBoth.version(), new UserForm(username, "Nama Admin Satu", "PUSAT", Set.of(Roles.PICKUP), true));

        assertThatThrownBy(() -> accounts.updateUser(id, seenByBoth.version(),
                new UserForm(username, "Nama Admin Dua", "PUSAT", Set.of(Roles.OPERATOR), true)))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("account.error.stale");
        assertThat(row(username).fullName()).isEqualTo("Nama Admin Satu");
        assertThat(row(username).roles()).containsExactly(Roles.PICKUP);
    }

    @Test
    @WithUserDetails("admin")
    void logins_do_not_make_an_open_editor_stale() {
        String username = unique("masuk.");
        UUID id = accounts.createUser(new UserForm(username, "Nama", "PUSAT", Set.of(Roles.PICKUP), true), "benar12345");
        UserRow seen = row(username);
        assertThatThrownBy(() -> loginManager().authenticate(new UsernamePasswordAuthenticationToken(username, "salah")))
                .isInstanceOf(BadCredentialsException.class);
        loginManager().authenticate(new UsernamePasswordAuthenticationToken(username, "benar12345"));
        accounts.updateUser(id, seen.version(), new UserForm(username, "Nama Baru", "PUSAT", Set.of(Roles.PICKUP), true));
        assertThat(row(username).fullName()).isEqualTo("Nama Baru");
    }
}
