package id.loket.bench;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.catalog.CatalogService;
import id.loket.dashboard.DashboardFeed;
import id.loket.dashboard.DashboardFilter;
import id.loket.dashboard.DashboardTimings;
import id.loket.dashboard.DashboardService;
import id.loket.dashboard.Drill;
import id.loket.dashboard.Granularity;
import id.loket.dashboard.internal.RollupQueries;
import id.loket.dashboard.internal.Rollups;
import id.loket.demo.HistoryGenerator;
import id.loket.workflow.Applications;
import id.loket.workflow.WorkflowService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Dashboard benchmark (issue 13), run with {@code ./mvnw -Pbench verify}; prints figures, asserts nothing about speed.
 * Generates the 5-year history of an office with 5 branches (1.5 M applications, ~10.5 M step rows; smaller with
 * {@code -Dbench.dashboard.applications=150000}, {@code -Dbench.dashboard.years=1}), rebuilds the roll-ups, then
 * times every dashboard query (~20 runs, p50/p95) beside the same figures computed from the raw step rows with
 * window-function percentiles, and the server time of the live update of open dashboards after one move.
 */
@LoketIntegrationTest
class DashboardBenchmark {

    static final long APPLICATIONS = Long.getLong("bench.dashboard.applications", 1_500_000L);
    static final int YEARS = Integer.getInteger("bench.dashboard.years", 5);
    static final int RUNS = Integer.getInteger("bench.dashboard.runs", 20);
    /** MiB of InnoDB buffer pool for the run (set online; the embedded server starts with MariaDB's 128 MiB). */
    static final int BUFFER_POOL_MB = Integer.getInteger("bench.dashboard.buffer-pool-mb", 3072);
    /** Whether to run the raw window-function queries (minutes on a large data set). */
    static final boolean RAW = Boolean.parseBoolean(System.getProperty("bench.dashboard.raw", "true"));
    /** Seconds after which a raw window-function query is stopped (MariaDB max_statement_time) and reported so. */
    static final int RAW_TIMEOUT_S = Integer.getInteger("bench.dashboard.raw-timeout-s", 900);
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final int SUBSCRIBERS = 20;
    static final int MOVES = Integer.getInteger("bench.dashboard.moves", 30);

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired CatalogService catalog;
    @Autowired DashboardService dashboards;
    @Autowired RollupQueries rollupQueries;
    @Autowired Officers officers;
    @Autowired Clock clock;
    @Autowired DashboardFeed feed;
    @Autowired DashboardTimings timings;
    @Autowired Applications applications;
    @Autowired WorkflowService workflow;
    @Autowired org.springframework.context.ApplicationContext context;

    /** Forgets the cached figures of closed days (ClosedDays, when this build has it): the first viewer's cost. */
    void forgetClosedDays() {
        if (context.containsBean("closedDays")) {
            Object cache = context.getBean("closedDays");
            try {
                cache.getClass().getMethod("clear").invoke(cache);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    final List<String> report = new ArrayList<>();

    void line(String format, Object... args) {
        String text = "BENCH " + format.formatted(args);
        System.out.println(text);
        report.add(text);
        try { // written as it goes: a long run that is stopped still leaves its figures
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/dashboard.txt"), String.join("\n", report) + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The machine's load average (1, 5, 15 minutes): it is shared, so every figure says what else ran. */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average " + f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "load average unknown";
        }
    }

    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** Runs {@code runs} times after one warm-up, as {@code user}; prints p50/p95 (or why it could not run). */
    void time(String what, String user, int runs, Callable<?> query) {
        try {
            officers.as(user, query);
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                officers.as(user, query);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            java.util.Arrays.sort(ms);
            line("  %-58s p50 %8.1f ms  p95 %8.1f ms  (%d runs)", what, pct(ms, 50), pct(ms, 95), runs);
        } catch (Exception | AssertionError e) {
            line("  %-58s not measured: %s", what, e.toString().lines().findFirst().orElse(""));
        }
    }

    /** A raw query, once (or a few times): its wall time and the number of result rows. */
    void timeRaw(String what, int runs, String sql, Object... args) {
        try {
            double[] ms = new double[runs];
            int rows = 0;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                List<java.util.Map<String, Object>> result = jdbc.queryForList(
                        "SET STATEMENT max_statement_time = " + RAW_TIMEOUT_S + " FOR " + sql, args);
                rows = result.size();
                if (i == 0 && rows <= 10) {
                    result.forEach(r -> System.out.println("    " + r));
                }
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            java.util.Arrays.sort(ms);
            line("  %-58s p50 %8.1f ms  max %8.1f ms  (%d run%s, %d rows; %s)", what, pct(ms, 50), pct(ms, 100),
                    runs, runs == 1 ? "" : "s", rows, load());
        } catch (RuntimeException e) {
            String why = e.toString().lines().findFirst().orElse("");
            line("  %-58s %s (%s)", what, why.contains("max_statement_time") ? "stopped after " + RAW_TIMEOUT_S
                    + " s: longer than that" : "failed: " + why, load());
        }
    }

    static LocalDateTime utcStart(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(WIB).toInstant(), ZoneOffset.UTC);
    }

    @Test
    void dashboard_figures() throws Exception {
        long wanted = BUFFER_POOL_MB * 1024L * 1024L;
        if (jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class) < wanted) {
            jdbc.execute("SET GLOBAL innodb_buffer_pool_size = " + wanted);
            // the resize runs in the background: wait for it (a minute at most)
            for (int i = 0; i < 120 && jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class) < wanted; i++) {
                Thread.sleep(500);
            }
            System.out.println("buffer pool resize: " + jdbc.queryForList(
                    "SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_resize_status'"));
        }
        line("dashboard: MariaDB %s, innodb_buffer_pool_size %d MiB, %d cores, %s at start",
                jdbc.queryForObject("SELECT VERSION()", String.class),
                jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class) >> 20,
                Runtime.getRuntime().availableProcessors(), load());

        // ---------------------------------------------------------------- the data set
        HistoryGenerator.Settings settings = HistoryGenerator.Settings.years(YEARS, APPLICATIONS, 13, clock.instant());
        CatalogService.Snapshot snapshot = officers.as("kadis", catalog::catalog);
        HistoryGenerator.Result generated = new HistoryGenerator(dataSource, snapshot, System.out::println).generate(settings);
        line("generated %s .. %s, %d branches, %d working days: %,d tickets, %,d applications (%,d done, %,d returned "
                        + "at intake), %,d step rows, %,d documents, %,d returns, in %.1f s",
                settings.from(), settings.until(), settings.branches().size(), generated.workingDays(),
                generated.tickets(), generated.applications(), generated.done(), generated.returnedAtIntake(),
                generated.stepRows(), generated.documentRows(), generated.reworks(), generated.millis() / 1000.0);
        line("  %s after generating", load());
        long t0 = System.nanoTime();
        long replayed = rebuildRollups();
        line("roll-ups rebuilt from the step history (%,d visits replayed) in %.1f s (%s after it)", replayed,
                (System.nanoTime() - t0) / 1e9, load());
        List<String> rollups = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_name LIKE 'dash\\_%' ORDER BY 1", String.class);
        StringBuilder sizes = new StringBuilder();
        for (String table : rollups) {
            sizes.append(" %s %,d;".formatted(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)));
        }
        line("data set: application %,d, step_history %,d, ticket %,d rows; roll-ups:%s",
                jdbc.queryForObject("SELECT COUNT(*) FROM application", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM step_history", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Long.class), sizes);
        line("database size: %.2f GB (data and indexes, information_schema), of which roll-ups %.2f GB",
                jdbc.queryForObject("SELECT SUM(data_length + index_length) FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE()", Double.class) / 1e9,
                jdbc.queryForObject("SELECT SUM(data_length + index_length) FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE() AND table_name LIKE 'dash\\_%'", Double.class) / 1e9);
        jdbc.execute("ANALYZE TABLE step_history, application, ticket");

        // ---------------------------------------------------------------- dashboard queries (roll-ups)
        LocalDate today = LocalDate.now(clock.withZone(WIB));
        DashboardFilter branch30 = new DashboardFilter(today.minusDays(29), today, "PUSAT", null);
        DashboardFilter all12 = new DashboardFilter(today.minusMonths(12).plusDays(1), today, null, null);
        DashboardFilter all12birth = all12.withType("BIRTH");
        DashboardFilter all5y = new DashboardFilter(settings.from(), today, null, null);
        DashboardFilter todayAll = DashboardFilter.day(today);
        line("dashboard queries (roll-ups), %d runs after a warm-up, as kadis (Kepala Dinas) unless said (%s):", RUNS,
                load());
        time("office: one branch, 30 days", "kadis", RUNS, () -> dashboards.office(branch30));
        time("office: all branches, 12 months", "kadis", RUNS, () -> dashboards.office(all12));
        time("office: all branches, 12 months, type BIRTH", "kadis", RUNS, () -> dashboards.office(all12birth));
        time("office: all branches, 5 years", "kadis", RUNS, () -> dashboards.office(all5y));
        time("office: all branches, today", "kadis", RUNS, () -> dashboards.office(todayAll));
        time("section (kasi, PUSAT): 30 days", "kasi", RUNS, () -> dashboards.section(branch30));
        time("section (kasi, PUSAT): 12 months", "kasi", RUNS, () -> dashboards.section(all12.withBranch("PUSAT")));
        time("section (kasi, PUSAT): 12 months, type BIRTH", "kasi", RUNS,
                () -> dashboards.section(all12birth.withBranch("PUSAT")));
        time("trend DAY: all branches, 30 days", "kadis", RUNS,
                () -> dashboards.trend(branch30.withBranch(null), Granularity.DAY));
        time("trend DAY: all branches, 12 months", "kadis", RUNS, () -> dashboards.trend(all12, Granularity.DAY));
        time("trend WEEK: all branches, 12 months", "kadis", RUNS, () -> dashboards.trend(all12, Granularity.WEEK));
        time("trend MONTH: all branches, 5 years", "kadis", RUNS, () -> dashboards.trend(all5y, Granularity.MONTH));
        time("trend MONTH: all branches, 5 years, type BIRTH", "kadis", RUNS,
                () -> dashboards.trend(all5y.withType("BIRTH"), Granularity.MONTH));
        time("mine (kasi, today)", "kasi", RUNS, dashboards::mine);
        time("mine (loket, today)", "loket", RUNS, dashboards::mine);
        time("cards: FINISHED SIAK_CHECK, all branches, 12 months (50)", "kadis", RUNS,
                () -> dashboards.cards(all12, Drill.of(Drill.Kind.FINISHED, "SIAK_CHECK"), 50));
        time("cards: WORK_OVER_STANDARD DATA_ENTRY, 12 months (50)", "kadis", RUNS,
                () -> dashboards.cards(all12, Drill.of(Drill.Kind.WORK_OVER_STANDARD, "DATA_ENTRY"), 50));
        time("cards: LEAD_OVER_STANDARD, one branch, 30 days (50)", "kadis", RUNS,
                () -> dashboards.cards(branch30, Drill.of(Drill.Kind.LEAD_OVER_STANDARD, null), 50));
        time("cards: RETURNED VERIFICATION, 12 months (50)", "kadis", RUNS,
                () -> dashboards.cards(all12, Drill.of(Drill.Kind.RETURNED, "VERIFICATION"), 50));
        time("cards: ARRIVALS Monday 09:00, 12 months (50)", "kadis", RUNS,
                () -> dashboards.cards(all12, new Drill(Drill.Kind.ARRIVALS, null, 0, 9), 50));

        // ---------------------------------------------------------------- live update
        line("cold (the closed days' cache emptied before each run: the first viewer of a filter after a start, a "
                + "rebuild or a day change; MariaDB's buffer pool stays warm) (%s):", load());
        int coldRuns = Integer.getInteger("bench.dashboard.cold-runs", Math.max(5, RUNS / 2));
        time("cold office: one branch, 30 days", "kadis", coldRuns, () -> {
            forgetClosedDays();
            return dashboards.office(branch30);
        });
        time("cold office: all branches, 12 months", "kadis", coldRuns, () -> {
            forgetClosedDays();
            return dashboards.office(all12);
        });
        time("cold office: all branches, 5 years", "kadis", coldRuns, () -> {
            forgetClosedDays();
            return dashboards.office(all5y);
        });
        time("cold section (kasi, PUSAT): 12 months", "kasi", coldRuns, () -> {
            forgetClosedDays();
            return dashboards.section(all12.withBranch("PUSAT"));
        });
        time("cold trend DAY: all branches, 12 months", "kadis", coldRuns, () -> {
            forgetClosedDays();
            return dashboards.trend(all12, Granularity.DAY);
        });
        time("cold trend MONTH: all branches, 5 years", "kadis", coldRuns, () -> {
            forgetClosedDays();
            return dashboards.trend(all5y, Granularity.MONTH);
        });
        time("cold office: all branches, 5 years, type BIRTH", "kadis", coldRuns, () -> {
            forgetClosedDays();
            return dashboards.office(all5y.withType("BIRTH"));
        });

        coldPieces(all5y, settings.branches());

        liveUpdate(todayAll, "today");
        liveUpdate(new DashboardFilter(today.minusDays(29), today, null, null), "30 days");

        // ---------------------------------------------------------------- the same from raw rows (slowest last)
        if (!RAW) {
            return;
        }
        line("the same figures from raw step rows (window-function percentiles over step_history; stopped after %d s):",
                RAW_TIMEOUT_S);
        String work = "TIMESTAMPDIFF(SECOND, claimed_at, finished_at)";
        String percentilesPerStep = "SELECT DISTINCT step_code, "
                + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY s) OVER (PARTITION BY step_code) AS p50, "
                + "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY s) OVER (PARTITION BY step_code) AS p90 "
                + "FROM (SELECT step_code, " + work + " AS s FROM step_history WHERE %s) t";
        timeRaw("raw p50/p90 working per step: one branch, 30 days", 5, percentilesPerStep.formatted(
                "branch_code = ? AND finished_at >= ? AND finished_at < ?"), "PUSAT",
                utcStart(branch30.from()), utcStart(today.plusDays(1)));
        timeRaw("raw p50/p90 working per step: all branches, 12 months", 1, percentilesPerStep.formatted(
                "finished_at >= ? AND finished_at < ?"), utcStart(all12.from()), utcStart(today.plusDays(1)));
        timeRaw("raw share within standard per step: all branches, 12 months", 1, """
                SELECT h.step_code, AVG(TIMESTAMPDIFF(SECOND, h.claimed_at, h.finished_at) <= s.standard_minutes * 60)
                FROM step_history h JOIN service_step s ON s.code = h.step_code
                WHERE h.finished_at >= ? AND h.finished_at < ? GROUP BY h.step_code""",
                utcStart(all12.from()), utcStart(today.plusDays(1)));
        timeRaw("raw lead time p50/p90: all branches, 12 months", 1, """
                SELECT DISTINCT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY s) OVER () AS p50,
                       PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY s) OVER () AS p90
                FROM (SELECT TIMESTAMPDIFF(SECOND, k.created_at, a.finished_at) AS s FROM application a
                      JOIN ticket k ON k.id = a.ticket_id WHERE a.status = 'DONE' AND a.finished_at >= ? AND a.finished_at < ?) t""",
                utcStart(all12.from()), utcStart(today.plusDays(1)));
        timeRaw("raw p50 working per step per month: all branches, 5 years", 1, """
                SELECT DISTINCT step_code, m,
                       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY s) OVER (PARTITION BY step_code, m) AS p50
                FROM (SELECT step_code, DATE_FORMAT(finished_at, '%Y-%m') AS m, TIMESTAMPDIFF(SECOND, claimed_at,
                      finished_at) AS s FROM step_history WHERE finished_at >= ? AND finished_at < ?) t""",
                utcStart(all5y.from()), utcStart(today.plusDays(1)));

    }

    /**
     * The first viewer's 5-year office dashboard read by read, each alone with the cache emptied: where its time goes
     * (the dashboard runs them side by side, so its own time is near the slowest, not the sum).
     */
    void coldPieces(DashboardFilter period, List<String> all) {
        line("cold pieces of the office dashboard, all branches, %s .. %s, each alone (%s):", period.from(), period.to(),
                load());
        int runs = Integer.getInteger("bench.dashboard.cold-runs", Math.max(5, RUNS / 2));
        for (String kind : List.of(Rollups.WORK, Rollups.WAIT, Rollups.LEAD)) {
            time("  durations " + kind + " per branch and step", "kadis", runs, () -> {
                forgetClosedDays();
                return rollupQueries.durations(kind, Rollups.ALL_TYPES, all, period.from(), period.to(),
                        RollupQueries.Group.BRANCH_STEP);
            });
        }
        time("  durations LEAD per month (the throughput)", "kadis", runs, () -> {
            forgetClosedDays();
            return rollupQueries.durations(Rollups.LEAD, Rollups.ALL_TYPES, all, period.from(), period.to(),
                    RollupQueries.Group.MONTH);
        });
        time("  counts per day and step (the flow)", "kadis", runs, () -> {
            forgetClosedDays();
            return rollupQueries.countsByDay(Rollups.ALL_TYPES, all, period.from(), period.to());
        });
        time("  arrivals per weekday and hour (the heat maps)", "kadis", runs, () -> {
            forgetClosedDays();
            return rollupQueries.arrivals(Rollups.ALL_TYPES, all, period.from(), period.to());
        });
    }

    /** The roll-ups from the raw history (the core's rebuild): what the generator's command does at its end. */
    long rebuildRollups() {
        return dashboards.rebuildRollups();
    }

    /**
     * What one move costs the open dashboards: 20 subscriptions on the live feed (10 Kepala Dinas dashboards on the
     * whole office today, 10 Kepala Seksi dashboards on PUSAT today: two keys, so two computations per move), then
     * {@link #MOVES} real moves (SIAK check -> data entry, each a step finished and a roll-up upsert); the feed records
     * the server time of each coalesced burst (all computations plus handing the result to every subscriber).
     */
    void liveUpdate(DashboardFilter todayAll, String period) throws Exception {
        line("live update (%s): one move -> %d open dashboards (2 keys) via DashboardFeed, %d moves (%s):", period,
                SUBSCRIBERS, MOVES, load());
        time("  office recompute alone, all branches, " + period, "kadis", RUNS, () -> dashboards.office(todayAll));
        time("  section recompute alone, PUSAT, " + period, "kasi", RUNS,
                () -> dashboards.section(todayAll.withBranch("PUSAT")));
        List<UUID> cards = new ArrayList<>();
        for (int i = 0; i < MOVES; i++) {
            UUID id = applications.registered("BIRTH", "Bench Dasbor " + (char) ('A' + i / 26) + (char) ('a' + i % 26));
            applications.siakVerified(id);
            cards.add(id);
        }
        Set<String> branches = Set.of("PUSAT", "CIBINONG", "CILEUNGSI", "LEUWILIANG", "PARUNG");
        AtomicInteger delivered = new AtomicInteger();
        List<Runnable> detach = new ArrayList<>();
        for (int i = 0; i < SUBSCRIBERS / 2; i++) {
            detach.add(officers.as("kadis", () -> feed.subscribe("bench-office-" + period, branches,
                    () -> dashboards.office(todayAll), r -> delivered.incrementAndGet())));
            detach.add(officers.as("kasi", () -> feed.subscribe("bench-section-" + period, Set.of("PUSAT"),
                    () -> dashboards.section(todayAll.withBranch("PUSAT")), r -> delivered.incrementAndGet())));
        }
        Thread.sleep(1500);
        timings.clear();
        delivered.set(0);
        double[] moveMs = new double[MOVES];
        for (int m = 0; m < MOVES; m++) {
            UUID id = cards.get(m);
            long version = applications.card(id).version();
            long n0 = System.nanoTime();
            officers.run("loket", () -> workflow.next(id, version));
            moveMs[m] = (System.nanoTime() - n0) / 1e6;
            Thread.sleep(1500);
        }
        detach.forEach(Runnable::run);
        double[] fanOut = timings.fanOutMillis();
        double[] compute = timings.computeMillis();
        java.util.Arrays.sort(moveMs);
        if (fanOut.length == 0) {
            line("  no fan-out recorded");
            return;
        }
        line("  server time per move for all %d dashboards (computations + hand-out): p50 %.1f ms, p95 %.1f ms, max %.1f ms "
                + "over %d bursts; results delivered %d of %d", SUBSCRIBERS, pct(fanOut, 50), pct(fanOut, 95),
                pct(fanOut, 100), fanOut.length, delivered.get(), SUBSCRIBERS * MOVES);
        line("  one key's computation: p50 %.1f ms, p95 %.1f ms over %d", pct(compute, 50), pct(compute, 95),
                compute.length);
        double[] elapsed = timings.elapsedMillis();
        line("  from the burst's first computation to the last dashboard updated: p50 %.1f ms, p95 %.1f ms",
                pct(elapsed, 50), pct(elapsed, 95));
        double[] cpu = timings.fanOutCpuMillis();
        java.util.Arrays.sort(cpu);
        if (cpu.length > 0) {
            line("  CPU time per move for all dashboards: p50 %.1f ms, p95 %.1f ms", pct(cpu, 50), pct(cpu, 95));
        }
        line("  the move itself (service call incl. the roll-up upsert in its transaction): p50 %.1f ms, p95 %.1f ms",
                pct(moveMs, 50), pct(moveMs, 95));
    }
}
