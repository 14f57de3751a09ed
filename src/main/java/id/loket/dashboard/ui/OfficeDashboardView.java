package id.loket.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.MenuGroups;
import id.loket.base.Roles;
import id.loket.base.ui.Messages;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.ComplaintStatus;
import id.loket.complaint.Division;
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
import id.loket.dashboard.ui.chart.ChartData;
import id.loket.dashboard.ui.chart.ChartData.Series;
import id.loket.dashboard.ui.chart.ChartData.Type;
import id.loket.dashboard.ui.chart.ChartData.Unit;
import id.loket.dashboard.ui.chart.ChartFormat;
import id.loket.skm.SkmService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The Kepala Dinas's dashboard (issue 13.3): lead time ticket -> handover against the sum of the step standards,
 * compliance per step and per branch, the bottleneck in words, throughput, trends, the arrival and waiting heat
 * maps, cumulative flow and the complaint desk's figures, for a period, branch and application type kept in the
 * address ({@code ?dari=&sampai=&cabang=&jenis=}) so a reload or a bookmark shows the same. Every figure links to
 * the cards behind it ({@link DrillLinks}). While the period includes today the figures follow the board live
 * through the shared {@link DashboardFeed}.
 */
@Route("dasbor")
@RolesAllowed(Roles.HEAD_OF_OFFICE)
@Menu(order = MenuGroups.MANAGEMENT + 1, title = "dashboard.office.menu", icon = "vaadin:dashboard")
@StyleSheet("context://styles/dashboard-office.css")
public class OfficeDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The period presets of the filter. */
    enum Period {
        TODAY, WEEK, MONTH, RANGE
    }

    static final String ALL = "";

    private final DashboardService service;
    private final DashboardFeed feed;
    private final ComplaintService complaints;
    private final SkmService skm;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, String> branches;
    private final Map<String, String> types;
    private final Locale locale;

    final Select<Period> period = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<String> branch = new Select<>();
    final Select<String> type = new Select<>();
    final RadioButtonGroup<Granularity> granularity = new RadioButtonGroup<>();
    private final HorizontalLayout toolbar = new HorizontalLayout();

    final Div headline = new Div();
    final Paragraph bottleneck = new Paragraph();
    final Chart working = new Chart("dashboard-office-working");
    final Chart waiting = new Chart("dashboard-office-waiting");
    final Chart compliance = new Chart("dashboard-office-compliance");
    final NativeTable stepTable = new NativeTable();
    final Chart branchShare = new Chart("dashboard-office-branches");
    final Chart throughput = new Chart("dashboard-office-throughput");
    final Chart trend = new Chart("dashboard-office-trend");
    final Chart arrivals = new Chart("dashboard-office-arrivals");
    final Chart waitingHeat = new Chart("dashboard-office-waiting-heat");
    final Chart flow = new Chart("dashboard-office-flow");
    final Div complaintFigures = new Div();
    final SkmSection skmFigures = new SkmSection();
    private final H3 branchHeading = new H3();
    private final Div content = new Div();

    private DashboardFilter filter;
    private OfficeDashboard shown;
    private Runnable unsubscribe = () -> { };
    private boolean updatingFields;

    /** The central's branch deliveries (issue 14); hidden on a branch server. */
    final DeliveryStrip deliveries;

    OfficeDashboardView(DashboardService service, DashboardFeed feed, ComplaintService complaints, SkmService skm,
                        Clock clock,
                        org.springframework.beans.factory.ObjectProvider<id.loket.sync.BranchDeliveries> deliveries,
                        @org.springframework.beans.factory.annotation.Value("${loket.sync.central.stale-after:15m}")
                        java.time.Duration staleAfter) {
        this.service = service;
        this.skm = skm;
        this.feed = feed;
        this.complaints = complaints;
        this.clock = clock;
        this.zone = CurrentUser.require().timeZone().zoneId();
        this.locale = ChartFormat.of(getLocale());
        this.branches = service.branches();
        this.types = service.types(getLocale());
        setId("dashboard-office-view");
        addClassName("dashboard-office");
        this.filter = preset(Period.TODAY, null, null);

        period.setId("dashboard-office-period");
        period.setLabel(getTranslation("dashboard.office.filter.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> getTranslation("dashboard.office.period." + p.name()));
        period.addValueChangeListener(e -> {
            if (!updatingFields) {
                periodChosen(e.getValue());
            }
        });
        from.setId("dashboard-office-from");
        from.setLabel(getTranslation("dashboard.office.filter.from"));
        to.setId("dashboard-office-to");
        to.setLabel(getTranslation("dashboard.office.filter.to"));
        from.addValueChangeListener(e -> rangeChanged());
        to.addValueChangeListener(e -> rangeChanged());

        branch.setId("dashboard-office-branch");
        branch.setLabel(getTranslation("dashboard.office.filter.branch"));
        List<String> branchItems = new ArrayList<>();
        branchItems.add(ALL);
        branchItems.addAll(branches.keySet());
        branch.setItems(branchItems);
        branch.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("dashboard.office.filter.all-branches")
                : branches.getOrDefault(code, code));
        branch.setVisible(branches.size() > 1); // one branch: nothing to choose
        branch.addValueChangeListener(e -> filterChanged());

        type.setId("dashboard-office-type");
        type.setLabel(getTranslation("dashboard.office.filter.type"));
        List<String> typeItems = new ArrayList<>();
        typeItems.add(ALL);
        typeItems.addAll(types.keySet());
        type.setItems(typeItems);
        type.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("dashboard.office.filter.all-types")
                : types.getOrDefault(code, code));
        type.addValueChangeListener(e -> filterChanged());

        toolbar.setId("dashboard-office-toolbar");
        toolbar.addClassName("dashboard-office-toolbar");
        toolbar.add(new ExportButtons(() -> filter, ExportButtons.Kind.OFFICE));
        HorizontalLayout filters = new HorizontalLayout(period, from, to, branch, type, toolbar);
        filters.setId("dashboard-office-filters");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        granularity.setId("dashboard-office-granularity");
        granularity.setLabel(getTranslation("dashboard.office.trend.granularity"));
        granularity.setItems(Granularity.values());
        granularity.setItemLabelGenerator(g -> getTranslation("dashboard.office.granularity." + g.name()));
        granularity.setValue(Granularity.DAY);
        granularity.addValueChangeListener(e -> {
            if (e.getValue() != null && !updatingFields) {
                loadTrend(false);
            }
        });

        headline.setId("dashboard-office-headline");
        headline.addClassName("dashboard-figures");
        bottleneck.setId("dashboard-office-bottleneck");
        bottleneck.addClassName("dashboard-office-bottleneck");
        stepTable.setId("dashboard-office-steps");
        stepTable.addClassName("dashboard-table");
        complaintFigures.setId("dashboard-office-complaints");
        complaintFigures.addClassName("dashboard-complaints");
        branchHeading.setText(getTranslation("dashboard.office.section.branches"));
        flow.withHeight("360px");

        content.setId("dashboard-office-content");
        content.addClassName("dashboard-office-content");
        content.add(
                section("lead", "dashboard.office.section.lead", headline, bottleneck),
                section("steps", "dashboard.office.section.steps", grid(working, waiting), compliance, stepTable),
                section("branches", null, branchHeading, branchShare),
                section("throughput", "dashboard.office.section.throughput", throughput),
                section("trend", "dashboard.office.section.trend", granularity, trend),
                section("heat", "dashboard.office.section.heat", grid(arrivals, waitingHeat)),
                section("flow", "dashboard.office.section.flow", flow),
                section("complaints", "dashboard.office.section.complaints", complaintFigures),
                section("skm", "skm.dashboard.section", skmFigures));
        H2 title = new H2(getTranslation("dashboard.office.title"));
        title.setId("dashboard-office-title");
        this.deliveries = new DeliveryStrip(deliveries.getIfAvailable(), branches, clock, zone, staleAfter);
        add(title, this.deliveries, filters, content);
        setWidthFull();
    }

    // ---- filter and address ----

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        LocalDate today = today();
        LocalDate dari = date(query, "dari");
        LocalDate sampai = date(query, "sampai");
        if (dari == null || sampai == null || sampai.isBefore(dari)) {
            dari = today;
            sampai = today;
        }
        String cabang = first(query, "cabang");
        String jenis = first(query, "jenis");
        // only what the user may choose; anything else in a hand-edited address is left out
        filter = new DashboardFilter(dari, sampai,
                cabang != null && branches.size() > 1 && branches.containsKey(cabang) ? cabang : null,
                jenis != null && types.containsKey(jenis) ? jenis : null);
        showFilter(filter);
        load();
    }

    private void showFilter(DashboardFilter f) {
        updatingFields = true;
        try {
            Period matching = matching(f);
            if (period.getValue() != Period.RANGE || matching == Period.RANGE) {
                period.setValue(matching);
            }
            from.setValue(f.from());
            to.setValue(f.to());
            from.setInvalid(false);
            to.setInvalid(false);
            boolean range = period.getValue() == Period.RANGE;
            from.setVisible(range);
            to.setVisible(range);
            branch.setValue(f.branchCode() == null ? ALL : f.branchCode());
            type.setValue(f.typeCode() == null ? ALL : f.typeCode());
        } finally {
            updatingFields = false;
        }
    }

    private Period matching(DashboardFilter f) {
        LocalDate today = today();
        if (!f.to().equals(today)) {
            return Period.RANGE;
        }
        if (f.from().equals(today)) {
            return Period.TODAY;
        }
        if (f.from().equals(today.minusDays(6))) {
            return Period.WEEK;
        }
        return f.from().equals(today.withDayOfMonth(1)) ? Period.MONTH : Period.RANGE;
    }

    private DashboardFilter preset(Period p, String branchCode, String typeCode) {
        LocalDate today = today();
        LocalDate start = switch (p) {
            case TODAY, RANGE -> today;
            case WEEK -> today.minusDays(6); // seven days with today
            case MONTH -> today.withDayOfMonth(1);
        };
        return new DashboardFilter(start, today, branchCode, typeCode);
    }

    private void periodChosen(Period p) {
        if (p == null) {
            return;
        }
        boolean range = p == Period.RANGE;
        from.setVisible(range);
        to.setVisible(range);
        if (!range) {
            go(preset(p, filter.branchCode(), filter.typeCode()));
        }
    }

    private void rangeChanged() {
        if (updatingFields) {
            return;
        }
        LocalDate a = from.getValue();
        LocalDate b = to.getValue();
        from.setInvalid(false);
        to.setInvalid(false);
        if (a == null || b == null) {
            DatePicker empty = a == null ? from : to;
            empty.setErrorMessage(getTranslation("dashboard.office.filter.date-required"));
            empty.setInvalid(true);
            return;
        }
        if (b.isBefore(a)) {
            to.setErrorMessage(getTranslation("dashboard.office.filter.to-before-from"));
            to.setInvalid(true);
            return; // nothing changes: the figures still show the last valid period
        }
        go(new DashboardFilter(a, b, filter.branchCode(), filter.typeCode()));
    }

    private void filterChanged() {
        if (updatingFields) {
            return;
        }
        String b = branch.getValue();
        String t = type.getValue();
        go(new DashboardFilter(filter.from(), filter.to(), b == null || b.isEmpty() ? null : b,
                t == null || t.isEmpty() ? null : t));
    }

    /** Puts the filter into the address (history), which shows it: a reload or bookmark shows the same. */
    private void go(DashboardFilter f) {
        UI.getCurrent().navigate(OfficeDashboardView.class, query(f));
    }

    /** The address parameters for a filter: {@code dari}, {@code sampai}, and {@code cabang}/{@code jenis} when set. */
    static QueryParameters query(DashboardFilter f) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("dari", List.of(f.from().toString()));
        params.put("sampai", List.of(f.to().toString()));
        if (f.branchCode() != null) {
            params.put("cabang", List.of(f.branchCode()));
        }
        if (f.typeCode() != null) {
            params.put("jenis", List.of(f.typeCode()));
        }
        return new QueryParameters(params);
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    private static LocalDate date(Map<String, List<String>> query, String name) {
        String value = first(query, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null; // a hand-edited address falls back to today
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    // ---- loading and live updates ----

    private void load() {
        try {
            show(service.office(filter));
            loadTrend(true);
            skmFigures.show(skm.index(filter.from(), filter.to(), filter.branchCode(), filter.typeCode()));
        } catch (BusinessException e) {
            Messages.error(e);
        }
        if (isAttached()) {
            subscribe();
        }
    }

    /** @param coarsen after a filter change: a finer granularity than the period suits moves up (1,800 days read badly) */
    private void loadTrend(boolean coarsen) {
        try {
            Granularity g = granularity.getValue() == null ? Granularity.DAY : granularity.getValue();
            if (coarsen && g.compareTo(granularityFor(filter)) < 0) {
                g = granularityFor(filter); // the switch still offers a finer one
                updatingFields = true;
                granularity.setValue(g);
                updatingFields = false;
            }
            showTrend(service.trend(filter, g), g);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        subscribe();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe.run();
        unsubscribe = () -> { };
        super.onDetach(detachEvent);
    }

    /** Live only while the period includes today: a past period never changes. One subscription per open view. */
    private void subscribe() {
        unsubscribe.run();
        unsubscribe = () -> { };
        if (!filter.includes(today())) {
            return;
        }
        UI ui = UI.getCurrent();
        DashboardFilter f = filter;
        Set<String> scope = f.branchCode() != null ? Set.of(f.branchCode()) : Set.copyOf(branches.keySet());
        unsubscribe = feed.subscribe(f, scope, () -> service.office(f), (OfficeDashboard d) -> ui.access(() -> {
            if (f.equals(filter)) {
                show(d);
            }
        }));
    }

    // ---- rendering ----

    /** Shows one dashboard value (from the service or the live feed); package-private so tests can give fixed figures. */
    void show(OfficeDashboard d) {
        this.shown = d;
        deliveries.refresh();
        DashboardFilter f = d.filter() != null ? d.filter() : filter;
        showHeadline(d, f);
        showBottleneck(d, f);
        showSteps(d, f);
        showBranches(d, f);
        showThroughput(d, f);
        showHeat(d, f);
        showFlow(d, f);
        showComplaints(d);
    }

    private void showHeadline(OfficeDashboard d, DashboardFilter f) {
        headline.removeAll();
        Spread lead = d.leadTime();
        String completed = DrillLinks.url(f, Drill.of(Kind.COMPLETED, null));
        String over = DrillLinks.url(f, Drill.of(Kind.LEAD_OVER_STANDARD, null));
        headline.add(
                figure("completed", "dashboard.office.figure.completed", ChartFormat.count(lead.count(), locale), completed),
                figure("lead-p50", "dashboard.office.figure.lead-p50",
                        minutesText(lead.p50Seconds()), completed),
                figure("lead-p90", "dashboard.office.figure.lead-p90",
                        minutesText(lead.p90Seconds()), completed),
                figure("lead-within", "dashboard.office.figure.lead-within",
                        ChartFormat.share(lead.shareWithin(), locale), over));
        Span standard = new Span(getTranslation("dashboard.office.figure.lead-standard", lead.standardMinutes()));
        standard.setId("dashboard-office-lead-standard");
        standard.addClassName("dashboard-note");
        headline.add(standard);
    }

    private String minutesText(Integer seconds) {
        return seconds == null ? "–" : getTranslation("dashboard.office.minutes", ChartFormat.minutes(seconds, locale));
    }

    private void showBottleneck(OfficeDashboard d, DashboardFilter f) {
        bottleneck.removeAll();
        if (d.bottleneck() == null || d.bottleneck().waiting().p50Seconds() == null) {
            bottleneck.setText(getTranslation("dashboard.office.bottleneck.none"));
            return;
        }
        var b = d.bottleneck();
        String sentence = getTranslation("dashboard.office.bottleneck", b.name().in(getLocale()),
                ChartFormat.minutes(b.waiting().p50Seconds(), locale),
                ChartFormat.minutes(b.waiting().p90Seconds(), locale), String.valueOf(b.standardMinutes()));
        Anchor link = anchor(sentence, DrillLinks.url(f, Drill.of(Kind.WAIT_OVER_STANDARD, b.stepCode())));
        link.setId("dashboard-office-bottleneck-link");
        bottleneck.add(link);
    }

    private void showSteps(OfficeDashboard d, DashboardFilter f) {
        List<StepFigures> steps = d.steps();
        List<String> names = steps.stream().map(s -> s.name().in(getLocale())).toList();
        List<Double> standards = steps.stream().map(s -> (double) s.standardMinutes()).toList();
        List<String> finished = links(steps, s -> DrillLinks.url(f, Drill.of(Kind.FINISHED, s.stepCode())));
        List<String> workOver = links(steps, s -> DrillLinks.url(f, Drill.of(Kind.WORK_OVER_STANDARD, s.stepCode())));
        List<String> waitOver = links(steps, s -> DrillLinks.url(f, Drill.of(Kind.WAIT_OVER_STANDARD, s.stepCode())));
        String p50 = getTranslation("dashboard.office.series.p50");
        String p90 = getTranslation("dashboard.office.series.p90");
        String standard = getTranslation("dashboard.office.series.standard");
        working.setData(ChartData.of(Type.BAR, getTranslation("dashboard.office.chart.working"), Unit.MINUTES, names)
                .withSeries(
                        Series.bar(p50, steps.stream().map(s -> ChartFormat.toMinutes(s.working().p50Seconds())).toList())
                                .withLinks(finished),
                        Series.bar(p90, steps.stream().map(s -> ChartFormat.toMinutes(s.working().p90Seconds())).toList())
                                .withLinks(workOver),
                        Series.stepLine(standard, standards)));
        waiting.setData(ChartData.of(Type.BAR, getTranslation("dashboard.office.chart.waiting"), Unit.MINUTES, names)
                .withSeries(
                        Series.bar(p50, steps.stream().map(s -> ChartFormat.toMinutes(s.waiting().p50Seconds())).toList())
                                .withLinks(finished),
                        Series.bar(p90, steps.stream().map(s -> ChartFormat.toMinutes(s.waiting().p90Seconds())).toList())
                                .withLinks(waitOver),
                        Series.stepLine(standard, standards)));
        compliance.setData(ChartData.of(Type.BAR, getTranslation("dashboard.office.chart.compliance"), Unit.PERCENT,
                        names)
                .withSeries(
                        Series.bar(getTranslation("dashboard.office.series.working-within"),
                                steps.stream().map(s -> ChartFormat.toPercent(s.working().shareWithin())).toList())
                                .withLinks(workOver),
                        Series.bar(getTranslation("dashboard.office.series.waiting-within"),
                                steps.stream().map(s -> ChartFormat.toPercent(s.waiting().shareWithin())).toList())
                                .withLinks(waitOver)));

        stepTable.removeAll();
        stepTable.setCaptionText(getTranslation("dashboard.office.steps.caption"));
        NativeTableRow head = stepTable.getHead().addRow();
        for (String key : List.of("step", "standard", "finished", "returned", "in-step", "over-now")) {
            head.addHeaderCell().setText(getTranslation("dashboard.office.steps." + key));
        }
        for (StepFigures s : steps) {
            NativeTableRow row = stepTable.getBody().addRow();
            row.setId("dashboard-office-step-" + s.stepCode());
            row.addHeaderCell().setText(s.name().in(getLocale()));
            row.addDataCell().setText(getTranslation("dashboard.office.minutes", String.valueOf(s.standardMinutes())));
            cell(row, s.finished(), DrillLinks.url(f, Drill.of(Kind.FINISHED, s.stepCode())));
            cell(row, s.returned(), DrillLinks.url(f, Drill.of(Kind.RETURNED, s.stepCode())));
            cell(row, s.inStepNow(), DrillLinks.url(f, Drill.of(Kind.IN_STEP_NOW, s.stepCode())));
            cell(row, s.overStandardNow(), DrillLinks.url(f, Drill.of(Kind.OVER_STANDARD_NOW, s.stepCode())));
        }
    }

    private void cell(NativeTableRow row, long value, String url) {
        row.addDataCell().add(anchor(ChartFormat.count(value, locale), url));
    }

    private void showBranches(OfficeDashboard d, DashboardFilter f) {
        List<BranchFigures> list = d.branches() == null ? List.of() : d.branches();
        boolean several = list.size() > 1;
        branchHeading.setVisible(several);
        branchShare.setVisible(several);
        if (!several) {
            return;
        }
        List<StepFigures> steps = d.steps();
        List<String> names = new ArrayList<>(steps.stream().map(s -> s.name().in(getLocale())).toList());
        names.add(getTranslation("dashboard.office.branches.lead"));
        List<List<Double>> cells = new ArrayList<>();
        List<List<String>> cellLinks = new ArrayList<>();
        for (BranchFigures b : list) {
            DashboardFilter one = f.withBranch(b.branchCode());
            List<Double> row = new ArrayList<>();
            List<String> rowLinks = new ArrayList<>();
            for (StepFigures s : steps) {
                row.add(ChartFormat.toPercent(b.shareWithinByStep().get(s.stepCode())));
                rowLinks.add(DrillLinks.url(one, Drill.of(Kind.WORK_OVER_STANDARD, s.stepCode())));
            }
            row.add(ChartFormat.toPercent(b.leadTime().shareWithin()));
            rowLinks.add(DrillLinks.url(one, Drill.of(Kind.LEAD_OVER_STANDARD, null)));
            cells.add(row);
            cellLinks.add(rowLinks);
        }
        branchShare.setData(ChartData.of(Type.HEAT_MAP, getTranslation("dashboard.office.chart.branches"),
                        Unit.PERCENT, names)
                .withHeat(list.stream().map(BranchFigures::branchName).toList(), cells, cellLinks));
    }

    private void showThroughput(OfficeDashboard d, DashboardFilter f) {
        List<TrendPoint> days = d.throughputByDay() == null ? List.of() : d.throughputByDay();
        // a long period is summed per week or month: a bar (and a table row) per day of five years reads as noise
        Granularity g = granularityFor(f);
        Map<LocalDate, Long> sums = new LinkedHashMap<>();
        days.forEach(p -> sums.merge(start(p.start(), g), p.completed(), Long::sum));
        List<LocalDate> starts = List.copyOf(sums.keySet());
        throughput.setData(ChartData.of(Type.BAR, getTranslation("dashboard.office.chart.throughput." + g.name()),
                        Unit.COUNT, starts.stream().map(day -> label(day, g)).toList())
                .withSeries(Series.bar(getTranslation("dashboard.office.series.completed"),
                                starts.stream().map(day -> (double) sums.get(day)).toList())
                        .withLinks(starts.stream().map(day -> DrillLinks.url(period(day, g, f),
                                Drill.of(Kind.COMPLETED, null))).toList())));
    }

    /** Day up to three months, week up to two years, month beyond. */
    static Granularity granularityFor(DashboardFilter f) {
        long days = f.to().toEpochDay() - f.from().toEpochDay() + 1;
        return days <= 92 ? Granularity.DAY : days <= 731 ? Granularity.WEEK : Granularity.MONTH;
    }

    private static LocalDate start(LocalDate day, Granularity g) {
        return switch (g) {
            case DAY -> day;
            case WEEK -> day.with(DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The filter for one day, week or month starting {@code start}, clipped to the shown period. */
    private static DashboardFilter period(LocalDate start, Granularity g, DashboardFilter f) {
        LocalDate end = switch (g) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
        };
        return new DashboardFilter(start.isBefore(f.from()) ? f.from() : start, end.isAfter(f.to()) ? f.to() : end,
                f.branchCode(), f.typeCode());
    }

    private String label(LocalDate start, Granularity g) {
        return switch (g) {
            case DAY -> ChartFormat.shortDate(start, locale);
            case WEEK -> getTranslation("dashboard.office.week-of", ChartFormat.date(start, locale));
            case MONTH -> ChartFormat.month(start, locale);
        };
    }

    /** Shows trend points of one granularity; package-private so tests can give fixed points. */
    void showTrend(List<TrendPoint> points, Granularity g) {
        DashboardFilter f = filter;
        List<String> labels = points.stream().map(p -> label(p.start(), g)).toList();
        List<String> links = points.stream()
                .map(p -> DrillLinks.url(period(p.start(), g, f), Drill.of(Kind.COMPLETED, null))).toList();
        int standard = shown != null ? shown.leadTime().standardMinutes()
                : points.isEmpty() ? 0 : points.getFirst().leadTime().standardMinutes();
        trend.setData(ChartData.of(Type.LINE, getTranslation("dashboard.office.chart.trend"), Unit.MINUTES, labels)
                .withSeries(
                        Series.line(getTranslation("dashboard.office.series.lead-p50"),
                                points.stream().map(p -> ChartFormat.toMinutes(p.leadTime().p50Seconds())).toList())
                                .withLinks(links),
                        Series.line(getTranslation("dashboard.office.series.lead-p90"),
                                points.stream().map(p -> ChartFormat.toMinutes(p.leadTime().p90Seconds())).toList())
                                .withLinks(links),
                        Series.bar(getTranslation("dashboard.office.series.completed"),
                                points.stream().map(p -> (double) p.completed()).toList())
                                .withLinks(links).onSecondAxis(Unit.COUNT))
                .withStandard(standard, getTranslation("dashboard.office.series.standard-value",
                        String.valueOf(standard))));
    }

    private void showHeat(OfficeDashboard d, DashboardFilter f) {
        List<String> hours = IntStream.range(0, 24).mapToObj(h -> String.format(Locale.ROOT, "%02d", h)).toList();
        List<String> days = IntStream.range(0, 7)
                .mapToObj(i -> DayOfWeek.of(i + 1).getDisplayName(TextStyle.SHORT, locale)).toList();
        List<List<String>> links = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            List<String> row = new ArrayList<>();
            for (int hour = 0; hour < 24; hour++) {
                row.add(DrillLinks.url(f, new Drill(Kind.ARRIVALS, null, day, hour)));
            }
            links.add(row);
        }
        arrivals.setData(ChartData.of(Type.HEAT_MAP, getTranslation("dashboard.office.chart.arrivals"), Unit.COUNT,
                hours).withHeat(days, cells(d.arrivals(), v -> (double) v), links));
        waitingHeat.setData(ChartData.of(Type.HEAT_MAP, getTranslation("dashboard.office.chart.waiting-heat"),
                Unit.MINUTES, hours).withHeat(days, cells(d.waiting(), v -> ChartFormat.toMinutes((int) (long) v)), links));
    }

    private static List<List<Double>> cells(HeatMap map, Function<Long, Double> value) {
        List<List<Double>> rows = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            List<Double> row = new ArrayList<>();
            for (int hour = 0; hour < 24; hour++) {
                Long v = map == null || map.cells() == null || map.cells().length <= day
                        || map.cells()[day] == null || map.cells()[day].length <= hour ? null : map.cells()[day][hour];
                row.add(v == null ? null : value.apply(v));
            }
            rows.add(row);
        }
        return rows;
    }

    private void showFlow(OfficeDashboard d, DashboardFilter f) {
        List<FlowPoint> all = d.flow() == null ? List.of() : d.flow();
        // cumulative: over a long period the last day of each week or month stands for it
        Granularity g = granularityFor(f);
        Map<LocalDate, FlowPoint> last = new LinkedHashMap<>();
        all.forEach(p -> last.put(start(p.day(), g), p));
        List<FlowPoint> points = List.copyOf(last.values());
        ChartData chart = ChartData.of(Type.STACKED_AREA, getTranslation("dashboard.office.chart.flow"), Unit.COUNT,
                points.stream().map(p -> ChartFormat.shortDate(p.day(), locale)).toList());
        for (StepFigures s : d.steps()) {
            chart = chart.withSeries(Series.area(s.name().in(getLocale()),
                            points.stream().map(p -> p.cumulativeDone().get(s.stepCode()))
                                    .map(v -> v == null ? null : (double) v).toList())
                    .withLinks(points.stream().map(p -> DrillLinks.url(new DashboardFilter(f.from(), p.day(),
                            f.branchCode(), f.typeCode()), Drill.of(Kind.FINISHED, s.stepCode()))).toList()));
        }
        flow.setData(chart);
    }

    private void showComplaints(OfficeDashboard d) {
        complaintFigures.removeAll();
        ComplaintService.Figures c = d.complaints();
        if (c == null) {
            complaintFigures.add(new Paragraph(getTranslation("dashboard.office.complaints.none")));
            return;
        }
        long open = c.byStatus().entrySet().stream().filter(e -> e.getKey().open()).mapToLong(Map.Entry::getValue)
                .sum();
        String list = "pengaduan/ringkasan"; // the complaint desk's own figures and its overdue list
        Div boxes = new Div();
        boxes.addClassName("dashboard-figures");
        boxes.add(
                figure("complaints-total", "dashboard.office.complaints.total", ChartFormat.count(c.total(), locale), list),
                figure("complaints-open", "dashboard.office.complaints.open", ChartFormat.count(open, locale), list),
                figure("complaints-overdue", "dashboard.office.complaints.overdue",
                        ChartFormat.count(c.overdue(), locale), list),
                figure("complaints-near", "dashboard.office.complaints.near",
                        ChartFormat.count(c.nearlyOverdue(), locale), list));
        NativeTable byStatus = new NativeTable();
        byStatus.setId("dashboard-office-complaints-status");
        byStatus.addClassName("dashboard-table");
        byStatus.setCaptionText(getTranslation("dashboard.office.complaints.by-status"));
        for (ComplaintStatus status : ComplaintStatus.values()) {
            NativeTableRow row = byStatus.getBody().addRow();
            row.addHeaderCell().setText(getTranslation("dashboard.office.complaints.status." + status.name()));
            row.addDataCell().setText(ChartFormat.count(c.byStatus().getOrDefault(status, 0L), locale));
        }
        NativeTable byCategory = new NativeTable();
        byCategory.setId("dashboard-office-complaints-category");
        byCategory.addClassName("dashboard-table");
        byCategory.setCaptionText(getTranslation("dashboard.office.complaints.by-category"));
        Map<String, String> categoryNames = new LinkedHashMap<>();
        complaints.categories().forEach(r -> categoryNames.put(r.code(), r.name(getLocale())));
        c.byCategory().forEach((code, count) -> {
            NativeTableRow row = byCategory.getBody().addRow();
            row.addHeaderCell().setText(categoryNames.getOrDefault(code, code));
            row.addDataCell().setText(ChartFormat.count(count, locale));
        });
        // who holds the open complaints, and which of them are past the SLA (the "by division")
        NativeTable byDivision = new NativeTable();
        byDivision.setId("dashboard-office-complaints-division");
        byDivision.addClassName("dashboard-table");
        byDivision.setCaptionText(getTranslation("dashboard.office.complaints.by-division"));
        NativeTableRow head = byDivision.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("dashboard.office.complaints.division"));
        head.addHeaderCell().setText(getTranslation("dashboard.office.complaints.open"));
        head.addHeaderCell().setText(getTranslation("dashboard.office.complaints.overdue"));
        for (Division division : Division.values()) {
            NativeTableRow row = byDivision.getBody().addRow();
            row.setId("dashboard-office-complaints-division-" + division.name());
            row.addHeaderCell().setText(getTranslation("complaint.division." + division.name()));
            row.addDataCell().setText(ChartFormat.count(c.openByDivision().getOrDefault(division, 0L), locale));
            row.addDataCell().setText(ChartFormat.count(c.overdueByDivision().getOrDefault(division, 0L), locale));
        }
        Div tables = new Div(byStatus, byCategory, byDivision);
        tables.addClassName("dashboard-tables");
        complaintFigures.add(boxes, tables);
    }

    // ---- small pieces ----

    private Div figure(String id, String labelKey, String value, String url) {
        Div box = new Div();
        box.setId("dashboard-office-" + id);
        box.addClassName("dashboard-figure");
        Span caption = new Span(getTranslation(labelKey));
        caption.addClassName("dashboard-figure-label");
        Anchor number = anchor(value, url);
        number.setId("dashboard-office-" + id + "-value");
        number.addClassName("dashboard-figure-value");
        box.add(caption, number);
        return box;
    }

    /** A link inside the app; relative, so it works under any context path. */
    private static Anchor anchor(String text, String url) {
        return new Anchor(url.startsWith("/") ? url.substring(1) : url, text);
    }

    private static <T> List<String> links(List<T> items, Function<T, String> url) {
        return items.stream().map(url).toList();
    }

    private Component section(String id, String titleKey, Component... parts) {
        Div box = new Div();
        box.setId("dashboard-office-section-" + id);
        box.addClassName("dashboard-section");
        if (titleKey != null) {
            box.add(new H3(getTranslation(titleKey)));
        }
        box.add(parts);
        return box;
    }

    private static Component grid(Component... charts) {
        FlexLayout row = new FlexLayout(charts);
        row.addClassName("dashboard-chart-row");
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setWidthFull();
        return row;
    }

    // ---- for the export buttons and tests ----

    /** Where export buttons go (CSV, PDF), at the end of the filter bar. */
    public HorizontalLayout toolbar() {
        return toolbar;
    }

    /** The filter the view shows now. */
    public DashboardFilter filter() {
        return filter;
    }

    /** The figures the view shows now (null before the first load). */
    public OfficeDashboard dashboard() {
        return shown;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.office.menu");
    }
}
