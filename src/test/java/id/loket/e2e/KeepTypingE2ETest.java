package id.loket.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Issue 12.1: switching the language (a page reload) keeps what was typed into the intake and complaint forms,
 * and the labels come back in the new language; an expired session says so and the typing comes back too.
 */
class KeepTypingE2ETest extends BrowserTestBase {

    private static void switchTo(Page page, String menuLabel, String language) {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText(menuLabel)).click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText(language)).click();
    }

    private static Locator callUntil(Page fo, String number) {
        Locator intakeButton = fo.locator("#queue-intake-" + number);
        for (int i = 0; i < 50 && intakeButton.count() == 0; i++) {
            fo.locator("#queue-call-next").click();
            fo.waitForTimeout(300);
            Locator called = fo.locator("#queue-called vaadin-button[id^='queue-skip-']");
            if (intakeButton.count() == 0 && called.count() > 0) {
                called.first().click();
                fo.waitForTimeout(300);
            }
        }
        return intakeButton;
    }

    @Test
    void the_complaint_intake_keeps_its_typing_when_the_language_is_switched() {
        Page desk = loginAs("aduan");
        desk.navigate(url("pengaduan/baru"));
        desk.locator("#complaint-intake-name input").fill("Siti Aminah");
        desk.locator("#complaint-intake-phone input").fill("0857 1234 5678");
        desk.locator("#complaint-intake-nik input").fill("3201012501900002");
        desk.locator("#complaint-intake-category input").fill("Kesalahan data");
        desk.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Kesalahan data pada KK")).click();
        desk.locator("#complaint-intake-description textarea").fill("Nama ibu salah tulis di KK, mohon diperbaiki.");

        switchTo(desk, "Bahasa", "English");

        assertThat(desk.locator("#complaint-intake-description label")).hasText("Description");
        assertThat(desk.locator("#complaint-intake-name label")).hasText("Complainant name");
        assertThat(desk.locator("#complaint-intake-name input")).hasValue("Siti Aminah");
        assertThat(desk.locator("#complaint-intake-phone input")).hasValue("0857 1234 5678");
        assertThat(desk.locator("#complaint-intake-nik input")).hasValue("3201012501900002");
        assertThat(desk.locator("#complaint-intake-category input")).hasValue("Wrong data on the KK");
        assertThat(desk.locator("#complaint-intake-description textarea"))
                .hasValue("Nama ibu salah tulis di KK, mohon diperbaiki.");

        // sent: the form is empty again, and a later reload brings nothing back
        desk.locator("#complaint-intake-save").click();
        assertThat(desk.locator("#complaint-intake-result")).containsText("ADU-PUSAT-");
        desk.reload();
        assertThat(desk.locator("#complaint-intake-description label")).hasText("Description");
        desk.waitForTimeout(1000);
        assertThat(desk.locator("#complaint-intake-name input")).hasValue("");
        assertThat(desk.locator("#complaint-intake-description textarea")).hasValue("");
        switchTo(desk, "Language", "Bahasa Indonesia");
        assertThat(desk.locator("#complaint-intake-description label")).hasText("Uraian pengaduan");
    }

    @Test
    void the_application_intake_keeps_its_typing_when_the_language_is_switched() {
        Page kiosk = newPage();
        kiosk.navigate(url("kios"));
        kiosk.locator("#kiosk-type-NEW_FAMILY").click();
        String number = kiosk.locator("#ticket-number").textContent().trim();

        Page fo = loginAs("fo");
        fo.navigate(url("antrian/panggil"));
        callUntil(fo, number).click();
        fo.locator("#intake-name input").fill("Ni Kadek Ayu Lestari");
        fo.locator("#intake-nik input").fill("3201 0145 0390 0001");
        fo.locator("#intake-phone input").fill("081234567890");
        fo.locator("#intake-documents vaadin-checkbox").first().click();
        assertThat(fo.locator("#intake-documents vaadin-checkbox").first()).hasAttribute("checked", "");

        switchTo(fo, "Bahasa", "English");

        assertThat(fo.locator("#intake-name label")).hasText("Applicant's name");
        assertThat(fo.locator("#intake-name input")).hasValue("Ni Kadek Ayu Lestari");
        assertThat(fo.locator("#intake-nik input")).hasValue("3201 0145 0390 0001");
        assertThat(fo.locator("#intake-phone input")).hasValue("081234567890");
        assertThat(fo.locator("#intake-documents vaadin-checkbox").first()).hasAttribute("checked", "");
        switchTo(fo, "Language", "Bahasa Indonesia");
        assertThat(fo.locator("#intake-name input")).hasValue("Ni Kadek Ayu Lestari");
    }

    @Test
    void an_expired_session_is_said_and_the_public_form_comes_back_filled() {
        Page citizen = newPage();
        citizen.navigate(url("pengaduan-publik"));
        citizen.locator("#public-complaint-name input").fill("Dewi Kartika");
        citizen.locator("#public-complaint-description textarea").fill("Sudah tiga minggu KK belum jadi.");
        citizen.locator("#public-complaint-phone input").fill("081244556677");
        citizen.waitForTimeout(500);

        // the session ends on the server's side (cookie gone), the citizen goes on and presses send
        citizen.context().clearCookies();
        citizen.locator("#public-complaint-description textarea").fill("Sudah tiga minggu KK belum jadi. Mohon dibantu.");
        citizen.locator("#public-complaint-send").click();
        assertThat(citizen.getByText("Sesi Anda telah berakhir")).isVisible();

        citizen.reload();
        assertThat(citizen.locator("#public-complaint-description textarea"))
                .hasValue("Sudah tiga minggu KK belum jadi. Mohon dibantu.");
        assertThat(citizen.locator("#public-complaint-name input")).hasValue("Dewi Kartika");
        assertThat(citizen.locator("#public-complaint-phone input")).hasValue("081244556677");
    }

    @Test
    void an_officer_whose_session_expired_signs_in_again_and_finds_the_complaint_form_filled() {
        Page desk = loginAs("aduan");
        desk.navigate(url("pengaduan/baru"));
        desk.locator("#complaint-intake-name input").fill("Budi Santoso");
        desk.locator("#complaint-intake-description textarea").fill("Antrean terlalu lama di loket 2.");
        desk.waitForTimeout(500);
        desk.context().clearCookies();
        desk.locator("#complaint-intake-phone input").fill("081311112222");
        desk.locator("#complaint-intake-save").click();
        assertThat(desk.getByText("Sesi Anda telah berakhir")).isVisible();

        desk.reload();
        desk.waitForURL("**/login");
        desk.locator("input[name='username']").fill("aduan");
        desk.locator("input[name='password']").fill("loket123");
        desk.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
        desk.waitForSelector("#complaint-intake-view, #home-view");
        if (desk.locator("#complaint-intake-view").count() == 0) {
            desk.navigate(url("pengaduan/baru"));
        }
        assertThat(desk.locator("#complaint-intake-name input")).hasValue("Budi Santoso");
        assertThat(desk.locator("#complaint-intake-phone input")).hasValue("081311112222");
        assertThat(desk.locator("#complaint-intake-description textarea")).hasValue("Antrean terlalu lama di loket 2.");
    }
}
