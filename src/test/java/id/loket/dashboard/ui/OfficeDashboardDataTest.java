package id.loket.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.dashboard.DashboardFilter;
import id.loket.dashboard.DashboardService;
import id.loket.dashboard.OfficeDashboard;
import id.loket.dashboard.StepFigures;
import id.loket.dashboard.ui.chart.ChartFormat;
import id.loket.workflow.Applications;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** /dasbor on real data: an application walked from the kiosk to the handover shows in the Kepala Dinas's figures. */
@LoketIntegrationTest
@WithUserDetails("kadis")
class OfficeDashboardDataTest extends SpringBrowserlessTest {

    @Autowired
    Applications applications;
    @Autowired
    DashboardService service;
    @Autowired
    Officers officers;

    @Test
    void a_kk_handed_over_today_shows_in_the_figures_and_charts() {
        UUID id = applications.atSigning();
        applications.next(id, "tte");
        applications.next(id, "ambil");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        OfficeDashboard expected = officers.as("kadis", () -> service.office(DashboardFilter.day(today)));
        assertThat(expected.leadTime().count()).isPositive();

        OfficeDashboardView view = navigate("dasbor", OfficeDashboardView.class);
        assertThat(find(Anchor.class).id("dashboard-office-completed-value").getText())
                .isEqualTo(ChartFormat.count(expected.leadTime().count(), ChartFormat.INDONESIAN));
        assertThat(find(Anchor.class).id("dashboard-office-lead-within-value").getText())
                .isEqualTo(ChartFormat.share(expected.leadTime().shareWithin(), ChartFormat.INDONESIAN));
        assertThat(find(Paragraph.class).id("dashboard-office-bottleneck").getElement().getTextRecursively())
                .startsWith("Tahap paling lambat: ");
        var working = view.working.data().series("p50 (median)").values();
        assertThat(working).containsExactlyElementsOf(expected.steps().stream()
                .map(StepFigures::working).map(s -> ChartFormat.toMinutes(s.p50Seconds())).toList());
        assertThat(view.working.data().series("Standar").values()).containsExactly(5.0, 5.0, 5.0, 5.0, 5.0, 3.0, 2.0);
        assertThat(view.throughput.data().series("Selesai").values())
                .containsExactly((double) expected.leadTime().count());
    }
}
