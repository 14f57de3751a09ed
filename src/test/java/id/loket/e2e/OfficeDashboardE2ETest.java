package id.loket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import id.loket.workflow.Applications;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard charts in a real browser: ECharts comes from its WebJar over the app's own address (the
 * Content-Security-Policy's {@code script-src 'self'}), and the Kepala Dinas's dashboard draws its charts.
 */
class OfficeDashboardE2ETest extends BrowserTestBase {

    @Test
    void the_chart_library_and_its_driver_are_served_by_the_app() {
        Page page = newPage();
        APIResponse echarts = page.request().get(url("webjars/echarts/5.3.1/dist/echarts.min.js"));
        assertThat(echarts.status()).isEqualTo(200);
        assertThat(echarts.headers().get("content-type")).contains("javascript");
        assertThat(echarts.body().length).isGreaterThan(1_000_000);
        assertThat(echarts.headers().get("content-security-policy")).startsWith("default-src 'self';");
        APIResponse driver = page.request().get(url("frontend-static/loket-chart.js"));
        assertThat(driver.status()).isEqualTo(200);
        assertThat(driver.text()).contains("window.loketChart");
    }

    @Autowired
    Applications applications;

    @Test
    void the_head_of_office_sees_his_dashboard_drawn() {
        UUID id = applications.atSigning();
        applications.next(id, "tte");
        applications.next(id, "ambil");
        Page page = loginAs("kadis");
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().startsWith("Refused to")) {
                problems.add(m.text());
            }
        });
        page.onPageError(e -> problems.add(String.valueOf(e)));
        page.navigate(url("dasbor?dari=" + LocalDate.now(ZoneId.of("Asia/Jakarta")).withDayOfMonth(1)
                + "&sampai=" + LocalDate.now(ZoneId.of("Asia/Jakarta"))));
        page.waitForSelector("#dashboard-office-view");
        assertThat(page.locator("#dashboard-office-completed-value").textContent()).isNotEqualTo("0");
        // ECharts draws into a canvas inside the chart's drawing area once the WebJar script has loaded
        page.waitForSelector("#dashboard-office-working-canvas canvas");
        page.waitForSelector("#dashboard-office-arrivals-canvas canvas");
        assertThat(page.locator("#dashboard-office-working-canvas").getAttribute("aria-describedby"))
                .isEqualTo("dashboard-office-working-table");

        // the layout narrows: the chart follows
        Object before = page.locator("#dashboard-office-flow-canvas canvas").evaluate("c => c.clientWidth");
        page.setViewportSize(900, 900);
        page.waitForFunction("w => document.querySelector('#dashboard-office-flow-canvas canvas').clientWidth < w",
                before);
        if (Boolean.getBoolean("loket.screenshots")) { // -Dloket.screenshots=true: see it, e.g. after a layout change
            page.setViewportSize(1400, 900);
            page.waitForTimeout(500);
            // the layout scrolls inside its content area: one screenshot per section, scrolled into view
            for (String section : List.of("lead", "steps", "throughput", "trend", "heat", "flow", "complaints")) {
                page.locator("#dashboard-office-section-" + section).scrollIntoViewIfNeeded();
                page.waitForTimeout(300);
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/dasbor-" + section + ".png")));
            }
        }
        assertThat(problems).as("CSP violations and script errors").isEmpty();
    }
}
