package id.loket.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.loket.Officers;
import id.loket.base.AccountService;
import id.loket.base.AccountService.UserForm;
import id.loket.base.Roles;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A staff screen left alone asks for the password over what is on it; what was typed is still there after. */
@TestPropertySource(properties = {"loket.security.idle-timeout=8s", "loket.security.idle-check=500ms"})
class IdleLockE2ETest extends BrowserTestBase {

    @Autowired
    AccountService accounts;
    @Autowired
    Officers officers;

    @Test
    void an_idle_screen_asks_for_the_password_and_keeps_the_half_filled_form() {
        String username = "jeda." + UUID.randomUUID().toString().substring(0, 8);
        officers.run("admin", () -> accounts.createUser(
                new UserForm(username, "Admin Jeda", "PUSAT", Set.of(Roles.ADMIN), true), "benar12345"));
        Page page = loginAs(username, "benar12345");
        page.waitForSelector("#home-view");
        page.navigate(url("admin/pengguna"));
        page.locator("#users-add").click();
        page.locator("#user-full-name input").fill("Setengah Terisi");

        // nothing typed for the idle time: the password dialog covers the screen
        assertThat(page.locator("#idle-password")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(page.getByText("masukkan kata sandi Anda untuk melanjutkan")).isVisible();
        page.locator("#idle-password input").fill("salah-sandi");
        page.locator("#idle-resume").click();
        assertThat(page.locator("#idle-password")).containsText("Kata sandi salah");
        assertThat(page.locator("#idle-password")).isVisible();

        page.locator("#idle-password input").fill("benar12345");
        page.locator("#idle-resume").click();
        assertThat(page.locator("#idle-password")).isHidden();
        assertThat(page.locator("#user-full-name input")).hasValue("Setengah Terisi");
    }
}
