package id.loket.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Span;
import id.loket.LoketIntegrationTest;
import id.loket.base.CurrentUser;
import id.loket.base.Localized;
import id.loket.base.ui.ForbiddenView;
import id.loket.base.ui.HomeView;
import id.loket.dashboard.Breach;
import id.loket.dashboard.CardRef;
import id.loket.dashboard.DashboardFilter;
import id.loket.dashboard.MyFigures;
import id.loket.dashboard.OfficerFigures;
import id.loket.dashboard.ReturnFigures;
import id.loket.dashboard.SectionDashboard;
import id.loket.dashboard.Spread;
import id.loket.dashboard.StepFigures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The section dashboard, the drill-down list and the officer's home figures, shown from fixed values. */
@LoketIntegrationTest
class SectionViewsTest extends SpringBrowserlessTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    static final UUID CARD = UUID.fromString("00000000-0000-4000-8000-0000000000aa");

    @Autowired MyFiguresSection mine;

    static SectionDashboard fixture(Instant now) {
        StepFigures siak = new StepFigures("SIAK_CHECK", 3, new Localized("Verifikasi data ke SIAK", "Data check against SIAK"), 5,
                new Spread(7, 270, 615, 6 / 7.0, 5), new Spread(7, 45, 1230, 0.5, 5), 7, 2, 3,
                now.minusSeconds(754), 1);
        StepFigures verify = new StepFigures("VERIFICATION", 5, new Localized("Verifikasi oleh Kepala Seksi", "Verification"), 5,
                Spread.empty(5), Spread.empty(5), 0, 0, 0, null, 0);
        return new SectionDashboard(new DashboardFilter(DAY, DAY, "PUSAT", null), List.of(siak, verify),
                List.of(new ReturnFigures("SIAK_CHECK", "NIK tidak cocok", 2)),
                List.of(new OfficerFigures("loket", "Budi Santoso", "SIAK_CHECK", new Spread(1234, 300, 600, 0.75, 5))),
                List.of(new Breach(CARD, "KK-PUSAT-20261202-0007", "PUSAT", "SIAK_CHECK", 5,
                        now.minusSeconds(11 * 60 + 30), now.minusSeconds(60), null)));
    }

    /** Navigates with a query string, as a link from another dashboard would. */
    static <T> T open(String pathAndQuery, Class<T> type) {
        int q = pathAndQuery.indexOf('?');
        UI.getCurrent().navigate(pathAndQuery.substring(0, q),
                com.vaadin.flow.router.QueryParameters.fromString(pathAndQuery.substring(q + 1)));
        Object view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(view).isInstanceOf(type);
        return type.cast(view);
    }

    private String cell(String table, String row, int column) {
        return find(NativeTableCell.class).id(table + "-" + row + "-" + column).getElement().getTextRecursively();
    }

    private Component cellContent(String table, String row, int column) {
        return find(NativeTableCell.class).id(table + "-" + row + "-" + column).getChildren().findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("kasi")
    void the_kepala_seksi_sees_each_step_s_figures_in_indonesian_formats_each_a_link_to_its_cards() {
        SectionDashboardView view = navigate("dasbor/seksi", SectionDashboardView.class);
        assertThat(view.branch.isVisible()).as("no branch picker for a Kepala Seksi").isFalse();
        view.stopFollowing(); // fixed values only: no live refresh from other tests' moves
        view.show(fixture(Instant.now()));
        assertThat(cell("section-steps", "SIAK_CHECK", 0)).isEqualTo("Verifikasi data ke SIAK");
        assertThat(cell("section-steps", "SIAK_CHECK", 2)).isEqualTo("4,5");      // working p50, 270 s
        assertThat(cell("section-steps", "SIAK_CHECK", 3)).isEqualTo("10,3");     // working p90, 615 s
        assertThat(cell("section-steps", "SIAK_CHECK", 4)).isEqualTo("85,7%");    // 6 of 7 within
        assertThat(cell("section-steps", "SIAK_CHECK", 5)).isEqualTo("0,8");      // waiting p50, 45 s
        assertThat(cell("section-steps", "SIAK_CHECK", 10)).isEqualTo("3");       // in the step now
        assertThat(cell("section-steps", "SIAK_CHECK", 11)).startsWith("12,");    // oldest: 12,6 minutes
        assertThat(cell("section-steps", "VERIFICATION", 2)).isEqualTo("–");      // no sample
        Anchor share = (Anchor) cellContent("section-steps", "SIAK_CHECK", 4);
        assertThat(share.getHref()).isEqualTo(
                "dasbor/kartu?dari=2026-12-02&sampai=2026-12-02&cabang=PUSAT&apa=WORK_OVER_STANDARD&tahap=SIAK_CHECK");
        assertThat(cell("section-returns", "0", 1)).isEqualTo("NIK tidak cocok");
        assertThat(cell("section-officers", "loket-SIAK_CHECK", 2)).isEqualTo("1.234");
        assertThat(cell("section-officers", "loket-SIAK_CHECK", 4)).isEqualTo("75%");
        Anchor breach = (Anchor) cellContent("section-breaches", CARD.toString(), 0);
        assertThat(breach.getText()).isEqualTo("KK-PUSAT-20261202-0007");
        assertThat(breach.getHref()).isEqualTo("permohonan/" + CARD);
        assertThat(cell("section-breaches", CARD.toString(), 3)).isEqualTo("11,5");

        // the chart: working p50/p90 bars against each step's standard, each bar a link to its cards
        assertThat(view.chart.data().series("Kerja p50").values()).containsExactly(4.5, null);
        assertThat(view.chart.data().series("Kerja p90").values()).containsExactly(10.3, null);
        assertThat(view.chart.data().series("Standar").values()).containsExactly(5.0, 5.0);
        assertThat(view.chart.data().series("Kerja p90").link(0))
                .isEqualTo("/dasbor/kartu?dari=2026-12-02&sampai=2026-12-02&cabang=PUSAT&apa=WORK_OVER_STANDARD&tahap=SIAK_CHECK");
        assertThat(view.chart.rowHeader(0)).isEqualTo("Verifikasi data ke SIAK");
        assertThat(view.chart.cellText(0, 0)).isEqualTo("4,5");
        assertThat(view.queueChart.data().series("Antrean sekarang").values()).containsExactly(3.0, 0.0);
    }

    @Test
    @WithUserDetails("kasi")
    void english_users_read_decimal_points() {
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        SectionDashboardView view = navigate("dasbor/seksi", SectionDashboardView.class);
        view.stopFollowing(); // fixed values only: no live refresh from other tests' moves
        view.show(fixture(Instant.now()));
        assertThat(cell("section-steps", "SIAK_CHECK", 0)).isEqualTo("Data check against SIAK");
        assertThat(cell("section-steps", "SIAK_CHECK", 2)).isEqualTo("4.5");
        assertThat(cell("section-officers", "loket-SIAK_CHECK", 2)).isEqualTo("1,234");
    }

    @Test
    @WithUserDetails("operator")
    void a_step_officer_gets_the_forbidden_view_for_the_section_dashboard() {
        navigate("dasbor/seksi", ForbiddenView.class);
    }

    @Test
    @WithUserDetails("kasi")
    void filters_come_from_the_url_and_a_range_ending_before_it_starts_is_refused_on_the_field() {
        SectionDashboardView view = open("dasbor/seksi?periode=rentang&dari=2026-11-01&sampai=2026-11-03",
                SectionDashboardView.class);
        assertThat(view.period.getValue()).isEqualTo(SectionDashboardView.Period.RANGE);
        assertThat(view.filter()).isEqualTo(new DashboardFilter(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3),
                CurrentUser.require().branchCode(), null));
        assertThat(view.status.getText()).contains("tidak mencakup hari ini");
        test(view.to).setValue(LocalDate.of(2026, 10, 30));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("Tanggal akhir tidak boleh sebelum tanggal awal");
        assertThat(view.filter().to()).as("nothing changes").isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    @WithUserDetails("kasi")
    void the_card_list_says_what_it_lists_and_opens_only_own_branch_cards() {
        CardListView view = open("dasbor/kartu?dari=2026-12-01&sampai=2026-12-02&cabang=PUSAT"
                + "&apa=WORK_OVER_STANDARD&tahap=VERIFICATION", CardListView.class);
        assertThat(view.title.getText()).isEqualTo("Kartu di atas standar: Verifikasi oleh Kepala Seksi, 1–2 Des 2026");
        UUID other = UUID.randomUUID();
        view.show(List.of(
                new CardRef(CARD, "KK-PUSAT-1", "PUSAT", "VERIFICATION", Instant.parse("2026-12-02T02:15:00Z"), 630, null, true),
                new CardRef(other, "KK-CBN-2", "CIBINONG", "VERIFICATION", Instant.parse("2026-12-01T03:00:00Z"), 400, null, false)));
        @SuppressWarnings("unchecked")
        Grid<CardRef> grid = find(Grid.class).id("cards-grid");
        assertThat(grid.isVisible()).isTrue();
        var tester = test(grid);
        assertThat(tester.size()).isEqualTo(2);
        assertThat(tester.getCellText(0, 3)).isEqualTo("2 Des 2026 09.15");
        assertThat(tester.getCellText(0, 4)).isEqualTo("10,5");
        assertThat(tester.getCellComponent(0, 0)).isInstanceOf(Anchor.class);
        assertThat(((Anchor) tester.getCellComponent(0, 0)).getHref()).isEqualTo("permohonan/" + CARD);
        assertThat(tester.getCellComponent(1, 0)).isInstanceOf(Span.class);
    }

    @Test
    @WithUserDetails("kasi")
    void a_bad_card_list_address_gives_a_message_not_an_error_page() {
        CardListView view = open("dasbor/kartu?dari=2026-12-05&sampai=2026-12-01&apa=FINISHED", CardListView.class);
        assertThat(view.message.isVisible()).isTrue();
        assertThat(view.message.getText()).contains("tanggal");
        view = open("dasbor/kartu?dari=2026-12-01&sampai=2026-12-01&apa=SOMETHING", CardListView.class);
        assertThat(view.message.getText()).contains("jenis angka");
        assertThat(view.grid.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("aduan")
    void the_card_list_is_not_for_the_complaint_desk() {
        open("dasbor/kartu?dari=2026-12-01&sampai=2026-12-01&apa=FINISHED", ForbiddenView.class);
    }

    @Test
    @WithUserDetails("operator")
    void an_officer_s_home_page_shows_his_own_figures() {
        navigate(HomeView.class);
        Instant now = Instant.now();
        MyFigures figures = new MyFigures(List.of(new MyFigures.MyStep("DATA_ENTRY",
                new Localized("Entri data", "Data entry"), 5, 4, now.minusSeconds(390), 12,
                new Spread(12, 255, 400, 0.9, 5), 1)));
        // the real figures' panel is replaced by one of fixed values (not attached: no live refresh)
        $(MyFiguresSection.Panel.class).all().forEach(p -> p.getParent().ifPresent(parent -> p.removeFromParent()));
        MyFiguresSection.Panel panel = mine.new Panel(CurrentUser.require(), figures);
        UI.getCurrent().add(panel);
        panel.stop();
        assertThat(cell("home-mine-steps", "DATA_ENTRY", 1)).isEqualTo("4");
        assertThat(cell("home-mine-steps", "DATA_ENTRY", 2)).startsWith("6,5 mnt (sejak ");
        assertThat(cell("home-mine-steps", "DATA_ENTRY", 3)).isEqualTo("12");
        assertThat(cell("home-mine-steps", "DATA_ENTRY", 4)).isEqualTo("4,3 / standar 5 mnt");
        assertThat(cell("home-mine-steps", "DATA_ENTRY", 5)).isEqualTo("1");
    }
}
