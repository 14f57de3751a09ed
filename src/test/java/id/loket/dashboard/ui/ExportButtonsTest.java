package id.loket.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import id.loket.LoketIntegrationTest;
import id.loket.dashboard.DashboardFilter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@LoketIntegrationTest
class ExportButtonsTest extends SpringBrowserlessTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    @WithUserDetails("kadis")
    void the_office_dashboard_offers_csv_and_the_monthly_report_of_the_month_it_shows() {
        YearMonth last = YearMonth.now(WIB).minusMonths(1);
        DashboardFilter shown = new DashboardFilter(last.atDay(1), last.atEndOfMonth(), null, null);
        UI.getCurrent().add(new ExportButtons(() -> shown, ExportButtons.Kind.OFFICE));

        Anchor csv = find(Anchor.class).id("dashboard-export-csv");
        Anchor pdf = find(Anchor.class).id("dashboard-export-pdf");
        assertThat(csv.getText()).isEqualTo("Unduh CSV");
        assertThat(pdf.getText()).isEqualTo("Laporan bulanan (PDF)");
        assertThat(csv.getHref()).isNotBlank();
        assertThat(pdf.getHref()).isNotBlank().isNotEqualTo(csv.getHref());

        @SuppressWarnings("unchecked")
        Select<YearMonth> month = find(Select.class).id("dashboard-export-month");
        assertThat(month.getLabel()).isEqualTo("Bulan laporan");
        assertThat(month.getValue()).isEqualTo(last);
        assertThat(month.getItemLabelGenerator().apply(YearMonth.of(2026, 12))).isEqualTo("Desember 2026");
        assertThat(month.getListDataView().getItems()).hasSize(24).first().isEqualTo(YearMonth.now(WIB));
    }

    @Test
    @WithUserDetails("kasi")
    void the_section_dashboard_offers_only_the_csv() {
        LocalDate today = LocalDate.now(WIB);
        UI.getCurrent().add(new ExportButtons(() -> DashboardFilter.day(today), ExportButtons.Kind.SECTION));
        assertThat(find(Anchor.class).id("dashboard-export-csv").getText()).isEqualTo("Unduh CSV");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getId).doesNotContain(
                java.util.Optional.of("dashboard-export-pdf"));
        assertThat(find(Select.class).all()).isEmpty();
    }
}
