package id.loket.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AccountService;
import id.loket.base.AccountService.UserForm;
import id.loket.base.AccountService.UserRow;
import id.loket.base.LoketUser;
import id.loket.base.Roles;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Which account changes end an open session (a matrix over the admin's changes), against the real database. */
@LoketIntegrationTest
class SessionGuardTest {

    @Autowired
    AccountService accounts;
    @Autowired
    Officers officers;
    /** The application's own guard, with its stamp cache: a change must be seen at once all the same. */
    @Autowired
    SessionGuard guard;

    private final String password = "benar12345";

    private record Officer(UUID id, String username) {
    }

    private Officer newOfficer() {
        String username = "sesi." + UUID.randomUUID().toString().substring(0, 8);
        UUID id = officers.as("admin", () -> accounts.createUser(
                new UserForm(username, "Petugas Sesi", "PUSAT", Set.of(Roles.OPERATOR, Roles.COUNTER), true), password));
        return new Officer(id, username);
    }

    private UserRow row(Officer o) {
        return officers.as("admin", () -> accounts.listUsers().stream()
                .filter(u -> u.username().equals(o.username())).findFirst().orElseThrow());
    }

    private void adminUpdates(Officer o, Consumer<UserForm[]> change) {
        UserRow r = row(o);
        UserForm[] form = {new UserForm(o.username(), r.fullName(), r.branchCode(), r.roles(), r.enabled())};
        change.accept(form);
        officers.run("admin", () -> accounts.updateUser(o.id(), r.version(), form[0]));
    }

    /** The session as it was signed in, then the change, then: is the session still good? */
    private boolean sessionSurvives(Consumer<Officer> change) {
        Officer o = newOfficer();
        LoketUser signedIn = accounts.loadForLogin(o.username()).orElseThrow();
        assertThat(guard.isCurrent(signedIn)).isTrue();
        change.accept(o);
        return guard.isCurrent(signedIn);
    }

    @Test
    void disabling_removing_a_role_moving_branch_resetting_the_password_or_a_lockout_end_the_session() {
        assertThat(sessionSurvives(o -> adminUpdates(o, f -> f[0] = new UserForm(f[0].username(), f[0].fullName(),
                f[0].branchCode(), f[0].roles(), false)))).as("disabled").isFalse();
        assertThat(sessionSurvives(o -> adminUpdates(o, f -> f[0] = new UserForm(f[0].username(), f[0].fullName(),
                f[0].branchCode(), Set.of(Roles.OPERATOR), true)))).as("role removed").isFalse();
        assertThat(sessionSurvives(o -> adminUpdates(o, f -> f[0] = new UserForm(f[0].username(), f[0].fullName(),
                "CIBINONG", f[0].roles(), true)))).as("moved to another branch").isFalse();
        assertThat(sessionSurvives(o -> officers.run("admin", () -> accounts.resetPassword(o.id(), "baru123456"))))
                .as("password reset").isFalse();
        assertThat(sessionSurvives(o -> {
            for (int i = 0; i < 5; i++) {
                accounts.loginFailed(o.username());
            }
        })).as("locked out").isFalse();
    }

    @Test
    void a_new_name_or_a_single_wrong_password_leave_the_session_alone() {
        assertThat(sessionSurvives(o -> adminUpdates(o, f -> f[0] = new UserForm(f[0].username(), "Nama Baru",
                f[0].branchCode(), f[0].roles(), true)))).as("renamed").isTrue();
        assertThat(sessionSurvives(o -> accounts.loginFailed(o.username()))).as("one wrong password").isTrue();
    }

    @Test
    void changing_ones_own_password_keeps_this_session_and_ends_the_others() {
        Officer o = newOfficer();
        LoketUser otherDesk = accounts.loadForLogin(o.username()).orElseThrow();
        LoketUser thisSession = officers.as(o.username(), () -> {
            accounts.changeOwnPassword(password, "sendiri-baru-1");
            return id.loket.base.CurrentUser.require();
        });
        assertThat(guard.isCurrent(thisSession)).isTrue();
        assertThat(guard.isCurrent(otherDesk)).isFalse();
    }
}
