package id.loket.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.loket.queue.QueueService;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Issue 12.1: switching the language (a page reload) keeps what was typed into the intake and complaint forms,
 * and the labels come back in the new language; an expired session says so and the typing comes back too.
 */
class KeepTypingE2ETest extends BrowserTestBase {

    /** The server's sessions, so a test can end one as a timeout would. */
    static final List<HttpSession> SESSIONS = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class Sessions {
        @Bean
        HttpSessionListener sessionTracker() {
            return new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent se) {
                    SESSIONS.add(se.getSession());
                }
            };
        }
    }

    @Autowired
    QueueService queue;

    /** Ends this browser's session on the server, exactly as the idle timeout does. */
    private static void expireSession(Page page) {
        String id = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow().value;
        for (HttpSession session : SESSIONS) {
            try {
                if (session.getId().equals(id)) {
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyGone) {
                SESSIONS.remove(session);
            }
        }
    }

    private static void switchTo(Page page, String menuLabel, String language) {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText(menuLabel)).click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText(language)).click();
    }

    /** The first check after a reload waits longer: on a busy build machine a reload can take a while. */
    private static void reloaded(Locator label, String text) {
        assertThat(label).hasText(text, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
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

        reloaded(desk.locator("#complaint-intake-description label"), "Description");
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
        reloaded(desk.locator("#complaint-intake-description label"), "Description");
        desk.waitForTimeout(1000);
        assertThat(desk.locator("#complaint-intake-name input")).hasValue("");
        assertThat(desk.locator("#complaint-intake-description textarea")).hasValue("");
        switchTo(desk, "Language", "Bahasa Indonesia");
        reloaded(desk.locator("#complaint-intake-description label"), "Uraian pengaduan");
    }

    @Test
    void the_application_intake_keeps_its_typing_when_the_language_is_switched() {
        // a ticket as the kiosk gives it, then the front office opens its intake
        QueueService.Receipt ticket = queue.take("PUSAT", "NEW_FAMILY");
        Page fo = loginAs("fo");
        fo.navigate(url("penerimaan/" + ticket.id()));
        fo.locator("#intake-name input").fill("Ni Kadek Ayu Lestari");
        fo.locator("#intake-nik input").fill("3201 0145 0390 0001");
        fo.locator("#intake-phone input").fill("081234567890");
        fo.locator("#intake-documents vaadin-checkbox").first().click();
        assertThat(fo.locator("#intake-documents vaadin-checkbox").first()).hasAttribute("checked", "");

        switchTo(fo, "Bahasa", "English");

        reloaded(fo.locator("#intake-name label"), "Applicant's name");
        assertThat(fo.locator("#intake-name input")).hasValue("Ni Kadek Ayu Lestari");
        assertThat(fo.locator("#intake-nik input")).hasValue("3201 0145 0390 0001");
        assertThat(fo.locator("#intake-phone input")).hasValue("081234567890");
        assertThat(fo.locator("#intake-documents vaadin-checkbox").first()).hasAttribute("checked", "");
        switchTo(fo, "Language", "Bahasa Indonesia");
        reloaded(fo.locator("#intake-name label"), "Nama pemohon");
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

        // the session ends on the server's side, the citizen goes on and presses send
        expireSession(citizen);
        citizen.locator("#public-complaint-description textarea").fill("Sudah tiga minggu KK belum jadi. Mohon dibantu.");
        citizen.locator("#public-complaint-send").click();
        assertThat(citizen.getByText("Sesi Anda telah berakhir")).isVisible();

        citizen.reload();
        reloaded(citizen.locator("#public-complaint-description label"), "Uraian pengaduan");
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
        expireSession(desk);
        desk.locator("#complaint-intake-phone input").fill("081311112222");
        desk.locator("#complaint-intake-save").click();
        // Vaadin's message, unless the security layer already sends the officer to the login page
        desk.waitForCondition(() -> desk.getByText("Sesi Anda telah berakhir").isVisible()
                || desk.url().endsWith("/login"), new Page.WaitForConditionOptions().setTimeout(30_000));

        desk.reload();
        desk.waitForURL("**/login", new Page.WaitForURLOptions().setTimeout(30_000));
        desk.locator("input[name='username']").fill("aduan");
        desk.locator("input[name='password']").fill("loket123");
        desk.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
        desk.waitForSelector("#complaint-intake-view, #home-view", new Page.WaitForSelectorOptions().setTimeout(30_000));
        if (desk.locator("#complaint-intake-view").count() == 0) {
            desk.navigate(url("pengaduan/baru"));
        }
        reloaded(desk.locator("#complaint-intake-name label"), "Nama pengadu");
        assertThat(desk.locator("#complaint-intake-name input")).hasValue("Budi Santoso");
        assertThat(desk.locator("#complaint-intake-phone input")).hasValue("081311112222");
        assertThat(desk.locator("#complaint-intake-description textarea")).hasValue("Antrean terlalu lama di loket 2.");
    }
}
