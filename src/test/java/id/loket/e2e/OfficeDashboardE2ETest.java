package id.loket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

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

    @Test
    void the_head_of_office_sees_his_dashboard_drawn() {
        Page page = loginAs("kadis");
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().startsWith("Refused to")) {
                problems.add(m.text());
            }
        });
        page.onPageError(e -> problems.add(String.valueOf(e)));
        page.navigate(url("dasbor?dari=2026-01-01&sampai=2026-12-31"));
        page.waitForSelector("#dashboard-office-view");
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
        assertThat(problems).as("CSP violations and script errors").isEmpty();
    }
}
