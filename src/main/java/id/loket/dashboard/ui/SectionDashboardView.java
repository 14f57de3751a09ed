package id.loket.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.MenuGroups;
import id.loket.base.Roles;
import id.loket.dashboard.Breach;
import id.loket.dashboard.DashboardFeed;
import id.loket.dashboard.DashboardFilter;
import id.loket.dashboard.DashboardService;
import id.loket.dashboard.Drill;
import id.loket.dashboard.OfficerFigures;
import id.loket.dashboard.ReturnFigures;
import id.loket.dashboard.SectionDashboard;
import id.loket.dashboard.StepFigures;
import id.loket.dashboard.ui.chart.Chart;
import id.loket.dashboard.ui.chart.ChartData;
import id.loket.dashboard.ui.chart.ChartData.Series;
import id.loket.dashboard.ui.chart.ChartFormat;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Kepala Seksi's dashboard (issue 13.2): per step, working and waiting minutes (p50, p90, share within the
 * standard), the queue now and its oldest card, returns with their reasons, the officers, and the open breaches of
 * twice the standard. A Kepala Seksi sees his own branch (the service decides; there is no branch picker for him);
 * the Kepala Dinas may pick a branch. Filters live in the URL. While the period includes today the figures follow
 * the cards through {@link DashboardFeed}: one computation per distinct filter, shared by every open dashboard.
 */
@Route("dasbor/seksi")
@RolesAllowed({Roles.VERIFIER, Roles.HEAD_OF_OFFICE})
@Menu(order = MenuGroups.MANAGEMENT + 2, title = "dashboard.section.menu", icon = "vaadin:dashboard")
public class SectionDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(SectionDashboardView.class);

    /** Period presets; the URL names them in Indonesian. */
    enum Period {
        TODAY("hari-ini"), WEEK("7-hari"), MONTH("bulan-ini"), RANGE("rentang");

        final String param;

        Period(String param) {
            this.param = param;
        }

        static Period of(String param) {
            for (Period p : values()) {
                if (p.param.equals(param)) {
                    return p;
                }
            }
            return TODAY;
        }
    }

    private static final String ALL = "";

    private final DashboardService dashboards;
    private final DashboardFeed feed;
    private final Clock clock;
    private final LoketUser user;
    private final SectionFormat format;

    final Select<Period> period = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<String> type = new Select<>();
    final Select<String> branch = new Select<>();
    final Span branchName = new Span();
    final Paragraph status = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Div chartSlot = new Div();
    /** Per step: working p50 and p90 as bars against each step's standard (a step line); its table beside it. */
    final Chart chart = new Chart("section-chart-working");
    /** Per step now: cards in the step and those over its standard. */
    final Chart queueChart = new Chart("section-chart-queue");
    final FigureTable steps;
    final FigureTable returns;
    final FigureTable officers;
    final FigureTable breaches;
    final Paragraph returnsNone = new Paragraph();
    final Paragraph officersNone = new Paragraph();
    final Paragraph breachesNone = new Paragraph();

    private final Map<String, String> typeNames = new LinkedHashMap<>();
    private Map<String, String> branchNames = Map.of();
    private DashboardFilter filter;
    private boolean settingFields;
    private Runnable unsubscribe;

    SectionDashboardView(DashboardService dashboards, DashboardFeed feed, Clock clock,
                         org.springframework.beans.factory.ObjectProvider<id.loket.sync.BranchDeliveries> deliveries,
                         @org.springframework.beans.factory.annotation.Value("${loket.sync.central.stale-after:15m}")
                         java.time.Duration staleAfter) {
        this.dashboards = dashboards;
        this.feed = feed;
        this.clock = clock;
        this.user = CurrentUser.require();
        this.format = new SectionFormat(getLocale(), user.timeZone().zoneId());
        setId("section-dashboard");
        add(new H2(getTranslation("dashboard.section.title")));

        period.setId("section-period");
        period.setLabel(getTranslation("dashboard.filter.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> getTranslation("dashboard.filter.period." + p.name()));
        from.setId("section-from");
        from.setLabel(getTranslation("dashboard.filter.from"));
        to.setId("section-to");
        to.setLabel(getTranslation("dashboard.filter.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        type.setId("section-type");
        type.setLabel(getTranslation("dashboard.filter.type"));
        branch.setId("section-branch");
        branch.setLabel(getTranslation("dashboard.filter.branch"));
        branchName.setId("section-branch-name");
        loadChoices();

        HorizontalLayout filters = new HorizontalLayout(period, from, to, type, branch, branchName,
                new ExportButtons(() -> filter, ExportButtons.Kind.SECTION));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setId("section-filters");
        filters.setWrap(true);
        status.setId("section-live");
        problem.setId("section-problem");
        problem.setVisible(false);
        add(filters, status, problem);
        // the central (issue 14): when each branch's data last arrived
        id.loket.sync.BranchDeliveries central = deliveries.getIfAvailable();
        if (central != null) {
            add(new DeliveryStrip(central, dashboards.branches(), clock, user.timeZone().zoneId(), staleAfter));
        }

        period.addValueChangeListener(e -> {
            if (!settingFields) {
                presetDates(e.getValue());
                changed();
            }
        });
        from.addValueChangeListener(e -> changed());
        to.addValueChangeListener(e -> changed());
        type.addValueChangeListener(e -> changed());
        branch.addValueChangeListener(e -> changed());

        steps = new FigureTable("section-steps", getTranslation("dashboard.section.col.step"),
                getTranslation("dashboard.section.col.standard"), getTranslation("dashboard.section.col.workP50"),
                getTranslation("dashboard.section.col.workP90"), getTranslation("dashboard.section.col.workWithin"),
                getTranslation("dashboard.section.col.waitP50"), getTranslation("dashboard.section.col.waitP90"),
                getTranslation("dashboard.section.col.waitWithin"), getTranslation("dashboard.section.col.finished"),
                getTranslation("dashboard.section.col.returned"), getTranslation("dashboard.section.col.inStep"),
                getTranslation("dashboard.section.col.oldest"), getTranslation("dashboard.section.col.overNow"));
        returns = new FigureTable("section-returns", getTranslation("dashboard.section.col.step"),
                getTranslation("dashboard.section.col.reason"), getTranslation("dashboard.section.col.count"));
        officers = new FigureTable("section-officers", getTranslation("dashboard.section.col.officer"),
                getTranslation("dashboard.section.col.step"), getTranslation("dashboard.section.col.cards"),
                getTranslation("dashboard.section.col.median"), getTranslation("dashboard.section.col.within"));
        breaches = new FigureTable("section-breaches", getTranslation("dashboard.section.col.registration"),
                getTranslation("dashboard.section.col.step"), getTranslation("dashboard.section.col.entered"),
                getTranslation("dashboard.section.col.inStepMinutes"), getTranslation("dashboard.section.col.standard"));
        returnsNone.setText(getTranslation("dashboard.section.returns.none"));
        officersNone.setText(getTranslation("dashboard.section.officers.none"));
        breachesNone.setText(getTranslation("dashboard.section.breaches.none"));
        chartSlot.setId("section-chart");
        chartSlot.setWidthFull();
        chartSlot.add(chart, queueChart);

        Div scroll = new Div(steps);
        scroll.addClassName("figure-scroll");
        scroll.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        add(new H3(getTranslation("dashboard.section.steps")), new Paragraph(getTranslation("dashboard.section.minutesNote")),
                chartSlot, scroll,
                new H3(getTranslation("dashboard.section.breaches")), breaches, breachesNone,
                new H3(getTranslation("dashboard.section.returns")), returns, returnsNone,
                new H3(getTranslation("dashboard.section.officers")), officers, officersNone);
    }

    private void loadChoices() {
        typeNames.put(ALL, getTranslation("dashboard.filter.type.all"));
        try {
            typeNames.putAll(dashboards.types(getLocale()));
            branchNames = dashboards.branches();
        } catch (RuntimeException e) {
            log.warn("Dashboard filter choices could not be read: {}", e.toString());
        }
        type.setItems(typeNames.keySet());
        type.setItemLabelGenerator(typeNames::get);
        boolean picksBranch = user.hasRole(Roles.HEAD_OF_OFFICE) && branchNames.size() > 1;
        branch.setVisible(picksBranch);
        if (picksBranch) {
            branch.setItems(branchNames.keySet());
            branch.setItemLabelGenerator(b -> branchNames.getOrDefault(b, b));
        }
        branchName.setText(getTranslation("dashboard.section.branchOnly",
                branchNames.getOrDefault(user.branchCode(), user.branchCode())));
        branchName.setVisible(!picksBranch);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(format.zone()));
    }

    private void presetDates(Period p) {
        LocalDate today = today();
        settingFields = true;
        try {
            switch (p) {
                case TODAY -> {
                    from.setValue(today);
                    to.setValue(today);
                }
                case WEEK -> {
                    from.setValue(today.minusDays(6));
                    to.setValue(today);
                }
                case MONTH -> {
                    from.setValue(today.withDayOfMonth(1));
                    to.setValue(today);
                }
                case RANGE -> {
                    if (from.isEmpty()) {
                        from.setValue(today);
                    }
                    if (to.isEmpty()) {
                        to.setValue(today);
                    }
                }
            }
        } finally {
            settingFields = false;
        }
        boolean range = p == Period.RANGE;
        from.setReadOnly(!range);
        to.setReadOnly(!range);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        settingFields = true;
        try {
            Period p = Period.of(first(params, "periode"));
            period.setValue(p);
            if (p == Period.RANGE) {
                from.setValue(date(first(params, "dari"), today()));
                to.setValue(date(first(params, "sampai"), today()));
            }
            String t = first(params, "jenis");
            type.setValue(t != null && typeNames.containsKey(t) ? t : ALL);
            if (branch.isVisible()) {
                String b = first(params, "cabang");
                branch.setValue(b != null && branchNames.containsKey(b) ? b : user.branchCode());
            }
        } finally {
            settingFields = false;
        }
        presetDates(period.getValue());
        changed();
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? null : v.getFirst();
    }

    private static LocalDate date(String iso, LocalDate fallback) {
        try {
            return iso == null ? fallback : LocalDate.parse(iso);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    /** The filters changed: check them, put them in the URL, load the figures and follow them live. */
    private void changed() {
        if (settingFields || from.isEmpty() || to.isEmpty() || period.isEmpty()) {
            return;
        }
        if (from.getValue().isAfter(to.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("dashboard.filter.fromAfterTo"));
            return;
        }
        to.setInvalid(false);
        String branchCode = branch.isVisible() && branch.getValue() != null ? branch.getValue() : user.branchCode();
        String typeCode = type.getValue() == null || ALL.equals(type.getValue()) ? null : type.getValue();
        filter = new DashboardFilter(from.getValue(), to.getValue(), branchCode, typeCode);
        writeUrl();
        load();
        follow();
    }

    private void writeUrl() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("periode", period.getValue().param);
        if (period.getValue() == Period.RANGE) {
            params.put("dari", filter.from().toString());
            params.put("sampai", filter.to().toString());
        }
        if (filter.typeCode() != null) {
            params.put("jenis", filter.typeCode());
        }
        if (branch.isVisible()) {
            params.put("cabang", filter.branchCode());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().getHistory().replaceState(null, new Location("dasbor/seksi", QueryParameters.simple(params)));
        }
    }

    private void load() {
        try {
            show(dashboards.section(filter));
        } catch (AccessDeniedException e) {
            unavailable("dashboard.cards.denied");
        } catch (RuntimeException e) {
            log.warn("Section dashboard could not be computed: {}", e.toString());
            unavailable("dashboard.section.unavailable");
        }
    }

    private void unavailable(String key) {
        problem.setText(getTranslation(key));
        problem.setVisible(true);
    }

    /** Live only while attached and while the period includes today (a past period cannot change). */
    private void follow() {
        stopFollowing();
        UI ui = getUI().orElse(null);
        if (ui == null || filter == null) {
            status.setText("");
            return;
        }
        if (!filter.includes(today())) {
            status.setText(getTranslation("dashboard.section.notLive"));
            return;
        }
        status.setText(getTranslation("dashboard.section.live"));
        DashboardFilter shown = filter;
        unsubscribe = feed.subscribe(List.of("section", shown), Set.of(shown.branchCode()),
                () -> dashboards.section(shown), result -> ui.access(() -> {
                    if (shown.equals(filter)) {
                        show(result);
                    }
                }));
    }

    void stopFollowing() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        follow();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopFollowing();
        super.onDetach(detachEvent);
    }

    /** Shows one computed dashboard (from the service or the feed). */
    void show(SectionDashboard d) {
        problem.setVisible(false);
        DashboardFilter f = d.filter() != null ? d.filter() : filter;
        java.time.Instant now = clock.instant();
        steps.clear();
        for (StepFigures s : d.steps()) {
            String code = s.stepCode();
            steps.row(code, s.name().in(getLocale()), format.count(s.standardMinutes()),
                    link(f, Drill.Kind.FINISHED, code, format.minutes(s.working().p50Seconds())),
                    link(f, Drill.Kind.FINISHED, code, format.minutes(s.working().p90Seconds())),
                    link(f, Drill.Kind.WORK_OVER_STANDARD, code, format.percent(s.working().shareWithin())),
                    link(f, Drill.Kind.FINISHED, code, format.minutes(s.waiting().p50Seconds())),
                    link(f, Drill.Kind.FINISHED, code, format.minutes(s.waiting().p90Seconds())),
                    link(f, Drill.Kind.WAIT_OVER_STANDARD, code, format.percent(s.waiting().shareWithin())),
                    link(f, Drill.Kind.FINISHED, code, format.count(s.finished())),
                    link(f, Drill.Kind.RETURNED, code, format.count(s.returned())),
                    link(f, Drill.Kind.IN_STEP_NOW, code, format.count(s.inStepNow())),
                    link(f, Drill.Kind.IN_STEP_NOW, code, format.age(s.oldestEnteredAt(), now)),
                    link(f, Drill.Kind.OVER_STANDARD_NOW, code, format.count(s.overStandardNow())));
        }
        Map<String, String> stepNames = new LinkedHashMap<>();
        d.steps().forEach(s -> stepNames.put(s.stepCode(), s.name().in(getLocale())));

        returns.clear();
        int i = 0;
        for (ReturnFigures r : d.returns()) {
            returns.row(Integer.toString(i++), stepNames.getOrDefault(r.stepCode(), r.stepCode()),
                    r.reason() == null ? "–" : r.reason(),
                    link(f, Drill.Kind.RETURNED, r.stepCode(), format.count(r.count())));
        }
        returns.setVisible(returns.rows() > 0);
        returnsNone.setVisible(returns.rows() == 0);

        officers.clear();
        for (OfficerFigures o : d.officers()) {
            officers.row(o.username() + "-" + o.stepCode(), o.fullName(),
                    stepNames.getOrDefault(o.stepCode(), o.stepCode()),
                    link(f, Drill.Kind.FINISHED, o.stepCode(), format.count(o.working().count())),
                    link(f, Drill.Kind.FINISHED, o.stepCode(), format.minutes(o.working().p50Seconds())),
                    link(f, Drill.Kind.WORK_OVER_STANDARD, o.stepCode(), format.percent(o.working().shareWithin())));
        }
        officers.setVisible(officers.rows() > 0);
        officersNone.setVisible(officers.rows() == 0);

        breaches.clear();
        for (Breach b : d.openBreaches()) {
            String number = b.registrationNumber() == null ? "–" : b.registrationNumber();
            Object card = user.branchCode().equals(b.branchCode())
                    ? FigureTable.link("permohonan/" + b.applicationId(), number) : number;
            breaches.row(b.applicationId().toString(), card, stepNames.getOrDefault(b.stepCode(), b.stepCode()),
                    format.dateTime(b.enteredAt()), format.age(b.enteredAt(), now), format.count(b.standardMinutes()));
        }
        breaches.setVisible(breaches.rows() > 0);
        breachesNone.setVisible(breaches.rows() == 0);
        showChart(d);
    }

    /** Per-step bars against the standard line; every bar opens the cards behind it. */
    void showChart(SectionDashboard d) {
        DashboardFilter f = d.filter() != null ? d.filter() : filter;
        List<StepFigures> list = d.steps();
        List<String> names = list.stream().map(s -> s.name().in(getLocale())).toList();
        chart.setData(ChartData.of(ChartData.Type.BAR, getTranslation("dashboard.section.chart"),
                        ChartData.Unit.MINUTES, names)
                .withSeries(
                        Series.bar(getTranslation("dashboard.section.chart.p50"),
                                list.stream().map(s -> ChartFormat.toMinutes(s.working().p50Seconds())).toList())
                                .withLinks(list.stream().map(s -> DrillLinks.url(f,
                                        Drill.of(Drill.Kind.FINISHED, s.stepCode()))).toList()),
                        Series.bar(getTranslation("dashboard.section.chart.p90"),
                                list.stream().map(s -> ChartFormat.toMinutes(s.working().p90Seconds())).toList())
                                .withLinks(list.stream().map(s -> DrillLinks.url(f,
                                        Drill.of(Drill.Kind.WORK_OVER_STANDARD, s.stepCode()))).toList()),
                        Series.stepLine(getTranslation("dashboard.section.chart.standard"),
                                list.stream().map(s -> (double) s.standardMinutes()).toList())));
        queueChart.setData(ChartData.of(ChartData.Type.BAR, getTranslation("dashboard.section.chart.queue"),
                        ChartData.Unit.COUNT, names)
                .withSeries(
                        Series.bar(getTranslation("dashboard.section.col.inStep"),
                                list.stream().map(s -> (double) s.inStepNow()).toList())
                                .withLinks(list.stream().map(s -> DrillLinks.url(f,
                                        Drill.of(Drill.Kind.IN_STEP_NOW, s.stepCode()))).toList()),
                        Series.bar(getTranslation("dashboard.section.col.overNow"),
                                list.stream().map(s -> (double) s.overStandardNow()).toList())
                                .withLinks(list.stream().map(s -> DrillLinks.url(f,
                                        Drill.of(Drill.Kind.OVER_STANDARD_NOW, s.stepCode()))).toList())));
    }

    private static Anchor link(DashboardFilter f, Drill.Kind kind, String step, String text) {
        return FigureTable.link(DrillLinks.href(f, Drill.of(kind, step)), text);
    }

    DashboardFilter filter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.section.title");
    }
}
