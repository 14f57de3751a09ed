package id.loket.workflow;

import id.loket.catalog.CatalogService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Aggregate reads of the step history and the live board for the dashboards (issue 13), which keep their own
 * roll-ups and read raw rows only for the cards behind a figure, live counts and return reasons.
 *
 * <p>Branch isolation (ADR 007): these are native SQL reads across branches (the Kepala Dinas sees every branch this
 * server holds), so the tenant filter does not apply: every method takes the branches it may read and names them in
 * its SQL. The caller (the dashboard's scope) decides which branches a user may see. No personal data leaves here:
 * cards carry the registration number, never the applicant.
 */
@Service
public class StepHistory {

    /** Rows per page of {@link #replay}: one page is read, then handed on, so memory stays flat on 10 M rows. */
    static final int PAGE = 20_000;

    private final JdbcTemplate jdbc;
    private final CatalogService catalog;

    StepHistory(JdbcTemplate jdbc, CatalogService catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** A branch's period [from, to) and its offset from UTC (for weekday and hour of its local time). */
    public record Window(String branchCode, Instant from, Instant to, ZoneOffset offset) {
    }

    /** A card behind a figure: {@code at} is when the figure's event happened, {@code seconds} the measured time. */
    public record HistoryCard(UUID applicationId, String registrationNumber, String branchCode, String stepCode,
                              Instant at, long seconds, String detail) {
    }

    /** Cards in a step now: how many, the oldest one's entry, how many have been in it longer than its standard. */
    public record StepNow(String stepCode, long count, Instant oldestEnteredAt, long overStandard) {
    }

    /** Visits sent back from a step with one reason (null: intake returned the file for missing documents). */
    public record ReturnCount(String stepCode, String reason, long count) {
    }

    /** Which time of a finished visit a card list measures. */
    public enum Measure { WORKING, WAITING }

    // ---------------------------------------------------------------- replay (roll-up rebuild)

    /**
     * Every finished visit as the {@link StepFinished} event it published, branch by branch in order of finish, read
     * in keyset pages (never one result held open, never a list of everything). For rebuilding roll-ups while
     * nobody works: visits finished during a replay may or may not be included.
     */
    public void replay(Consumer<StepFinished> consumer) {
        List<String> steps = catalog.catalog().steps().stream().map(CatalogService.Step::code).toList();
        String last = steps.getLast();
        List<String> branches = jdbc.queryForList("SELECT DISTINCT branch_code FROM step_history ORDER BY 1",
                String.class);
        for (String branch : branches) {
            LocalDateTime after = LocalDateTime.of(1000, 1, 1, 0, 0);
            String afterId = "00000000-0000-0000-0000-000000000000";
            while (true) {
                List<Object[]> page = new ArrayList<>(PAGE);
                List<StepFinished> events = jdbc.query("""
                        SELECT h.id, h.application_id, h.branch_code, a.type_code, h.step_code, h.visit_no,
                               h.entered_at, h.claimed_at, h.finished_at, h.actor, h.outcome, h.reason,
                               f.entered_at AS started
                          FROM step_history h FORCE INDEX (ix_step_history_branch_finished)
                          JOIN application a ON a.id = h.application_id
                          LEFT JOIN step_history f ON f.application_id = h.application_id AND f.visit_no = 1
                         WHERE h.branch_code = ?
                           AND (h.finished_at > ? OR (h.finished_at = ? AND h.id > ?))
                         ORDER BY h.finished_at, h.id
                         LIMIT ?""", (rs, i) -> {
                    StepFinished e = new StepFinished(uuid(rs, "application_id"), rs.getString("branch_code"),
                            rs.getString("type_code"), rs.getString("step_code"), rs.getInt("visit_no"),
                            instant(rs, "entered_at"), instant(rs, "claimed_at"), instant(rs, "finished_at"),
                            rs.getString("actor"), StepOutcome.valueOf(rs.getString("outcome")), rs.getString("reason"),
                            instant(rs, "started"), false);
                    boolean completes = e.stepCode().equals(last) && e.outcome() == StepOutcome.DONE;
                    if (e.claimedAt() == null || e.startedAt() == null || completes) {
                        e = new StepFinished(e.applicationId(), e.branchCode(), e.typeCode(), e.stepCode(), e.visitNo(),
                                e.enteredAt(), e.claimedAt() != null ? e.claimedAt() : e.finishedAt(), e.finishedAt(),
                                e.actor(), e.outcome(), e.reason(),
                                e.startedAt() != null ? e.startedAt() : e.enteredAt(), completes);
                    }
                    page.add(new Object[] {rs.getObject("finished_at", LocalDateTime.class), rs.getString("id")});
                    return e;
                }, branch, after, after, afterId, PAGE);
                events.forEach(consumer);
                if (events.size() < PAGE) {
                    break;
                }
                Object[] lastRow = page.getLast();
                after = (LocalDateTime) lastRow[0];
                afterId = (String) lastRow[1];
            }
        }
    }

    /** Whether any visit has finished (a history that roll-ups should cover). */
    public boolean anyFinished() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM step_history WHERE finished_at IS NOT NULL)", Boolean.class));
    }

    // ---------------------------------------------------------------- cards behind a figure

    /**
     * Finished visits of a step in the windows, newest first: the working or waiting time, only those over
     * {@code overSeconds} (-1: all), only one outcome (null: both), only one type and one officer (null: any).
     */
    public List<HistoryCard> finishedVisits(Collection<Window> windows, String stepCode, String typeCode,
                                            StepOutcome outcome, String actor, Measure measure, long overSeconds,
                                            int limit) {
        return newest(windows, limit, w -> finishedVisits(w, stepCode, typeCode, outcome, actor, measure, overSeconds,
                limit));
    }

    private List<HistoryCard> finishedVisits(Window window, String stepCode, String typeCode, StepOutcome outcome,
                                             String actor, Measure measure, long overSeconds, int limit) {
        List<Window> windows = List.of(window);
        String seconds = measure == Measure.WORKING
                ? "TIMESTAMPDIFF(SECOND, CAST(h.claimed_at AS DATETIME), CAST(h.finished_at AS DATETIME))"
                : "TIMESTAMPDIFF(SECOND, CAST(h.entered_at AS DATETIME), CAST(COALESCE(h.claimed_at, h.finished_at) AS DATETIME))";
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT h.application_id, COALESCE(a.registration_number, a.queue_number) "
                + "AS number, h.branch_code, h.step_code, h.finished_at AS at, " + seconds + " AS seconds, "
                + "h.reason AS detail FROM step_history h JOIN application a ON a.id = h.application_id WHERE ");
        windows(sql, args, windows, "h.finished_at");
        if (stepCode != null) {
            sql.append(" AND h.step_code = ?");
            args.add(stepCode);
        }
        if (outcome != null) {
            sql.append(" AND h.outcome = ?");
            args.add(outcome.name());
        }
        if (actor != null) {
            sql.append(" AND h.actor = ?");
            args.add(actor);
        }
        type(sql, args, typeCode);
        if (overSeconds >= 0) {
            sql.append(" AND ").append(seconds).append(" > ?");
            args.add(overSeconds);
        }
        sql.append(" ORDER BY h.finished_at DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), StepHistory::card, args.toArray());
    }

    /**
     * Applications completed (the last step done) in the windows, newest first, with their lead time (ticket taken
     * to handover), only those over {@code overSeconds} (-1: all).
     */
    public List<HistoryCard> completed(Collection<Window> windows, String typeCode, long overSeconds, int limit) {
        return newest(windows, limit, w -> completed(w, typeCode, overSeconds, limit));
    }

    private List<HistoryCard> completed(Window window, String typeCode, long overSeconds, int limit) {
        List<Window> windows = List.of(window);
        String seconds = "TIMESTAMPDIFF(SECOND, CAST(f.entered_at AS DATETIME), CAST(h.finished_at AS DATETIME))";
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT h.application_id, COALESCE(a.registration_number, a.queue_number) "
                + "AS number, h.branch_code, h.step_code, h.finished_at AS at, " + seconds + " AS seconds, "
                + "NULL AS detail FROM step_history h JOIN application a ON a.id = h.application_id "
                + "JOIN step_history f ON f.application_id = h.application_id AND f.visit_no = 1 WHERE ");
        windows(sql, args, windows, "h.finished_at");
        sql.append(" AND h.step_code = ? AND h.outcome = 'DONE'");
        args.add(catalog.catalog().steps().getLast().code());
        type(sql, args, typeCode);
        if (overSeconds >= 0) {
            sql.append(" AND ").append(seconds).append(" > ?");
            args.add(overSeconds);
        }
        sql.append(" ORDER BY h.finished_at DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), StepHistory::card, args.toArray());
    }

    /** Cards in a step now (newest entry first), only those in it longer than {@code overSeconds} (-1: all). */
    public List<HistoryCard> active(Collection<String> branches, String stepCode, String typeCode, Instant now,
                                    long overSeconds, int limit) {
        if (branches.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT a.id AS application_id, COALESCE(a.registration_number, "
                + "a.queue_number) AS number, a.branch_code, a.current_step AS step_code, a.step_entered_at AS at, "
                + "TIMESTAMPDIFF(SECOND, CAST(a.step_entered_at AS DATETIME), CAST(? AS DATETIME)) AS seconds, "
                + "a.holder AS detail FROM application a WHERE a.status = 'ACTIVE' AND a.current_step = ? AND ");
        args.add(utc(now));
        args.add(stepCode);
        in(sql, args, "a.branch_code", branches);
        type(sql, args, typeCode);
        if (overSeconds >= 0) {
            sql.append(" AND a.step_entered_at < ?");
            args.add(utc(now.minusSeconds(overSeconds)));
        }
        sql.append(" ORDER BY a.step_entered_at DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), StepHistory::card, args.toArray());
    }

    /**
     * Applications whose queue number was taken in the windows on a weekday (0 = Monday) and hour of the branch's
     * local time, newest first, with their queue wait (ticket to called). -1 matches any weekday or hour.
     */
    public List<HistoryCard> arrivals(Collection<Window> windows, String typeCode, int weekday, int hour, int limit) {
        return newest(windows, limit, w -> arrivals(w, typeCode, weekday, hour, limit));
    }

    private List<HistoryCard> arrivals(Window window, String typeCode, int weekday, int hour, int limit) {
        List<Window> windows = List.of(window);
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT h.application_id, COALESCE(a.registration_number, a.queue_number) "
                + "AS number, h.branch_code, h.step_code, h.entered_at AS at, TIMESTAMPDIFF(SECOND, "
                + "CAST(h.entered_at AS DATETIME), CAST(h.claimed_at AS DATETIME)) AS seconds, NULL AS detail "
                + "FROM step_history h JOIN application a ON a.id = h.application_id WHERE h.visit_no = 1 AND h.step_code = ? AND ");
        args.add(catalog.catalog().steps().getFirst().code()); // the (branch, step, entered) index
        sql.append('(');
        boolean first = true;
        for (Window w : windows) {
            sql.append(first ? "" : " OR ").append("(h.branch_code = ? AND h.entered_at >= ? AND h.entered_at < ?");
            args.add(w.branchCode());
            args.add(utc(w.from()));
            args.add(utc(w.to()));
            if (weekday >= 0) {
                sql.append(" AND WEEKDAY(DATE_ADD(h.entered_at, INTERVAL ? SECOND)) = ?");
                args.add(w.offset().getTotalSeconds());
                args.add(weekday);
            }
            if (hour >= 0) {
                sql.append(" AND HOUR(DATE_ADD(h.entered_at, INTERVAL ? SECOND)) = ?");
                args.add(w.offset().getTotalSeconds());
                args.add(hour);
            }
            sql.append(')');
            first = false;
        }
        sql.append(')');
        type(sql, args, typeCode);
        sql.append(" ORDER BY h.entered_at DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), StepHistory::card, args.toArray());
    }

    // ---------------------------------------------------------------- live counts and returns

    /**
     * Per step code, active cards now in these branches: count, oldest entry, and how many entered longer ago than
     * the step's standard ({@code standardSeconds} per step code; a step without one counts none).
     */
    public List<StepNow> now(Collection<String> branches, String typeCode, Map<String, Long> standardSeconds,
                             Instant now) {
        if (branches.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        StringBuilder over = new StringBuilder("CASE a.current_step");
        standardSeconds.forEach((step, seconds) -> {
            over.append(" WHEN ? THEN a.step_entered_at < ?");
            args.add(step);
            args.add(utc(now.minusSeconds(seconds)));
        });
        over.append(" ELSE 0 END");
        StringBuilder sql = new StringBuilder("SELECT a.current_step, COUNT(*) AS n, MIN(a.step_entered_at) AS oldest, "
                + "SUM(" + (standardSeconds.isEmpty() ? "0" : over) + ") AS over_n FROM application a "
                + "WHERE a.status = 'ACTIVE' AND ");
        in(sql, args, "a.branch_code", branches);
        type(sql, args, typeCode);
        sql.append(" GROUP BY a.current_step");
        return jdbc.query(sql.toString(), (rs, i) -> new StepNow(rs.getString(1), rs.getLong(2), instant(rs, "oldest"),
                rs.getLong(4)), args.toArray());
    }

    /** Visits sent back in the windows, grouped by step and reason, most frequent first. */
    public List<ReturnCount> returns(Collection<Window> windows, String typeCode) {
        if (windows.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        // the application only for its type: without a type filter, no lookup per visit of the period
        StringBuilder sql = new StringBuilder("SELECT h.step_code, h.reason, COUNT(*) FROM step_history h "
                + (typeCode == null ? "" : "JOIN application a ON a.id = h.application_id ")
                + "WHERE h.outcome = 'RETURNED' AND ");
        windows(sql, args, windows, "h.finished_at");
        type(sql, args, typeCode);
        sql.append(" GROUP BY h.step_code, h.reason ORDER BY COUNT(*) DESC, h.step_code, h.reason");
        return jdbc.query(sql.toString(), (rs, i) -> new ReturnCount(rs.getString(1), rs.getString(2), rs.getLong(3)),
                args.toArray());
    }

    // ---------------------------------------------------------------- SQL pieces

    /**
     * One query per branch window (each reads its own index range backwards and stops at the limit), merged newest
     * first: far cheaper than one query over all branches sorting every row of the period.
     */
    private static List<HistoryCard> newest(Collection<Window> windows, int limit,
                                            java.util.function.Function<Window, List<HistoryCard>> query) {
        List<HistoryCard> all = new ArrayList<>();
        for (Window w : windows) {
            all.addAll(query.apply(w));
        }
        all.sort(java.util.Comparator.comparing(HistoryCard::at).reversed());
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    /** Each window names its branch (ADR 007: native SQL says its branch). */
    private static void windows(StringBuilder sql, List<Object> args, Collection<Window> windows, String column) {
        sql.append('(');
        boolean first = true;
        for (Window w : windows) {
            sql.append(first ? "" : " OR ").append("(h.branch_code = ? AND ").append(column).append(" >= ? AND ")
                    .append(column).append(" < ?)");
            args.add(w.branchCode());
            args.add(utc(w.from()));
            args.add(utc(w.to()));
            first = false;
        }
        sql.append(')');
    }

    private static void in(StringBuilder sql, List<Object> args, String column, Collection<String> values) {
        sql.append(column).append(" IN (").append(String.join(",", java.util.Collections.nCopies(values.size(), "?")))
                .append(')');
        args.addAll(values);
    }

    private static void type(StringBuilder sql, List<Object> args, String typeCode) {
        if (typeCode != null) {
            sql.append(" AND a.type_code = ?");
            args.add(typeCode);
        }
    }

    private static HistoryCard card(ResultSet rs, int i) throws SQLException {
        return new HistoryCard(uuid(rs, "application_id"), rs.getString("number"), rs.getString("branch_code"),
                rs.getString("step_code"), instant(rs, "at"), Math.max(0, rs.getLong("seconds")), rs.getString("detail"));
    }

    /** Instants are stored as UTC wall time (hibernate.jdbc.time_zone = UTC). */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return UUID.fromString(rs.getString(column));
    }
}
