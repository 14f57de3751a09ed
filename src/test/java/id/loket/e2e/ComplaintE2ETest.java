package id.loket.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The complaint journey: a citizen files on the web, the office routes, escalates and resolves, the citizen reads the answer. */
class ComplaintE2ETest extends BrowserTestBase {

    private static final String PHONE = "0812 4455 6677";
    private static final String ANSWER = "KK Anda sudah dicetak ulang dengan nama ibu yang benar. Silakan ambil di loket 7.";

    private static Locator card(Page page, String status, String number) {
        return page.locator("#complaint-board-column-" + status + " vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(number));
    }

    @Test
    void a_web_complaint_is_assigned_escalated_resolved_and_the_citizen_reads_the_answer() {
        // the citizen, no login
        Page citizen = newPage();
        citizen.navigate(url("pengaduan-publik"));
        citizen.locator("#public-complaint-name input").fill("Dewi Kartika");
        citizen.locator("#public-complaint-phone input").fill(PHONE);
        citizen.locator("#public-complaint-category").click();
        citizen.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Kesalahan data pada KK")).click();
        citizen.locator("#public-complaint-description textarea").fill("Nama ibu kandung di KK baru salah tulis: <b>Siti</b>");
        citizen.locator("#public-complaint-send").click();
        assertThat(citizen.locator("#public-complaint-number")).containsText("ADU-PUSAT-");
        String number = citizen.locator("#public-complaint-number").textContent().trim();

        // the complaint desk assigns it with the keyboard-reachable "next status" (Bidang Dafduk is suggested)
        Page desk = loginAs("aduan");
        desk.navigate(url("pengaduan"));
        card(desk, "NEW", number).click();
        desk.locator("#complaint-board-next").click();
        assertThat(desk.locator("#complaint-action-division")).containsText("Bidang Pendaftaran Penduduk");
        desk.locator("#complaint-action-text textarea").fill("Data KK, mohon dicek di SIAK");
        desk.locator("#complaint-action-save").click();
        assertThat(card(desk, "ASSIGNED", number)).isVisible();

        // Bidang Dafduk cannot solve it and escalates it from the detail page
        Page dafduk = loginAs("kabid.dafduk");
        dafduk.navigate(url("pengaduan"));
        card(dafduk, "ASSIGNED", number).click();
        dafduk.locator("#complaint-board-open").click();
        assertThat(dafduk.locator("#complaint-detail-title")).containsText(number);
        // the citizen's markup is shown as text
        assertThat(dafduk.locator("#complaint-detail-description")).hasText("Nama ibu kandung di KK baru salah tulis: <b>Siti</b>");
        dafduk.locator("#complaint-action-ESCALATE").click();
        dafduk.locator("#complaint-action-text textarea").fill("Perlu penerbitan ulang KK, keputusan Kepala Dinas");
        dafduk.locator("#complaint-action-save").click();
        assertThat(dafduk.locator("#complaint-detail-title")).containsText("Ke Kepala Dinas");
        assertThat(dafduk.locator("#complaint-timeline")).containsText("Diteruskan ke Kepala Dinas");
        // the desk's open board follows without a reload (pushed after the commit)
        assertThat(card(desk, "ESCALATED", number)).isVisible();

        // the Kepala Dinas resolves it with the answer for the citizen
        Page kadis = loginAs("kadis");
        kadis.navigate(url("pengaduan"));
        card(kadis, "ESCALATED", number).click();
        kadis.locator("#complaint-board-next").click();
        kadis.locator("#complaint-action-text textarea").fill(ANSWER);
        kadis.locator("#complaint-action-save").click();
        assertThat(card(kadis, "RESOLVED", number)).isVisible();

        // the citizen sees the status and the answer, nothing else
        citizen.locator("#public-complaint-status-link").click();
        citizen.locator("#public-status-number input").fill(number);
        citizen.locator("#public-status-phone input").fill(PHONE);
        citizen.locator("#public-status-check").click();
        assertThat(citizen.locator("#public-status-state")).hasText("Pengaduan " + number + ": Selesai");
        assertThat(citizen.locator("#public-status-answer")).hasText(ANSWER);
        assertThat(citizen.locator("#public-status-result")).not().containsText("Dewi Kartika");
        assertThat(citizen.locator("#public-status-result")).not().containsText("Kepala Dinas");
    }

    @Test
    void the_desk_drags_a_new_card_to_the_assigned_column() {
        Page citizen = newPage();
        citizen.navigate(url("pengaduan-publik"));
        citizen.locator("#public-complaint-anonymous").click();
        citizen.locator("#public-complaint-phone input").fill("0813 1000 2000");
        citizen.locator("#public-complaint-category").click();
        citizen.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Akta kelahiran")).click();
        citizen.locator("#public-complaint-description textarea").fill("Akta kelahiran anak belum terbit");
        citizen.locator("#public-complaint-send").click();
        String number = citizen.locator("#public-complaint-number").textContent().trim();

        Page desk = loginAs("aduan");
        desk.navigate(url("pengaduan"));
        card(desk, "NEW", number).dragTo(desk.locator("#complaint-board-column-ASSIGNED"));
        // the drop asks the same question as the button: where to, with Bidang Capil suggested for a certificate
        assertThat(desk.locator("#complaint-action-division")).containsText("Bidang Pencatatan Sipil");
        desk.locator("#complaint-action-save").click();
        assertThat(card(desk, "ASSIGNED", number)).isVisible();
        assertThat(card(desk, "ASSIGNED", number)).containsText("Anonim");
    }
}
