package id.loket.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the roll-ups (ADR 008). Every query names its branches (native SQL, ADR 007) and its type row ('*' for all
 * types, so an unfiltered query never adds types up). Long ranges read whole calendar months from the month table
 * and only the edge days from the day table.
 */
@Component
public class RollupQueries {

    /** How duration rows are grouped; the key of each group is the column's text. */
    public enum Group {
        STEP("step_code", "step_code", "step_code"),
        BRANCH_STEP("CONCAT(branch_code, '|', step_code)", "CONCAT(branch_code, '|', step_code)",
                "CONCAT(branch_code, '|', step_code)"),
        DAY("day", null, null),
        WEEK("DATE_SUB(day, INTERVAL WEEKDAY(day) DAY)", null, null),
        MONTH("DATE_SUB(day, INTERVAL DAYOFMONTH(day) - 1 DAY)", "month", null);

        final String dayExpr;
        final String monthExpr;
        /** The group's column in the year table; null when a group needs finer rows (days, weeks, months). */
        final String yearExpr;

        Group(String dayExpr, String monthExpr, String yearExpr) {
            this.dayExpr = dayExpr;
            this.monthExpr = monthExpr;
            this.yearExpr = yearExpr;
        }
    }

    private final JdbcTemplate jdbc;
    private final ClosedDays closed;

    RollupQueries(JdbcTemplate jdbc, ClosedDays closed) {
        this.jdbc = jdbc;
        this.closed = closed;
    }

    /** Histograms of one kind (WORK, WAIT, LEAD) over the days [from, to], per group key. */
    public Map<String, Histogram> durations(String kind, String type, Collection<String> branches, LocalDate from,
                                           LocalDate to, Group group) {
        return split(List.of("durations", kind, type, List.copyOf(branches), group), from, to,
                (f, t) -> readDurations(kind, type, branches, f, t, group), RollupQueries::mergeHistograms);
    }

    /** Visits finished per step over the days: {done, returned}. */
    public Map<String, long[]> counts(String type, Collection<String> branches, LocalDate from, LocalDate to) {
        return split(List.of("counts", type, List.copyOf(branches)), from, to,
                (f, t) -> readCounts(type, branches, f, t), (into, add) -> {
                    Map<String, long[]> result = new HashMap<>();
                    into.forEach((k, v) -> result.put(k, v.clone()));
                    add.forEach((k, v) -> result.merge(k, v.clone(), (a, b) -> {
                        for (int i = 0; i < a.length; i++) {
                            a[i] += b[i];
                        }
                        return a;
                    }));
                    return result;
                });
    }

    /** Visits finished per day and step: {done, returned} (the office reads this once for its flow and its steps). */
    public Map<LocalDate, Map<String, long[]>> countsByDay(String type, Collection<String> branches, LocalDate from,
                                                          LocalDate to) {
        return split(List.of("countsByDay", type, List.copyOf(branches)), from, to,
                (f, t) -> readCountsByDay(type, branches, f, t), (into, add) -> {
                    Map<LocalDate, Map<String, long[]>> result = new HashMap<>();
                    for (Map<LocalDate, Map<String, long[]>> part : List.of(into, add)) {
                        part.forEach((day, steps) -> steps.forEach((step, n) -> result
                                .computeIfAbsent(day, d -> new HashMap<>())
                                .merge(step, n.clone(), (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]})));
                    }
                    return result;
                });
    }

    /** Working-time histograms per "username|step" (only one officer when {@code username} is set). */
    public Map<String, Histogram> officers(String type, Collection<String> branches, LocalDate from, LocalDate to,
                                           String username) {
        return split(java.util.Arrays.asList("officers", type, List.copyOf(branches), username), from, to,
                (f, t) -> readOfficers(type, branches, f, t, username), RollupQueries::mergeHistograms);
    }

    /** Queue-wait histograms of arrivals per cell weekday x 24 + hour (weekday 0 = Monday, branch-local). */
    public Map<Integer, Histogram> arrivals(String type, Collection<String> branches, LocalDate from, LocalDate to) {
        return split(List.of("arrivals", type, List.copyOf(branches)), from, to,
                (f, t) -> readArrivals(type, branches, f, t), RollupQueries::mergeHistograms);
    }

    /**
     * The closed days of [from, to] from the cache ({@link ClosedDays}), the open days (today) read fresh, merged
     * into a new result: a cached value is never handed out nor changed.
     */
    private <T> T split(List<Object> query, LocalDate from, LocalDate to,
                        java.util.function.BiFunction<LocalDate, LocalDate, T> read,
                        java.util.function.BinaryOperator<T> merge) {
        LocalDate closedEnd = closed.firstOpenDay().minusDays(1);
        if (closedEnd.isBefore(from) || to.isBefore(from)) {
            return read.apply(from, to);
        }
        LocalDate end = to.isBefore(closedEnd) ? to : closedEnd;
        List<Object> key = new ArrayList<>(query);
        key.add(from);
        key.add(end);
        T past = closed.get(key, () -> read.apply(from, end));
        T open = end.isBefore(to) ? read.apply(end.plusDays(1), to) : null;
        return merge.apply(past, open == null ? empty(past) : open);
    }

    @SuppressWarnings("unchecked")
    private static <T> T empty(T like) {
        return (T) Map.of();
    }

    private static <K> Map<K, Histogram> mergeHistograms(Map<K, Histogram> into, Map<K, Histogram> add) {
        Map<K, Histogram> result = new HashMap<>();
        into.forEach((k, h) -> result.put(k, new Histogram().addAll(h)));
        add.forEach((k, h) -> result.computeIfAbsent(k, x -> new Histogram()).addAll(h));
        return result;
    }

    private Map<String, Histogram> readDurations(String kind, String type, Collection<String> branches,
                                                 LocalDate from, LocalDate to, Group group) {
        Map<String, Histogram> result = new HashMap<>();
        if (branches.isEmpty()) {
            return result;
        }
        Pieces pieces = Pieces.of(from, to, group.monthExpr != null, group.yearExpr != null);
        Union union = new Union("kind = ? AND type_code = ?", List.of(kind, type), branches);
        union.add(pieces.years(), group.yearExpr + " AS g, upper_s, n", "dash_duration_year", Union.YEARS);
        union.add(pieces.months(), group.monthExpr + " AS g, upper_s, n", "dash_duration_month", Union.MONTHS);
        union.add(pieces.days(), group.dayExpr + " AS g, upper_s, n", "dash_duration_day", Union.DAYS);
        jdbc.query("SELECT g, upper_s, SUM(n) FROM (" + union.sql() + ") x GROUP BY g, upper_s", rs -> {
            result.computeIfAbsent(rs.getString(1), k -> new Histogram()).add(rs.getInt(2), rs.getLong(3));
        }, union.args());
        return result;
    }

    private Map<String, long[]> readCounts(String type, Collection<String> branches, LocalDate from, LocalDate to) {
        Map<String, long[]> result = new HashMap<>();
        if (branches.isEmpty()) {
            return result;
        }
        List<Object> args = new ArrayList<>(List.of(type));
        args.addAll(branches);
        args.add(from);
        args.add(to);
        jdbc.query("SELECT step_code, SUM(done_n), SUM(returned_n) FROM dash_count_day WHERE type_code = ? "
                + "AND branch_code IN (" + marks(branches) + ") AND day BETWEEN ? AND ? GROUP BY step_code",
                rs -> {
                    result.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }, args.toArray());
        return result;
    }

    private Map<LocalDate, Map<String, long[]>> readCountsByDay(String type, Collection<String> branches,
                                                                LocalDate from, LocalDate to) {
        Map<LocalDate, Map<String, long[]>> result = new HashMap<>();
        if (branches.isEmpty()) {
            return result;
        }
        List<Object> args = new ArrayList<>(List.of(type));
        args.addAll(branches);
        args.add(from);
        args.add(to);
        jdbc.query("SELECT day, step_code, SUM(done_n), SUM(returned_n) FROM dash_count_day WHERE type_code = ? "
                + "AND branch_code IN (" + marks(branches) + ") AND day BETWEEN ? AND ? GROUP BY day, step_code",
                rs -> {
                    result.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new HashMap<>())
                            .put(rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4)});
                }, args.toArray());
        return result;
    }

    private Map<String, Histogram> readOfficers(String type, Collection<String> branches, LocalDate from,
                                                LocalDate to, String username) {
        Map<String, Histogram> result = new HashMap<>();
        if (branches.isEmpty()) {
            return result;
        }
        List<Object> args = new ArrayList<>(List.of(type));
        args.addAll(branches);
        args.add(from);
        args.add(to);
        String who = "";
        if (username != null) {
            who = " AND username = ?";
            args.add(username);
        }
        jdbc.query("SELECT username, step_code, upper_s, SUM(n) FROM dash_officer_day WHERE type_code = ? "
                + "AND branch_code IN (" + marks(branches) + ") AND day BETWEEN ? AND ?" + who
                + " GROUP BY username, step_code, upper_s", rs -> {
                    result.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new Histogram())
                            .add(rs.getInt(3), rs.getLong(4));
                }, args.toArray());
        return result;
    }

    private Map<Integer, Histogram> readArrivals(String type, Collection<String> branches, LocalDate from,
                                                 LocalDate to) {
        Map<Integer, Histogram> result = new HashMap<>();
        if (branches.isEmpty()) {
            return result;
        }
        Pieces pieces = Pieces.of(from, to, true, true);
        Union union = new Union("type_code = ?", List.of(type), branches);
        union.add(pieces.years(), "weekday AS wd, hour, upper_s, n", "dash_arrival_year", Union.YEARS);
        union.add(pieces.months(), "weekday AS wd, hour, upper_s, n", "dash_arrival_month", Union.MONTHS);
        union.add(pieces.days(), "WEEKDAY(day) AS wd, hour, upper_s, n", "dash_arrival_day", Union.DAYS);
        jdbc.query("SELECT wd, hour, upper_s, SUM(n) FROM (" + union.sql() + ") x GROUP BY wd, hour, upper_s", rs -> {
            result.computeIfAbsent(rs.getInt(1) * 24 + rs.getInt(2), k -> new Histogram())
                    .add(rs.getInt(3), rs.getLong(4));
        }, union.args());
        return result;
    }

    /**
     * The days [from, to] as whole calendar years [first January, next first January), whole calendar months
     * [first day, next first day) outside those years, and the edge days [first, last] outside both: each part is
     * read from its own table and the parts added up, so a long period reads a few coarse rows per bucket.
     */
    record Pieces(List<LocalDate[]> years, List<LocalDate[]> months, List<LocalDate[]> days) {

        static Pieces of(LocalDate from, LocalDate to, boolean useMonths, boolean useYears) {
            List<LocalDate[]> years = new ArrayList<>();
            List<LocalDate[]> months = new ArrayList<>();
            List<LocalDate[]> days = new ArrayList<>();
            LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate endOfMonths = to.plusDays(1).withDayOfMonth(1); // the months before it end inside [from, to]
            if (!useMonths || !firstMonth.isBefore(endOfMonths)) {
                days.add(new LocalDate[] {from, to}); // an empty range reads nothing
                return new Pieces(years, months, days);
            }
            if (from.isBefore(firstMonth)) {
                days.add(new LocalDate[] {from, firstMonth.minusDays(1)});
            }
            if (endOfMonths.isBefore(to.plusDays(1))) {
                days.add(new LocalDate[] {endOfMonths, to});
            }
            LocalDate firstYear = firstMonth.getDayOfYear() == 1 ? firstMonth : firstMonth.withDayOfYear(1).plusYears(1);
            LocalDate endOfYears = endOfMonths.withDayOfYear(1);
            if (!useYears || !firstYear.isBefore(endOfYears)) {
                months.add(new LocalDate[] {firstMonth, endOfMonths});
                return new Pieces(years, months, days);
            }
            years.add(new LocalDate[] {firstYear, endOfYears});
            if (firstMonth.isBefore(firstYear)) {
                months.add(new LocalDate[] {firstMonth, firstYear});
            }
            if (endOfYears.isBefore(endOfMonths)) {
                months.add(new LocalDate[] {endOfYears, endOfMonths});
            }
            return new Pieces(years, months, days);
        }
    }

    /**
     * The pieces of one read as one UNION ALL: a SELECT per range of the year, month or day table, each with the same
     * filter and branches, its arguments in order.
     */
    private static final class Union {
        static final String YEARS = "year >= ? AND year < ?";
        static final String MONTHS = "month >= ? AND month < ?";
        static final String DAYS = "day BETWEEN ? AND ?";

        private final String filter;
        private final List<Object> filterArgs;
        private final Collection<String> branches;
        private final List<String> parts = new ArrayList<>();
        private final List<Object> args = new ArrayList<>();

        Union(String filter, List<Object> filterArgs, Collection<String> branches) {
            this.filter = filter;
            this.filterArgs = filterArgs;
            this.branches = branches;
        }

        void add(List<LocalDate[]> ranges, String columns, String table, String range) {
            for (LocalDate[] r : ranges) {
                parts.add("SELECT " + columns + " FROM " + table + " WHERE " + filter + " AND branch_code IN ("
                        + marks(branches) + ") AND " + range);
                args.addAll(filterArgs);
                args.addAll(branches);
                args.add(r[0]);
                args.add(r[1]);
            }
        }

        String sql() {
            return String.join(" UNION ALL ", parts);
        }

        Object[] args() {
            return args.toArray();
        }
    }

    private static String marks(Collection<?> values) {
        return String.join(",", Collections.nCopies(values.size(), "?"));
    }
}
