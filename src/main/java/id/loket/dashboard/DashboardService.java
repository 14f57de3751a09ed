package id.loket.dashboard;

import id.loket.base.AccountService;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.Roles;
import id.loket.catalog.CatalogService;
import id.loket.catalog.CatalogService.Snapshot;
import id.loket.catalog.CatalogService.Step;
import id.loket.complaint.ComplaintService;
import id.loket.dashboard.internal.BranchZones;
import id.loket.dashboard.internal.Breaches;
import id.loket.dashboard.internal.ClosedDays;
import id.loket.dashboard.internal.DashboardScope;
import id.loket.dashboard.internal.DashboardScope.Scope;
import id.loket.dashboard.internal.Histogram;
import id.loket.dashboard.internal.ParallelReads;
import id.loket.dashboard.internal.ParallelReads.Pending;
import id.loket.dashboard.internal.RollupQueries;
import id.loket.dashboard.internal.RollupQueries.Group;
import id.loket.dashboard.internal.Rollups;
import id.loket.workflow.StepHistory;
import id.loket.workflow.StepHistory.HistoryCard;
import id.loket.workflow.StepHistory.Measure;
import id.loket.workflow.StepHistory.StepNow;
import id.loket.workflow.StepHistory.Window;
import id.loket.workflow.StepOutcome;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' figures (issue 13). Every method checks the user's role and limits branches through
 * {@code DashboardScope}: an officer sees his own figures, the Kepala Seksi his branch, the Kepala Dinas every
 * branch this server holds. Contract written first so the views, exports and benchmark could be built beside it.
 *
 * <p>Figures over a period come from the roll-ups (ADR 008); the cards behind a figure, the live counts of cards in
 * each step and the reasons of returns are read from the workflow's history ({@link StepHistory}). Standards are
 * read from the catalogue on every call, so an admin's change shows at once.
 */
@Service
public class DashboardService {

    /** The longest period one query may cover (the generator's five years, with room). */
    static final int MAX_DAYS = 10 * 366;
    static final int MAX_CARDS = 1000;

    private final DashboardScope scope;
    private final RollupQueries rollups;
    private final Rollups writer;
    private final StepHistory history;
    private final CatalogService catalog;
    private final AccountService accounts;
    private final ComplaintService complaints;
    private final Breaches breaches;
    private final BranchZones zones;
    private final Clock clock;
    private final ClosedDays closedDays;
    private final ParallelReads reads;

    DashboardService(DashboardScope scope, RollupQueries rollups, Rollups writer, StepHistory history,
                     CatalogService catalog, AccountService accounts, ComplaintService complaints, Breaches breaches,
                     BranchZones zones, Clock clock, ClosedDays closedDays, ParallelReads reads) {
        this.reads = reads;
        this.closedDays = closedDays;
        this.scope = scope;
        this.rollups = rollups;
        this.writer = writer;
        this.history = history;
        this.catalog = catalog;
        this.accounts = accounts;
        this.complaints = complaints;
        this.breaches = breaches;
        this.zones = zones;
        this.clock = clock;
    }

    /**
     * Kepala Dinas ({@code HEAD_OF_OFFICE}): the whole office, or one branch. Not transactional: its independent
     * roll-up reads run side by side ({@link ParallelReads}), each on its own connection, while this thread reads the
     * live counts, the branch names and the complaint figures.
     */
    @PreAuthorize("isAuthenticated()")
    public OfficeDashboard office(DashboardFilter filter) {
        Scope s = scope.office(check(filter).branchCode());
        Snapshot cat = catalog.catalog();
        String type = typeRow(filter);
        int leadStandard = leadStandard(cat);
        List<String> in = s.branches();
        LocalDate from = filter.from();
        LocalDate to = filter.to();

        // one read of the counts per day for the flow and the steps' totals; the per-step figures are the per-branch
        // ones added up: one read of each kind's histograms, not two
        Pending<Map<LocalDate, Map<String, long[]>>> countsRead = reads.start(() -> rollups.countsByDay(type, in, from, to));
        Pending<Map<String, Histogram>> workRead = reads.start(() -> rollups.durations(Rollups.WORK, type, in, from, to,
                Group.BRANCH_STEP));
        Pending<Map<String, Histogram>> waitRead = reads.start(() -> rollups.durations(Rollups.WAIT, type, in, from, to,
                Group.BRANCH_STEP));
        Pending<Map<String, Histogram>> leadRead = reads.start(() -> rollups.durations(Rollups.LEAD, type, in, from, to,
                Group.BRANCH_STEP));
        Pending<Map<Integer, Histogram>> arrivalsRead = reads.start(() -> rollups.arrivals(type, in, from, to));
        // per day; beyond two years per month (what the view shows then): 60 month rows per bucket instead of
        // 1,800 days' histograms, the first viewer's largest read (ADR 008, measured at full scale)
        Pending<List<TrendPoint>> throughputRead = reads.start(() -> trend(s, filter, throughputGranularity(filter),
                leadStandard));

        Map<String, StepNow> live = live(in, filter.typeCode(), cat);
        Map<String, String> names = accounts.listBranches().stream()
                .collect(Collectors.toMap(AccountService.BranchRow::code, AccountService.BranchRow::name));
        ComplaintService.Figures complaintFigures;
        try {
            complaintFigures = complaints.figures(from, to);
        } catch (AccessDeniedException e) {
            complaintFigures = null;
        }

        Map<LocalDate, Map<String, long[]>> countsByDay = countsRead.get();
        Map<String, long[]> counts = new java.util.HashMap<>();
        countsByDay.values().forEach(day -> day.forEach((step, n) -> counts.merge(step, n.clone(),
                (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]})));
        Map<String, Histogram> workByBranch = workRead.get();
        List<StepFigures> steps = stepFigures(cat, byStep(workByBranch), byStep(waitRead.get()), counts, live);
        Map<String, Histogram> leadByBranch = leadRead.get();
        Histogram lead = new Histogram();
        List<BranchFigures> branches = new ArrayList<>();
        for (String branch : in) {
            Histogram branchLead = leadByBranch.getOrDefault(branch + "|" + Rollups.NO_STEP, new Histogram());
            lead.addAll(branchLead);
            Map<String, Double> share = new LinkedHashMap<>();
            for (Step step : cat.steps()) {
                share.put(step.code(), workByBranch.getOrDefault(branch + "|" + step.code(), new Histogram())
                        .shareWithin(step.standardMinutes() * 60L));
            }
            branches.add(new BranchFigures(branch, names.getOrDefault(branch, branch), branchLead.spread(leadStandard),
                    share));
        }

        Map<Integer, Histogram> arrivals = arrivalsRead.get();
        Long[][] arrivalCells = new Long[7][24];
        Long[][] waitingCells = new Long[7][24];
        for (int wd = 0; wd < 7; wd++) {
            for (int hour = 0; hour < 24; hour++) {
                Histogram h = arrivals.get(wd * 24 + hour);
                arrivalCells[wd][hour] = h == null ? 0L : h.total();
                waitingCells[wd][hour] = h == null ? null : h.percentile(0.5).longValue();
            }
        }

        List<FlowPoint> flow = new ArrayList<>();
        Map<String, Long> running = new LinkedHashMap<>();
        cat.steps().forEach(step -> running.put(step.code(), 0L));
        for (LocalDate day = filter.from(); !day.isAfter(filter.to()); day = day.plusDays(1)) {
            Map<String, long[]> done = countsByDay.getOrDefault(day, Map.of());
            running.replaceAll((step, n) -> n + (done.containsKey(step) ? done.get(step)[0] : 0L));
            flow.add(new FlowPoint(day, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(running))));
        }
        return new OfficeDashboard(filter, lead.spread(leadStandard), steps, branches, bottleneck(steps),
                throughputRead.get(),
                new HeatMap(arrivalCells), new HeatMap(waitingCells), flow, complaintFigures);
    }

    /** Kepala Seksi ({@code VERIFIER}) and Kepala Dinas: one branch (the Kepala Seksi's own, whatever he asks). */
    @PreAuthorize("isAuthenticated()")
    // not transactional, as office(): the roll-up reads run side by side
    public SectionDashboard section(DashboardFilter filter) {
        Scope s = scope.section(check(filter).branchCode());
        DashboardFilter f = s.user().hasRole(Roles.HEAD_OF_OFFICE) ? filter
                : filter.withBranch(s.user().branchCode()); // the Kepala Seksi sees his branch, whatever he asked for
        Snapshot cat = catalog.catalog();
        String type = typeRow(f);
        List<String> in = s.branches();
        Pending<Map<String, Histogram>> workRead = reads.start(() -> rollups.durations(Rollups.WORK, type, in, f.from(),
                f.to(), Group.STEP));
        Pending<Map<String, Histogram>> waitRead = reads.start(() -> rollups.durations(Rollups.WAIT, type, in, f.from(),
                f.to(), Group.STEP));
        Pending<Map<String, long[]>> countsRead = reads.start(() -> rollups.counts(type, in, f.from(), f.to()));
        Pending<Map<String, Histogram>> officersRead = reads.start(() -> rollups.officers(type, in, f.from(), f.to(),
                null));
        Map<String, StepNow> live = live(in, f.typeCode(), cat);
        List<ReturnFigures> returns = returns(in, f);
        Map<String, String> staff = accounts.staffNames();
        List<Breach> open = breaches.open(new LinkedHashSet<>(in));
        List<StepFigures> steps = stepFigures(cat, workRead.get(), waitRead.get(), countsRead.get(), live);
        Map<String, Integer> order = cat.steps().stream().collect(Collectors.toMap(Step::code, Step::seq));
        List<OfficerFigures> officers = new ArrayList<>();
        officersRead.get().forEach((key, h) -> {
            String username = key.substring(0, key.lastIndexOf('|'));
            String step = key.substring(key.lastIndexOf('|') + 1);
            officers.add(new OfficerFigures(username, staff.getOrDefault(username, username), step,
                    h.spread(cat.step(step).map(Step::standardMinutes).orElse(0))));
        });
        officers.sort(Comparator.comparing((OfficerFigures o) -> order.getOrDefault(o.stepCode(), 99))
                .thenComparing(OfficerFigures::fullName));
        return new SectionDashboard(f, steps, returns, officers, open);
    }

    /** Any officer of a step role: his steps, today. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MyFigures mine() {
        Scope s = scope.mine();
        Snapshot cat = catalog.catalog();
        LocalDate today = LocalDate.now(clock.withZone(s.user().timeZone().zoneId()));
        Map<String, StepNow> live = live(s.branches(), null, cat);
        Map<String, Histogram> own = rollups.officers(Rollups.ALL_TYPES, s.branches(), today, today, s.officer());
        List<MyFigures.MyStep> steps = new ArrayList<>();
        for (Step step : cat.steps()) {
            if (!s.steps().contains(step.code())) {
                continue;
            }
            StepNow now = live.get(step.code());
            Histogram mine = own.getOrDefault(s.officer() + "|" + step.code(), new Histogram());
            steps.add(new MyFigures.MyStep(step.code(), step.name(), step.standardMinutes(),
                    now == null ? 0 : now.count(), now == null ? null : now.oldestEnteredAt(), mine.total(),
                    mine.spread(step.standardMinutes()), now == null ? 0 : now.overStandard()));
        }
        return new MyFigures(steps);
    }

    /** Kepala Dinas: completed applications and lead time per day, week or month. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(DashboardFilter filter, Granularity granularity) {
        Scope s = scope.office(check(filter).branchCode());
        return trend(s, filter, granularity, leadStandard(catalog.catalog()));
    }

    /** The office's throughput points: per day up to two years, per calendar month beyond. */
    public static Granularity throughputGranularity(DashboardFilter filter) {
        return filter.to().toEpochDay() - filter.from().toEpochDay() + 1 <= 731 ? Granularity.DAY : Granularity.MONTH;
    }

    private List<TrendPoint> trend(Scope s, DashboardFilter filter, Granularity granularity, int leadStandard) {
        Group group = switch (granularity) {
            case DAY -> Group.DAY;
            case WEEK -> Group.WEEK;
            case MONTH -> Group.MONTH;
        };
        Map<String, Histogram> byStart = rollups.durations(Rollups.LEAD, typeRow(filter), s.branches(), filter.from(),
                filter.to(), group);
        List<TrendPoint> points = new ArrayList<>();
        LocalDate start = switch (granularity) {
            case DAY -> filter.from();
            case WEEK -> filter.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> filter.from().withDayOfMonth(1);
        };
        for (LocalDate p = start; !p.isAfter(filter.to()); p = switch (granularity) {
            case DAY -> p.plusDays(1);
            case WEEK -> p.plusWeeks(1);
            case MONTH -> p.plusMonths(1);
        }) {
            Histogram h = byStart.getOrDefault(p.toString(), new Histogram());
            points.add(new TrendPoint(p, h.total(), h.spread(leadStandard)));
        }
        return points;
    }

    /** The cards behind a figure (newest first, at most {@code limit}); limited to what the user's scope allows. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CardRef> cards(DashboardFilter filter, Drill drill, int limit) {
        if (drill == null || drill.kind() == null) {
            throw new BusinessException("dashboard.error.drill");
        }
        Scope s = scope.cards(check(filter).branchCode(), drill);
        Snapshot cat = catalog.catalog();
        int max = Math.max(1, Math.min(limit, MAX_CARDS));
        Step step = null;
        if (drill.stepCode() != null) {
            step = cat.step(drill.stepCode()).orElseThrow(() -> new BusinessException("dashboard.error.step"));
        }
        boolean needsStep = switch (drill.kind()) {
            case WORK_OVER_STANDARD, WAIT_OVER_STANDARD, IN_STEP_NOW, OVER_STANDARD_NOW -> true;
            default -> false;
        };
        if (needsStep && step == null) {
            throw new BusinessException("dashboard.error.step");
        }
        List<Window> windows = windows(s.branches(), filter);
        String type = filter.typeCode();
        String code = step == null ? null : step.code();
        long standard = step == null ? 0 : step.standardMinutes() * 60L;
        Instant now = Instant.now(clock);
        List<HistoryCard> found = switch (drill.kind()) {
            case FINISHED -> history.finishedVisits(windows, code, type, null, s.officer(), Measure.WORKING, -1, max);
            case WORK_OVER_STANDARD -> history.finishedVisits(windows, code, type, null, s.officer(), Measure.WORKING,
                    standard, max);
            case WAIT_OVER_STANDARD -> history.finishedVisits(windows, code, type, null, s.officer(), Measure.WAITING,
                    standard, max);
            case RETURNED -> history.finishedVisits(windows, code, type, StepOutcome.RETURNED, s.officer(),
                    Measure.WORKING, -1, max);
            case COMPLETED -> history.completed(windows, type, -1, max);
            case LEAD_OVER_STANDARD -> history.completed(windows, type, leadStandard(cat) * 60L, max);
            case IN_STEP_NOW -> history.active(s.branches(), code, type, now, -1, max);
            case OVER_STANDARD_NOW -> history.active(s.branches(), code, type, now, standard, max);
            case ARRIVALS -> history.arrivals(windows, type, drill.weekday(), drill.hour(), max);
        };
        return found.stream().map(c -> new CardRef(c.applicationId(), c.registrationNumber(), c.branchCode(),
                c.stepCode(), c.at(), c.seconds(), c.detail(), s.user().mayRead(c.branchCode()))).toList();
    }

    /** Branch code -> name of the branches the user may choose in the filter (one for everyone but the Kepala Dinas). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, String> branches() {
        return scope.branchChoices();
    }

    /** Application type code -> name (in the user's language) for the filter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, String> types(Locale locale) {
        scope.requireDashboardRole(scope.user());
        Map<String, String> types = new LinkedHashMap<>();
        catalog.catalog().types().forEach(t -> types.put(t.code(), t.name().in(locale)));
        return types;
    }

    /** Open breaches (over twice the standard) in the user's scope, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Breach> openBreaches() {
        return breaches.open(new LinkedHashSet<>(scope.section(null).branches()));
    }

    /**
     * Empties the roll-ups and recomputes them from the whole step history (ADR 008), for the data generator and
     * for an admin after a change of bucket rules; run while nobody works. Allowed to an {@code ADMIN} and to work
     * without a signed-in user (the generator, start-up code). Returns the number of visits replayed.
     */
    public long rebuildRollups() {
        LoketUser user = CurrentUser.get().orElse(null);
        if (user != null && !user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("dashboard: rebuilding the roll-ups is the admin's");
        }
        return writer.rebuild();
    }

    // ---------------------------------------------------------------- pieces

    /** "branch|step" -> histogram, added up per step. */
    private static Map<String, Histogram> byStep(Map<String, Histogram> byBranchStep) {
        Map<String, Histogram> result = new java.util.HashMap<>();
        byBranchStep.forEach((key, h) -> result.computeIfAbsent(key.substring(key.indexOf('|') + 1),
                k -> new Histogram()).addAll(h));
        return result;
    }

    private static List<StepFigures> stepFigures(Snapshot cat, Map<String, Histogram> work, Map<String, Histogram> wait,
                                                 Map<String, long[]> counts, Map<String, StepNow> live) {
        List<StepFigures> result = new ArrayList<>();
        for (Step step : cat.steps()) {
            long[] c = counts.getOrDefault(step.code(), new long[2]);
            StepNow now = live.get(step.code());
            result.add(new StepFigures(step.code(), step.seq(), step.name(), step.standardMinutes(),
                    work.getOrDefault(step.code(), new Histogram()).spread(step.standardMinutes()),
                    wait.getOrDefault(step.code(), new Histogram()).spread(step.standardMinutes()),
                    c[0] + c[1], c[1], now == null ? 0 : now.count(), now == null ? null : now.oldestEnteredAt(),
                    now == null ? 0 : now.overStandard()));
        }
        return result;
    }

    private Map<String, StepNow> live(List<String> branches, String typeCode, Snapshot cat) {
        Map<String, Long> standards = new LinkedHashMap<>();
        cat.steps().forEach(s -> standards.put(s.code(), s.standardMinutes() * 60L));
        return history.now(branches, typeCode, standards, Instant.now(clock)).stream()
                .collect(Collectors.toMap(StepNow::stepCode, Function.identity()));
    }

    /**
     * The step where cards wait longest before someone takes them: highest median waiting time; ties: lowest share
     * of working times within the standard. Null when no step has a waiting time in the period.
     */
    static Bottleneck bottleneck(List<StepFigures> steps) {
        return steps.stream().filter(s -> s.waiting().count() > 0)
                .max(Comparator.comparing((StepFigures s) -> s.waiting().p50Seconds())
                        .thenComparing(s -> -(s.working().shareWithin() == null ? 1.0 : s.working().shareWithin())))
                .map(s -> new Bottleneck(s.stepCode(), s.name(), s.standardMinutes(), s.waiting(), s.working()))
                .orElse(null);
    }

    /** The sum of the steps' standards (30 minutes in the published standard). */
    static int leadStandard(Snapshot cat) {
        return cat.steps().stream().mapToInt(Step::standardMinutes).sum();
    }

    private static String typeRow(DashboardFilter filter) {
        return filter.typeCode() == null ? Rollups.ALL_TYPES : filter.typeCode();
    }

    /** Each branch's period in its own time zone: [from 00:00, to + 1 day 00:00). */
    private List<Window> windows(List<String> branches, DashboardFilter filter) {
        return windows(branches, filter.from(), filter.to());
    }

    private List<Window> windows(List<String> branches, LocalDate fromDay, LocalDate toDay) {
        List<Window> windows = new ArrayList<>();
        for (String branch : branches) {
            ZoneId zone = zones.zone(branch);
            Instant from = fromDay.atStartOfDay(zone).toInstant();
            windows.add(new Window(branch, from, toDay.plusDays(1).atStartOfDay(zone).toInstant(),
                    zone.getRules().getOffset(from)));
        }
        return windows;
    }

    /**
     * Returns per step and reason, most first. Read from the raw history (a reason is free text), so the closed days
     * of the period come from {@link ClosedDays} (a visit is dated by its finish, now: the past never changes) and
     * only today is read on every refresh.
     */
    private List<ReturnFigures> returns(List<String> branches, DashboardFilter filter) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        LocalDate closedEnd = closedDays.firstOpenDay().minusDays(1);
        LocalDate openFrom = filter.from();
        if (!filter.from().isAfter(closedEnd)) {
            LocalDate end = filter.to().isBefore(closedEnd) ? filter.to() : closedEnd;
            closedDays.get(java.util.Arrays.asList("returns", List.copyOf(branches), filter.typeCode(),
                    filter.from(), end), () -> history.returns(windows(branches, filter.from(), end),
                    filter.typeCode())).forEach(r -> counts.merge(java.util.Arrays.asList(r.stepCode(), r.reason()), r.count(), Long::sum));
            openFrom = end.plusDays(1);
        }
        if (!openFrom.isAfter(filter.to())) {
            history.returns(windows(branches, openFrom, filter.to()), filter.typeCode())
                    .forEach(r -> counts.merge(java.util.Arrays.asList(r.stepCode(), r.reason()), r.count(), Long::sum));
        }
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<List<String>, Long> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().get(0))
                        .thenComparing(e -> e.getKey().get(1), Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(e -> new ReturnFigures(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
    }

    private DashboardFilter check(DashboardFilter filter) {
        if (filter == null || filter.from() == null || filter.to() == null || filter.to().isBefore(filter.from())
                || ChronoUnit.DAYS.between(filter.from(), filter.to()) > MAX_DAYS) {
            throw new BusinessException("dashboard.error.period");
        }
        if (filter.typeCode() != null && catalog.catalog().type(filter.typeCode()).isEmpty()) {
            throw new BusinessException("dashboard.error.type");
        }
        return filter;
    }
}
