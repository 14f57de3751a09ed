package id.loket.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.loket.Officers;
import id.loket.base.AccountService;
import id.loket.base.AccountService.UserForm;
import id.loket.base.AccountService.UserRow;
import id.loket.base.Roles;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin's change reaches a session that is already open: the officer's next click (sent over the push
 * websocket, which no servlet filter sees) ends the session and the browser lands on the login page.
 */
class SessionE2ETest extends BrowserTestBase {

    @Autowired
    AccountService accounts;
    @Autowired
    Officers officers;

    private Page signedInOfficerAfterAdminChange(UnaryOperator<UserForm> change) {
        String username = "sesi." + UUID.randomUUID().toString().substring(0, 8);
        UUID id = officers.as("admin", () -> accounts.createUser(
                new UserForm(username, "Petugas Sesi", "PUSAT", Set.of(Roles.FRONT_OFFICE, Roles.COUNTER), true),
                "benar12345"));
        Page page = loginAs(username, "benar12345");
        page.waitForSelector("#home-view");
        assertThat(page.locator("#side-nav")).containsText("Beranda");

        officers.run("admin", () -> {
            UserRow row = accounts.listUsers().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
            accounts.updateUser(id, row.version(), change.apply(
                    new UserForm(username, row.fullName(), row.branchCode(), row.roles(), row.enabled())));
        });
        return page;
    }

    private void nextClickEndsTheSession(Page page) {
        // opening the menu stays in the browser; choosing an item is the next request to the server
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Ubah kata sandi")).click();
        try {
            // Vaadin says the session ended (in the user's language, typing kept in the tab) or goes straight to
            // the login; a click on the message opens it
            page.waitForCondition(() -> page.url().endsWith("/login") || page.locator(".v-system-error").isVisible(),
                    new Page.WaitForConditionOptions().setTimeout(15_000));
            if (!page.url().endsWith("/login")) {
                assertThat(page.locator(".v-system-error")).containsText("Sesi");
                page.locator(".v-system-error").click();
            }
            page.waitForURL("**/login", new Page.WaitForURLOptions().setTimeout(15_000));
        } catch (RuntimeException e) {
            throw new AssertionError("still at " + page.url() + ": " + page.locator("body").innerText(), e);
        }
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.navigate(url(""));
        page.waitForURL("**/login");
    }

    @Test
    void a_disabled_officer_is_signed_out_at_his_next_click() {
        nextClickEndsTheSession(signedInOfficerAfterAdminChange(
                f -> new UserForm(f.username(), f.fullName(), f.branchCode(), f.roles(), false)));
    }

    @Test
    void an_officer_who_lost_a_role_is_signed_out_at_his_next_click() {
        nextClickEndsTheSession(signedInOfficerAfterAdminChange(
                f -> new UserForm(f.username(), f.fullName(), f.branchCode(), Set.of(Roles.COUNTER), true)));
    }

    @Test
    void an_officer_moved_to_another_branch_is_signed_out_at_his_next_click() {
        nextClickEndsTheSession(signedInOfficerAfterAdminChange(
                f -> new UserForm(f.username(), f.fullName(), "CIBINONG", f.roles(), true)));
    }
}
