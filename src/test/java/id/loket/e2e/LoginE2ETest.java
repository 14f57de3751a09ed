package id.loket.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

class LoginE2ETest extends BrowserTestBase {

    @Test
    void front_office_sees_his_own_menu_and_next_step() {
        Page page = loginAs("fo");
        assertThat(page.locator("#side-nav")).containsText("Beranda");
        assertThat(page.locator("#side-nav")).not().containsText("Pengguna");
        assertThat(page.locator("#home-card-FRONT_OFFICE")).containsText("Panggil nomor antrian berikutnya");
        assertThat(page.locator("#user-menu")).containsText("Siti Rahmawati");
    }

    @Test
    void head_of_office_sees_his_own_home() {
        Page page = loginAs("kadis");
        assertThat(page.locator("#home-card-HEAD_OF_OFFICE")).containsText("Pantau waktu layanan per tahap");
        assertThat(page.locator("#side-nav")).not().containsText("Administrasi");
    }

    @Test
    void admin_sees_user_administration_and_opens_it() {
        Page page = loginAs("admin");
        assertThat(page.locator("#side-nav")).containsText("Administrasi");
        page.locator("#side-nav").getByText("Pengguna").click();
        assertThat(page.locator("#users-grid")).containsText("Siti Rahmawati");
        assertThat(page.locator("#view-title")).hasText("Pengguna");
    }

    @Test
    void a_wrong_password_shows_the_error_and_does_not_log_in() {
        Page page = loginAs("fo", "salah-sandi");
        page.waitForURL("**/login?error");
        assertThat(page.locator("vaadin-login-form")).containsText("Nama pengguna atau kata sandi salah");
        page.navigate(url(""));
        page.waitForURL("**/login");
        assertThat(page.locator("#home-view")).hasCount(0);
    }

    @Test
    void an_officer_switches_the_language_to_english_and_back() {
        Page page = loginAs("operator");
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Bahasa")).click();
        page.locator("vaadin-menu-bar-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("English")).click();
        page.waitForSelector("#home-view");
        assertThat(page.locator("#side-nav")).containsText("Home");
        assertThat(page.locator("#home-card-OPERATOR")).containsText("Take a file from the data entry column");

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Language")).click();
        page.locator("vaadin-menu-bar-item").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Bahasa Indonesia")).click();
        page.waitForSelector("#home-view");
        assertThat(page.locator("#side-nav")).containsText("Beranda");
    }
}
