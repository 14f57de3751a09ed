package id.loket.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.loket.siak.internal.HttpSiakGateway;
import id.loket.siak.internal.SiakSimulator;
import id.loket.workflow.Applications;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The SIAK check (step 3) in Chromium: from the board's "Kerjakan" link to "cocok", and through an outage. */
class SiakE2ETest extends BrowserTestBase {

    @Autowired Applications applications;
    @Autowired SiakSimulator simulator;
    @Autowired HttpSiakGateway gateway;

    @AfterEach
    void siakBack() {
        simulator.up();
        gateway.reset();
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }

    private String registered(String name) {
        UUID id = applications.registered("BIRTH", name);
        return applications.card(id).registrationNumber();
    }

    @Test
    void the_counter_officer_looks_the_nik_up_from_the_board_sees_the_record_beside_the_file_marks_cocok_and_moves_on() {
        String number = registered("Ni Kadek Ayu Lestari");
        Page counter = loginAs("loket");
        openBoard(counter, number);
        boardCard(counter, "SIAK_CHECK", number).locator(".card-work").click();

        assertThat(counter.locator("#siak-file")).containsText("Ni Kadek Ayu Lestari");
        assertThat(counter.locator("#siak-file")).containsText("3201********0001");
        counter.locator("#siak-nik input").fill("3201 0145 0390 0001");
        counter.locator("#siak-search").click();
        assertThat(counter.locator("#siak-members")).containsText("SITI NUR'AINI");
        assertThat(counter.locator("#siak-members")).containsText("Kepala Keluarga");
        assertThat(counter.locator("#siak-name-compare")).hasClass(java.util.regex.Pattern.compile(".*siak-diff.*"));
        assertThat(counter.locator("#siak-kk")).containsText("3201012003150007");
        shot(counter, "siak-check-found");

        counter.locator("#siak-match").click();
        assertThat(counter.locator("#siak-decision")).containsText("cocok");
        counter.locator("#siak-back").click();
        counter.locator("#board-search input").fill(number);
        boardCard(counter, "SIAK_CHECK", number).locator(".card-next").click();
        assertThat(boardCard(counter, "DATA_ENTRY", number)).isVisible();
    }

    @Test
    void with_siak_down_the_card_waits_and_both_the_check_and_the_board_update_without_reload_when_siak_is_back() {
        String number = registered("Wayan Sudirta");
        simulator.down();
        Page board = loginAs("kasi");
        openBoard(board, number);
        Page counter = loginAs("loket");
        openBoard(counter, number);
        boardCard(counter, "SIAK_CHECK", number).locator(".card-work").click();
        counter.locator("#siak-nik input").fill("3201014503900001");
        counter.locator("#siak-search").click();

        assertThat(counter.locator("#siak-pending")).containsText("SIAK belum menjawab");
        // The breaker cycles open -> half-open -> open while SIAK stays silent; under load any of its three
        // "not connected" wordings may be the one on screen, never "SIAK terhubung".
        assertThat(counter.locator("#siak-status")).containsText(java.util.regex.Pattern.compile(
                "SIAK (tidak terhubung|tidak menjawab|sedang dicoba kembali)"));
        assertThat(boardCard(board, "SIAK_CHECK", number).locator(".card-badge")).containsText("menunggu SIAK");
        shot(counter, "siak-check-pending");
        shot(board, "board-siak-pending");

        simulator.up();
        assertThat(counter.locator("#siak-members")).containsText("SITI NUR'AINI");
        assertThat(counter.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Jawaban SIAK untuk " + number))).isVisible();
        assertThat(boardCard(board, "SIAK_CHECK", number).locator(".card-badge")).isHidden();
        shot(counter, "siak-check-completed-live");
    }
}
