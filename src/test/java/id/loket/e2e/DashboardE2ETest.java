package id.loket.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.loket.workflow.Applications;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 13: a card moved on the board in one browser changes the Kepala Seksi's dashboard in another, live. */
class DashboardE2ETest extends BrowserTestBase {

    @Autowired Applications applications;

    private static int number(Locator cell) {
        return Integer.parseInt(cell.textContent().trim().replace(".", ""));
    }

    @Test
    void a_card_moved_on_the_board_changes_the_kepala_seksi_s_figures_without_a_reload() {
        UUID id = applications.registered("BIRTH", "Made Wirawan");
        applications.siakVerified(id);
        String registration = applications.card(id).registrationNumber();

        // the Kepala Seksi has his dashboard open, today
        Page kasi = loginAs("kasi");
        kasi.navigate(url("dasbor/seksi"));
        Locator inDataEntry = kasi.locator("#section-steps-DATA_ENTRY-10");
        Locator siakFinished = kasi.locator("#section-steps-SIAK_CHECK-8");
        assertThat(inDataEntry).isVisible();
        assertThat(kasi.locator("#section-live")).containsText("langsung");
        int before = number(inDataEntry);
        int finishedBefore = number(siakFinished);
        // the chart of the cards in each step now, drawn by ECharts, with its table of the same numbers
        kasi.waitForSelector("#section-chart-queue-canvas canvas");
        Locator chartRow = kasi.locator("#section-chart-queue-table tbody tr")
                .filter(new Locator.FilterOptions().setHasText("Entri data"));
        Locator chartValue = chartRow.locator("td").first();
        assertThat(chartValue).hasText(Integer.toString(before));
        Object drawnBefore = kasi.locator("#section-chart-queue-canvas").evaluate(
                "el => echarts.getInstanceByDom(el).getOption().series[0].data[3]");
        kasi.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/section-before.png")).setFullPage(true));

        // the counter officer moves the card on at his desk
        Page counter = loginAs("loket");
        openBoard(counter, registration);
        Locator card = boardCard(counter, "SIAK_CHECK", registration);
        card.locator(".card-next").click();
        assertThat(boardCard(counter, "DATA_ENTRY", registration)).isVisible();

        // the dashboard follows without a reload: one more card in data entry, one more SIAK check finished
        LocatorAssertions.HasTextOptions wait = new LocatorAssertions.HasTextOptions().setTimeout(10_000);
        assertThat(inDataEntry).hasText(Integer.toString(before + 1), wait);
        assertThat(siakFinished).hasText(Integer.toString(finishedBefore + 1), wait);
        assertThat(chartValue).hasText(Integer.toString(before + 1), wait);
        kasi.waitForFunction("n => { const c = echarts.getInstanceByDom(document.querySelector("
                + "'#section-chart-queue-canvas')); const v = c && c.getOption().series[0].data[3]; "
                + "return (v && typeof v === 'object' ? v.value : v) == n; }", before + 1);
        org.assertj.core.api.Assertions.assertThat(drawnBefore).isNotNull();
        // the figure leads to the cards behind it
        kasi.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/section-after.png")).setFullPage(true));
        inDataEntry.locator("a").click();
        assertThat(kasi.locator("#cards-title")).containsText("Kartu di tahap sekarang");
        assertThat(kasi.locator("#cards-grid")).containsText(registration);
    }
}
