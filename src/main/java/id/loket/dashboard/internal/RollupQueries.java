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
        STEP("step_code", "step_code"),
        BRANCH_STEP("CONCAT(branch_code, '|', step_code)", "CONCAT(branch_code, '|', step_code)"),
        DAY("day", null),
        WEEK("DATE_SUB(day, INTERVAL WEEKDAY(day) DAY)", null),
        MONTH("DATE_SUB(day, INTERVAL DAYOFMONTH(day) - 1 DAY)", "month");

        final String dayExpr;
        final String monthExpr;

        Group(String dayExpr, String monthExpr) {
            this.dayExpr = dayExpr;
            this.monthExpr = monthExpr;
        }
    }

    private final JdbcTemplate jdbc;

    RollupQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Histograms of one kind (WORK, WAIT, LEAD) over the days [from, to], per group key. */
    public Map<String, Histogram> durations(String kind, String type, Collection<String> branches, LocalDate from,
                                           LocalDate to, Group group) {
        Map<String, Histogram> result = new HashMap<>();
        if (branches.isEmpty()) {
            return result;
        }
        List<Object> args = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate endOfMonths = to.plusDays(1).withDayOfMonth(1); // months starting before this end inside [from, to]
        if (to.equals(to.withDayOfMonth(to.lengthOfMonth()))) {
            endOfMonths = to.plusDays(1);
        }
        boolean months = group.monthExpr != null && firstMonth.isBefore(endOfMonths);
        List<LocalDate[]> dayRanges = new ArrayList<>();
        if (months) {
            if (from.isBefore(firstMonth)) {
                dayRanges.add(new LocalDate[] {from, firstMonth.minusDays(1)});
            }
            if (endOfMonths.isBefore(to.plusDays(1))) {
                dayRanges.add(new LocalDate[] {endOfMonths, to});
            }
            parts.add("SELECT " + group.monthExpr + " AS g, upper_s, n FROM dash_duration_month WHERE kind = ? "
                    + "AND type_code = ? AND branch_code IN (" + marks(branches) + ") AND month >= ? AND month < ?");
            args.add(kind);
            args.add(type);
            args.addAll(branches);
            args.add(firstMonth);
            args.add(endOfMonths);
        } else {
            dayRanges.add(new LocalDate[] {from, to});
        }
        for (LocalDate[] range : dayRanges) {
            parts.add("SELECT " + group.dayExpr + " AS g, upper_s, n FROM dash_duration_day WHERE kind = ? "
                    + "AND type_code = ? AND branch_code IN (" + marks(branches) + ") AND day BETWEEN ? AND ?");
            args.add(kind);
            args.add(type);
            args.addAll(branches);
            args.add(range[0]);
            args.add(range[1]);
        }
        String sql = "SELECT g, upper_s, SUM(n) FROM (" + String.join(" UNION ALL ", parts) + ") x GROUP BY g, upper_s";
        jdbc.query(sql, rs -> {
            result.computeIfAbsent(rs.getString(1), k -> new Histogram()).add(rs.getInt(2), rs.getLong(3));
        }, args.toArray());
        return result;
    }

    /** Visits finished per step over the days: {done, returned}. */
    public Map<String, long[]> counts(String type, Collection<String> branches, LocalDate from, LocalDate to) {
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

    /** Visits finished DONE per day and step. */
    public Map<LocalDate, Map<String, Long>> doneByDay(String type, Collection<String> branches, LocalDate from,
                                                      LocalDate to) {
        Map<LocalDate, Map<String, Long>> result = new HashMap<>();
        if (branches.isEmpty()) {
            return result;
        }
        List<Object> args = new ArrayList<>(List.of(type));
        args.addAll(branches);
        args.add(from);
        args.add(to);
        jdbc.query("SELECT day, step_code, SUM(done_n) FROM dash_count_day WHERE type_code = ? "
                + "AND branch_code IN (" + marks(branches) + ") AND day BETWEEN ? AND ? GROUP BY day, step_code",
                rs -> {
                    result.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new HashMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                }, args.toArray());
        return result;
    }

    /** Working-time histograms per "username|step" (only one officer when {@code username} is set). */
    public Map<String, Histogram> officers(String type, Collection<String> branches, LocalDate from, LocalDate to,
                                           String username) {
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

    /** Queue-wait histograms of arrivals per cell weekday x 24 + hour (weekday 0 = Monday, branch-local). */
    public Map<Integer, Histogram> arrivals(String type, Collection<String> branches, LocalDate from, LocalDate to) {
        Map<Integer, Histogram> result = new HashMap<>();
        if (branches.isEmpty()) {
            return result;
        }
        List<Object> args = new ArrayList<>(List.of(type));
        args.addAll(branches);
        args.add(from);
        args.add(to);
        jdbc.query("SELECT WEEKDAY(day) AS wd, hour, upper_s, SUM(n) FROM dash_arrival_day WHERE type_code = ? "
                + "AND branch_code IN (" + marks(branches) + ") AND day BETWEEN ? AND ? GROUP BY wd, hour, upper_s",
                rs -> {
                    result.computeIfAbsent(rs.getInt(1) * 24 + rs.getInt(2), k -> new Histogram())
                            .add(rs.getInt(3), rs.getLong(4));
                }, args.toArray());
        return result;
    }

    private static String marks(Collection<?> values) {
        return String.join(",", Collections.nCopies(values.size(), "?"));
    }
}
