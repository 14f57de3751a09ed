package id.loket.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import id.loket.LoketIntegrationTest;
import id.loket.base.Localized;
import id.loket.base.ui.ForbiddenView;
import id.loket.complaint.ComplaintChannel;
import id.loket.complaint.Division;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.ComplaintStatus;
import id.loket.dashboard.Bottleneck;
import id.loket.dashboard.BranchFigures;
import id.loket.dashboard.DashboardFeed;
import id.loket.dashboard.DashboardFilter;
import id.loket.dashboard.DashboardService;
import id.loket.dashboard.Drill;
import id.loket.dashboard.Drill.Kind;
import id.loket.dashboard.FlowPoint;
import id.loket.dashboard.Granularity;
import id.loket.dashboard.HeatMap;
import id.loket.dashboard.OfficeDashboard;
import id.loket.dashboard.Spread;
import id.loket.dashboard.StepFigures;
import id.loket.dashboard.TrendPoint;
import id.loket.dashboard.ui.chart.Chart;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The Kepala Dinas dashboard against fixed figures (the service is a stand-in here; {@code OfficeDashboardDataTest}
 * runs it on real data): what he reads, in which format, where each figure leads, the filter in the address.
 */
@LoketIntegrationTest
@WithUserDetails("kadis")
// its own context (the service is replaced): closed after the class so its scheduled jobs stop
@org.springframework.test.annotation.DirtiesContext
class OfficeDashboardViewTest extends SpringBrowserlessTest {

    @MockitoBean
    DashboardService service;
    @MockitoBean
    DashboardFeed feed;

    final LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    final Runnable stop = mock(Runnable.class);

    static final StepFigures SIAK = new StepFigures("SIAK_CHECK", 3,
            new Localized("Verifikasi data ke SIAK", "Data check against SIAK"), 5,
            new Spread(40, 240, 450, 0.9, 5), new Spread(40, 120, 300, 0.95, 5), 40, 2, 3, null, 1);
    static final StepFigures VERIFY = new StepFigures("VERIFICATION", 5,
            new Localized("Verifikasi oleh Kepala Seksi", "Verification by the head of section"), 5,
            new Spread(38, 180, 330, 0.875, 5), new Spread(38, 495, 1230, 0.4, 5), 38, 4, 6, null, 5);

    OfficeDashboard dashboard(DashboardFilter filter) {
        Long[][] arrivals = new Long[7][24];
        arrivals[0][9] = 12L; // Monday 09:00-10:00
        arrivals[4][14] = 3L;
        Long[][] waiting = new Long[7][24];
        waiting[0][9] = 450L; // 7.5 minutes
        var complaints = new ComplaintService.Figures(filter.from(), filter.to(), 9,
                Map.of(ComplaintChannel.TELEPON, 9L), Map.of("DATA_KK", 9L),
                Map.of(ComplaintStatus.NEW, 2L, ComplaintStatus.IN_PROGRESS, 3L, ComplaintStatus.RESOLVED, 4L),
                60L, 600L, 1, 2, Map.of(Division.DAFDUK, 4L, Division.SEKRETARIS, 1L), Map.of(Division.DAFDUK, 1L));
        return new OfficeDashboard(filter, new Spread(1234, 750, 1860, 0.875, 30), List.of(SIAK, VERIFY),
                List.of(new BranchFigures("PUSAT", "Kantor Pusat", new Spread(1000, 700, 1800, 0.9, 30),
                                Map.of("SIAK_CHECK", 0.9, "VERIFICATION", 0.85)),
                        new BranchFigures("CIBINONG", "Cabang Cibinong", new Spread(234, 900, 2400, 0.625, 30),
                                Map.of("SIAK_CHECK", 0.925, "VERIFICATION", 0.5))),
                new Bottleneck("VERIFICATION", VERIFY.name(), 5, VERIFY.waiting(), VERIFY.working()),
                List.of(new TrendPoint(filter.from(), 1234, new Spread(1234, 750, 1860, 0.875, 30))),
                new HeatMap(arrivals), new HeatMap(waiting),
                List.of(new FlowPoint(filter.from(), Map.of("SIAK_CHECK", 40L, "VERIFICATION", 38L))), complaints);
    }

    @BeforeEach
    void figures() {
        Map<String, String> branches = new LinkedHashMap<>();
        branches.put("PUSAT", "Kantor Pusat");
        branches.put("CIBINONG", "Cabang Cibinong");
        when(service.branches()).thenReturn(branches);
        when(service.types(any())).thenReturn(Map.of("BIRTH", "Kelahiran"));
        when(service.office(any())).thenAnswer(call -> dashboard(call.getArgument(0)));
        when(service.trend(any(), any())).thenAnswer(call -> {
            DashboardFilter f = call.getArgument(0);
            return List.of(new TrendPoint(f.from(), 7, new Spread(7, 900, 1500, 0.75, 30)));
        });
        when(feed.subscribe(any(), any(), any(), any())).thenReturn(stop);
    }

    OfficeDashboardView open(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            return navigate(location, OfficeDashboardView.class);
        }
        UI.getCurrent().navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        return (OfficeDashboardView) getCurrentView();
    }

    String value(String id) {
        return find(Anchor.class).id("dashboard-office-" + id + "-value").getText();
    }

    /** The current address, its parameters in any order. */
    void assertLocation(String expected) {
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        int query = expected.indexOf('?');
        assertThat(location.getPath()).isEqualTo(query < 0 ? expected : expected.substring(0, query));
        assertThat(location.getQueryParameters().getParameters()).isEqualTo(query < 0 ? Map.of()
                : QueryParameters.fromString(expected.substring(query + 1)).getParameters());
    }

    @Test
    void the_head_of_office_reads_lead_time_and_bottleneck_in_indonesian() {
        open("dasbor");
        assertThat(value("completed")).isEqualTo("1.234");
        assertThat(value("lead-p50")).isEqualTo("12,5 menit");
        assertThat(value("lead-p90")).isEqualTo("31 menit");
        assertThat(value("lead-within")).isEqualTo("87,5%");
        assertThat(find(Paragraph.class).id("dashboard-office-bottleneck").getElement().getTextRecursively())
                .isEqualTo("Tahap paling lambat: Verifikasi oleh Kepala Seksi. Separuh kartu menunggu lebih dari "
                        + "8,3 menit sebelum dikerjakan (p90 20,5 menit; standar tahap 5 menit).");
        assertThat(value("complaints-open")).isEqualTo("5");
        assertThat(value("complaints-overdue")).isEqualTo("1");
        // open and overdue complaints per division holding them
        assertThat(find(NativeTableRow.class).id("dashboard-office-complaints-division-DAFDUK").getElement()
                .getTextRecursively()).isEqualTo("Bidang Pendaftaran Penduduk41");
        assertThat(find(NativeTableRow.class).id("dashboard-office-complaints-division-SEKRETARIS").getElement()
                .getTextRecursively()).isEqualTo("Sekretaris10");
    }

    @Test
    void in_english_the_numbers_use_a_decimal_point() {
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        open("dasbor");
        assertThat(value("completed")).isEqualTo("1,234");
        assertThat(value("lead-p50")).isEqualTo("12.5 min");
        assertThat(find(Paragraph.class).id("dashboard-office-bottleneck").getElement().getTextRecursively())
                .startsWith("Slowest step: Verification by the head of section. Half of the cards wait more than 8.3 minutes");
    }

    @Test
    void the_charts_hold_the_same_numbers_as_the_figures() {
        OfficeDashboardView view = open("dasbor");
        var working = view.working.data();
        assertThat(working.categories()).containsExactly("Verifikasi data ke SIAK", "Verifikasi oleh Kepala Seksi");
        assertThat(working.series("p50 (median)").values()).containsExactly(4.0, 3.0);
        assertThat(working.series("p90").values()).containsExactly(7.5, 5.5);
        assertThat(working.series("Standar").values()).containsExactly(5.0, 5.0);
        assertThat(view.working.cellText(0, 1)).isEqualTo("7,5");
        assertThat(view.working.optionJson()).contains("\"type\":\"bar\"").contains("\"step\":\"middle\"");

        var compliance = view.compliance.data();
        assertThat(compliance.series("Waktu kerja dalam standar").values()).containsExactly(90.0, 87.5);
        assertThat(compliance.series("Waktu tunggu dalam standar").values()).containsExactly(95.0, 40.0);
        assertThat(view.compliance.cellText(1, 0)).isEqualTo("87,5%");

        var branches = view.branchShare.data();
        assertThat(branches.rows()).containsExactly("Kantor Pusat", "Cabang Cibinong");
        assertThat(branches.heat().get(1)).containsExactly(92.5, 50.0, 62.5);

        var arrivals = view.arrivals.data();
        assertThat(arrivals.rows()).startsWith("Sen", "Sel");
        assertThat(arrivals.cell(0, 9)).isEqualTo(12.0);
        assertThat(arrivals.cell(0, 10)).isNull();
        assertThat(view.arrivals.cellText(0, 9)).isEqualTo("12");
        assertThat(view.waitingHeat.data().cell(0, 9)).isEqualTo(7.5);
        assertThat(view.flow.data().series("Verifikasi oleh Kepala Seksi").values()).containsExactly(38.0);
        assertThat(view.throughput.data().series("Selesai").values()).containsExactly(1234.0);
        assertThat(view.trend.data().series("Waktu layanan p50").values()).containsExactly(15.0);
        assertThat(view.trend.data().standard().value()).isEqualTo(30.0);
        assertThat(view.trend.optionJson()).contains("\"markLine\"").contains("\"yAxis\":30.0");
    }

    @Test
    void every_figure_leads_to_the_cards_behind_it() {
        DashboardFilter filter = new DashboardFilter(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), "PUSAT",
                "BIRTH");
        assertThat(DrillLinks.url(filter, new Drill(Kind.ARRIVALS, null, 0, 9))).isEqualTo(
                "/dasbor/kartu?dari=2026-12-01&sampai=2026-12-02&cabang=PUSAT&jenis=BIRTH&apa=ARRIVALS&hari=0&jam=9");
        assertThat(DrillLinks.url(DashboardFilter.day(LocalDate.of(2026, 12, 2)), Drill.of(Kind.FINISHED, "SIAK_CHECK")))
                .isEqualTo("/dasbor/kartu?dari=2026-12-02&sampai=2026-12-02&apa=FINISHED&tahap=SIAK_CHECK");

        OfficeDashboardView view = open("dasbor");
        String day = "dari=" + today + "&sampai=" + today;
        assertThat(find(Anchor.class).id("dashboard-office-lead-within-value").getHref())
                .isEqualTo("dasbor/kartu?" + day + "&apa=LEAD_OVER_STANDARD");
        assertThat(find(Anchor.class).id("dashboard-office-bottleneck-link").getHref())
                .isEqualTo("dasbor/kartu?" + day + "&apa=WAIT_OVER_STANDARD&tahap=VERIFICATION");
        NativeTableRow verify = find(NativeTableRow.class).id("dashboard-office-step-VERIFICATION");
        assertThat(verify.getDataCell(4).orElseThrow().getChildren().findFirst().map(a -> ((Anchor) a).getHref()))
                .contains("dasbor/kartu?" + day + "&apa=OVER_STANDARD_NOW&tahap=VERIFICATION");
        assertThat(view.arrivals.data().heatLink(0, 9)).isEqualTo("/dasbor/kartu?" + day + "&apa=ARRIVALS&hari=0&jam=9");
        assertThat(view.branchShare.data().heatLink(1, 1))
                .isEqualTo("/dasbor/kartu?" + day + "&cabang=CIBINONG&apa=WORK_OVER_STANDARD&tahap=VERIFICATION");

        // a click on a bar opens its cards; an address the chart does not hold is ignored
        Chart working = view.working;
        working.open("/dasbor/kartu?dari=2000-01-01&sampai=2000-01-01&apa=FINISHED");
        assertLocation("dasbor");
        working.open(working.data().series("p90").link(1));
        assertLocation("dasbor/kartu?" + day + "&apa=WORK_OVER_STANDARD&tahap=VERIFICATION");
    }

    @Test
    void the_filter_is_kept_in_the_address() {
        open("dasbor?dari=2026-11-01&sampai=2026-11-15&cabang=CIBINONG&jenis=BIRTH");
        DashboardFilter expected = new DashboardFilter(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15),
                "CIBINONG", "BIRTH");
        verify(service).office(expected);
        assertThat(test(find(Select.class).id("dashboard-office-period")).getSelected())
                .isEqualTo(OfficeDashboardView.Period.RANGE);
        assertThat(find(DatePicker.class).id("dashboard-office-from").getValue()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(test(find(Select.class).id("dashboard-office-branch")).getSelected()).isEqualTo("CIBINONG");
        // a past period never changes: no live subscription
        verify(feed, never()).subscribe(any(), any(), any(), any());

        test(find(Select.class).id("dashboard-office-period")).selectItem("7 hari");
        assertLocation("dasbor?dari=" + today.minusDays(6) + "&sampai=" + today + "&cabang=CIBINONG&jenis=BIRTH");
        verify(service).office(new DashboardFilter(today.minusDays(6), today, "CIBINONG", "BIRTH"));

        test(find(RadioButtonGroup.class).id("dashboard-office-granularity")).selectItem("Bulan");
        verify(service).trend(new DashboardFilter(today.minusDays(6), today, "CIBINONG", "BIRTH"), Granularity.MONTH);
    }

    @Test
    void a_long_period_is_summed_per_month() {
        doAnswer(call -> {
            DashboardFilter f = call.getArgument(0);
            List<TrendPoint> days = f.from().datesUntil(f.to().plusDays(1))
                    .map(day -> new TrendPoint(day, 1, Spread.empty(30))).toList();
            OfficeDashboard d = dashboard(f);
            return new OfficeDashboard(f, d.leadTime(), d.steps(), d.branches(), d.bottleneck(), days, d.arrivals(),
                    d.waiting(), d.flow(), d.complaints());
        }).when(service).office(any());
        OfficeDashboardView view = open("dasbor?dari=2024-01-15&sampai=2026-11-30");
        var chart = view.throughput.data();
        assertThat(chart.title()).isEqualTo("Permohonan selesai per bulan");
        assertThat(chart.categories()).hasSize(35).startsWith("Jan 2024", "Feb 2024");
        assertThat(chart.series("Selesai").values()).startsWith(17.0, 29.0);
        assertThat(chart.series("Selesai").link(0))
                .isEqualTo("/dasbor/kartu?dari=2024-01-15&sampai=2024-01-31&apa=COMPLETED");
        assertThat(test(find(RadioButtonGroup.class).id("dashboard-office-granularity")).getSelected())
                .isEqualTo(Granularity.MONTH);
        verify(service).trend(new DashboardFilter(LocalDate.of(2024, 1, 15), LocalDate.of(2026, 11, 30), null, null),
                Granularity.MONTH);
    }

    @Test
    void a_range_that_ends_before_it_starts_is_refused_on_the_field() {
        open("dasbor");
        test(find(Select.class).id("dashboard-office-period")).selectItem("Rentang");
        test(find(DatePicker.class).id("dashboard-office-from")).setValue(today);
        test(find(DatePicker.class).id("dashboard-office-to")).setValue(today.minusDays(3));
        DatePicker to = find(DatePicker.class).id("dashboard-office-to");
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Tanggal akhir tidak boleh sebelum tanggal awal");
        verify(service, times(1)).office(any()); // only the first showing: nothing changed
        assertLocation("dasbor");
    }

    @Test
    @SuppressWarnings("unchecked")
    void todays_figures_follow_the_live_feed_until_the_view_closes() {
        OfficeDashboardView view = open("dasbor");
        ArgumentCaptor<Supplier<OfficeDashboard>> compute = ArgumentCaptor.forClass(Supplier.class);
        ArgumentCaptor<Consumer<OfficeDashboard>> onChange = ArgumentCaptor.forClass(Consumer.class);
        verify(feed).subscribe(eq(DashboardFilter.day(today)), eq(java.util.Set.of("PUSAT", "CIBINONG")),
                compute.capture(), onChange.capture());
        OfficeDashboard moved = new OfficeDashboard(DashboardFilter.day(today), new Spread(1235, 780, 1860, 0.875, 30),
                List.of(SIAK, VERIFY), List.of(), null, List.of(), null, null, List.of(), null);
        onChange.getValue().accept(moved);
        assertThat(value("completed")).isEqualTo("1.235");
        assertThat(value("lead-p50")).isEqualTo("13 menit");
        assertThat(view.branchShare.isVisible()).isFalse();

        navigate("", id.loket.base.ui.HomeView.class);
        verify(stop).run();
    }

    @Test
    @WithUserDetails("kasi")
    void only_the_head_of_office_may_open_it() {
        navigate("dasbor", ForbiddenView.class);
    }
}
