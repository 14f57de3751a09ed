package id.loket.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The journey of a KK application through the office, in real browsers, with two officers watching. */
class WorkflowE2ETest extends BrowserTestBase {

    /** Calls numbers at the front office (marking others as no-shows) until this one is being served. */
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

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }

    @Test
    void a_ticket_from_the_kiosk_is_called_registered_and_dragged_on_while_another_officer_sees_it_arrive() {
        // the applicant takes a number at the kiosk (no login)
        Page kiosk = newPage();
        kiosk.navigate(url("kios"));
        kiosk.locator("#kiosk-type-NEW_FAMILY").click();
        assertThat(kiosk.locator("#kiosk-ticket")).containsText("Tidak dipungut biaya");
        assertThat(kiosk.locator("#kiosk-ticket")).containsText("Fotokopi akta perkawinan");
        String number = kiosk.locator("#ticket-number").textContent().trim();
        shot(kiosk, "kiosk-ticket");

        // the TV display is open in the waiting room
        Page display = newPage();
        display.navigate(url("layar"));
        display.waitForSelector("#queue-display");

        // the front office calls the next numbers until it is ours, then receives the file
        Page fo = loginAs("fo");
        fo.navigate(url("antrian/panggil"));
        Locator intakeButton = callUntil(fo, number);
        assertThat(display.locator("#display-number")).hasText(number);
        intakeButton.click();
        fo.locator("#intake-name input").fill("Ni Kadek Ayu Lestari");
        fo.locator("#intake-nik input").fill("3201 0145 0390 0001");
        fo.locator("#intake-phone input").fill("081234567890");
        fo.locator("#intake-documents vaadin-checkbox").first().click();
        fo.locator("#intake-submit").click();
        assertThat(fo.locator("#intake-result")).containsText("Berkas lengkap");
        assertThat(fo.locator("#intake-result")).containsText("Tidak dipungut biaya");
        String registration = fo.locator("#intake-registration").textContent().trim();

        // two officers at their desks: the counter officer and the operator, each with the board open
        Page counter = loginAs("loket");
        counter.navigate(url("papan"));
        Page operator = loginAs("operator");
        operator.navigate(url("papan"));
        // a busy board shows only what fits in each column: both look the card up as an officer would
        counter.locator("#board-search input").fill(registration);
        operator.locator("#board-search input").fill(registration);
        Locator card = counter.locator("#board-column-SIAK_CHECK .card[data-number='" + registration + "']:visible");
        assertThat(card).containsText("Ni Kadek Ayu Lestari");
        assertThat(operator.locator("#board-column-SIAK_CHECK .card[data-number='" + registration + "']:visible")).isVisible();
        shot(counter, "board-before-move");

        // step 3's guard: the counter officer first checks the NIK in SIAK and marks it "cocok"
        card.locator(".card-work").click();
        counter.locator("#siak-nik input").fill("3201 0145 0390 0001");
        counter.locator("#siak-search").click();
        assertThat(counter.locator("#siak-members")).isVisible();
        counter.locator("#siak-match").click();
        assertThat(counter.locator("#siak-decision")).isVisible();
        counter.navigate(url("papan"));
        counter.locator("#board-search input").fill(registration);

        // his SIAK work claimed the card: the board shows it as his (its current version) before he drags it on
        assertThat(card).containsText("loket");
        // the counter officer drags the card to data entry
        card.dragTo(counter.locator("#board-column-DATA_ENTRY"));
        assertThat(counter.locator("#board-column-DATA_ENTRY .card[data-number='" + registration + "']:visible")).isVisible();

        // the operator sees it arrive without reloading
        assertThat(operator.locator("#board-column-DATA_ENTRY .card[data-number='" + registration + "']:visible")).isVisible();
        // (a grid keeps emptied rows hidden for reuse, so "gone" means "not visible")
        assertThat(operator.locator("#board-column-SIAK_CHECK .card[data-number='" + registration + "']:visible")).isHidden();
        shot(operator, "board-after-move");

        // the operator claims it; the keyboard-reachable "next step" button runs the same move, and the board says
        // why the card cannot leave data entry yet
        Locator mine = operator.locator("#board-column-DATA_ENTRY .card[data-number='" + registration + "']:visible");
        mine.locator(".card-claim").click();
        assertThat(mine).containsText("operator");
        mine.locator(".card-next").click();
        assertThat(operator.locator("vaadin-notification-card").last()).containsText("Data keluarga belum diajukan");
        assertThat(mine).isVisible();

        // the timeline shows every step so far
        mine.locator(".card-detail").click();
        assertThat(operator.locator("#application-timeline")).containsText("Verifikasi data ke SIAK");
        assertThat(operator.locator("#application-timeline")).containsText("Entri data dan pengajuan verifikasi");
        assertThat(operator.locator("#application-timeline")).containsText("sedang berjalan");
        shot(operator, "application-timeline");
    }

    @Test
    void an_incomplete_file_is_returned_with_a_printable_list_and_shows_under_returned() {
        Page kiosk = newPage();
        kiosk.navigate(url("kios"));
        kiosk.locator("#kiosk-type-BIRTH").click();
        String number = kiosk.locator("#ticket-number").textContent().trim();

        Page fo = loginAs("fo2");
        fo.navigate(url("antrian/panggil"));
        Locator intakeButton = callUntil(fo, number);
        intakeButton.click();
        fo.locator("#intake-name input").fill("Bagus O'Connor");
        fo.locator("#intake-nik input").fill("3201010101900002");
        fo.locator("#intake-phone input").fill("+6281234567891");
        // only the birth statement is there; the old KK is missing
        fo.locator("#intake-documents vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("kelahiran")).click();
        fo.locator("#intake-submit").click();
        assertThat(fo.locator("#intake-result")).containsText("Berkas belum lengkap");
        assertThat(fo.locator("#intake-result")).containsText("Kartu Keluarga (KK) lama asli");
        assertThat(fo.locator("#intake-print")).isVisible();
        shot(fo, "intake-returned");

        Page board = loginAs("kasi");
        board.navigate(url("papan"));
        board.locator("#board-search input").fill(number);
        assertThat(board.locator("#board-column-RETURNED .card[data-number='" + number + "']:visible")).containsText("Bagus O'Connor");
    }
}
