package id.loket.dashboard.internal;

import id.loket.workflow.StepFinished;
import id.loket.workflow.StepHistory;
import id.loket.workflow.StepOutcome;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard's roll-up tables (ADR 008, {@code db/changelog/dashboard/001-rollups.sql}) from the step
 * history: a synchronous listener adds each finished visit in the transaction that closed it, so the roll-ups can
 * never drift from the history; {@link #rebuild} recomputes them from scratch. Both go through {@link #rows}, so
 * the incremental and the rebuilt tables are the same by construction.
 */
@Component
public class Rollups {

    private static final Logger LOG = LoggerFactory.getLogger(Rollups.class);
    /** Aggregated rows kept in memory during a rebuild before they are written (merged with n = n + ?). */
    private static final int FLUSH_AT = 1_000_000;
    private static final int ROWS_PER_INSERT = 1000;

    /** The roll-up tables: key columns, then the counted columns. */
    public enum Table {
        DURATION_DAY("dash_duration_day", List.of("day", "branch_code", "step_code", "type_code", "kind", "upper_s"),
                List.of("n"), List.of("kind", "type_code", "branch_code", "day", "step_code", "upper_s")),
        DURATION_MONTH("dash_duration_month", List.of("month", "branch_code", "step_code", "type_code", "kind",
                "upper_s"), List.of("n"), List.of("kind", "type_code", "branch_code", "month", "step_code", "upper_s")),
        OFFICER_DAY("dash_officer_day", List.of("day", "branch_code", "step_code", "type_code", "username", "upper_s"),
                List.of("n"), List.of("type_code", "branch_code", "day", "step_code", "username", "upper_s")),
        COUNT_DAY("dash_count_day", List.of("day", "branch_code", "step_code", "type_code"),
                List.of("done_n", "returned_n"), List.of("type_code", "branch_code", "day", "step_code")),
        ARRIVAL_DAY("dash_arrival_day", List.of("day", "branch_code", "type_code", "hour", "upper_s"), List.of("n"),
                List.of("type_code", "branch_code", "day", "hour", "upper_s")),
        ARRIVAL_MONTH("dash_arrival_month", List.of("month", "branch_code", "type_code", "weekday", "hour", "upper_s"),
                List.of("n"), List.of("type_code", "branch_code", "month", "weekday", "hour", "upper_s")),
        DURATION_YEAR("dash_duration_year", List.of("year", "branch_code", "step_code", "type_code", "kind",
                "upper_s"), List.of("n"), List.of("kind", "type_code", "branch_code", "year", "step_code", "upper_s")),
        ARRIVAL_YEAR("dash_arrival_year", List.of("year", "branch_code", "type_code", "weekday", "hour", "upper_s"),
                List.of("n"), List.of("type_code", "branch_code", "year", "weekday", "hour", "upper_s"));

        /** Tables keyed by a month or a year: read only for whole closed ones, so their writes close no cache. */
        boolean coarse() {
            return this == DURATION_MONTH || this == ARRIVAL_MONTH || this == DURATION_YEAR || this == ARRIVAL_YEAR;
        }

        public final String table;
        public final List<String> keys;
        public final List<String> values;

        Table(String table, List<String> keys, List<String> values, List<String> primaryKey) {
            this.table = table;
            this.keys = keys;
            this.values = values;
            this.primaryKey = primaryKey.stream().mapToInt(keys::indexOf).toArray();
        }

        /** Positions of the primary key's columns (as in 001-rollups.sql) in a row. */
        private final int[] primaryKey;

        /**
         * The row's primary key as one string into {@code into} (cleared first; returned): the columns in key order,
         * numbers zero-padded, so that string order is the table's key order (binary collations).
         */
        String sortKey(Object[] row, StringBuilder into) {
            into.setLength(0);
            for (int i : primaryKey) {
                Object v = row[i];
                if (v instanceof Integer n) {
                    String digits = Integer.toString(n);
                    into.repeat('0', Math.max(0, 10 - digits.length())).append(digits);
                } else {
                    into.append(v);
                }
                into.append('\u0000');
            }
            return into.toString();
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<Object[]> primaryKeyOrder() {
            return (a, b) -> {
                for (int i : primaryKey) {
                    int c = ((Comparable) a[i]).compareTo(b[i]);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            };
        }
    }

    public static final String ALL_TYPES = "*";
    public static final String WORK = "WORK";
    public static final String WAIT = "WAIT";
    public static final String LEAD = "LEAD";
    /** The step code of lead-time rows. */
    public static final String NO_STEP = "*";

    private final JdbcTemplate jdbc;
    private final StepHistory history;
    private final BranchZones zones;

    private final org.springframework.transaction.support.TransactionTemplate transaction;

    private final ClosedDays closed;

    Rollups(JdbcTemplate jdbc, StepHistory history, BranchZones zones,
            org.springframework.transaction.PlatformTransactionManager transactions, ClosedDays closed) {
        this.closed = closed;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.history = history;
        this.zones = zones;
    }

    /**
     * The rows one finished visit adds, each with its counts: working and waiting time under the visit's type and
     * '*', by finish day and month; lead time when it completes the application; the finishing officer's working
     * time; the done/returned count; for visit 1 (the queue) the arrival by ticket day and hour with its queue wait.
     */
    static void rows(StepFinished e, ZoneId zone, BiConsumer<Table, Object[]> out) {
        LocalDate day = LocalDate.ofInstant(e.finishedAt(), zone);
        LocalDate month = day.withDayOfMonth(1);
        LocalDate year = day.withDayOfYear(1);
        int work = Histogram.bucket(e.workingSeconds());
        int wait = Histogram.bucket(e.waitingSeconds());
        boolean done = e.outcome() == StepOutcome.DONE;
        for (String type : new String[] {e.typeCode(), ALL_TYPES}) {
            out.accept(Table.DURATION_DAY, new Object[] {day, e.branchCode(), e.stepCode(), type, WORK, work, 1L});
            out.accept(Table.DURATION_DAY, new Object[] {day, e.branchCode(), e.stepCode(), type, WAIT, wait, 1L});
            out.accept(Table.DURATION_MONTH, new Object[] {month, e.branchCode(), e.stepCode(), type, WORK, work, 1L});
            out.accept(Table.DURATION_MONTH, new Object[] {month, e.branchCode(), e.stepCode(), type, WAIT, wait, 1L});
            out.accept(Table.DURATION_YEAR, new Object[] {year, e.branchCode(), e.stepCode(), type, WORK, work, 1L});
            out.accept(Table.DURATION_YEAR, new Object[] {year, e.branchCode(), e.stepCode(), type, WAIT, wait, 1L});
            if (e.completesApplication()) {
                int lead = Histogram.bucket(Math.max(0,
                        e.finishedAt().getEpochSecond() - e.startedAt().getEpochSecond()));
                out.accept(Table.DURATION_DAY, new Object[] {day, e.branchCode(), NO_STEP, type, LEAD, lead, 1L});
                out.accept(Table.DURATION_MONTH, new Object[] {month, e.branchCode(), NO_STEP, type, LEAD, lead, 1L});
                out.accept(Table.DURATION_YEAR, new Object[] {year, e.branchCode(), NO_STEP, type, LEAD, lead, 1L});
            }
            if (e.actor() != null) {
                out.accept(Table.OFFICER_DAY, new Object[] {day, e.branchCode(), e.stepCode(), type, e.actor(), work, 1L});
            }
            out.accept(Table.COUNT_DAY, new Object[] {day, e.branchCode(), e.stepCode(), type, done ? 1L : 0L,
                    done ? 0L : 1L});
            if (e.visitNo() == 1) {
                LocalDateTime arrived = LocalDateTime.ofInstant(e.enteredAt(), zone);
                out.accept(Table.ARRIVAL_DAY, new Object[] {arrived.toLocalDate(), e.branchCode(), type,
                        arrived.getHour(), wait, 1L});
                out.accept(Table.ARRIVAL_MONTH, new Object[] {arrived.toLocalDate().withDayOfMonth(1), e.branchCode(),
                        type, arrived.getDayOfWeek().getValue() - 1, arrived.getHour(), wait, 1L});
                out.accept(Table.ARRIVAL_YEAR, new Object[] {arrived.toLocalDate().withDayOfYear(1), e.branchCode(),
                        type, arrived.getDayOfWeek().getValue() - 1, arrived.getHour(), wait, 1L});
            }
        }
    }

    /** In the transaction that closed the visit (published inside it): one multi-row upsert per table. */
    @EventListener
    void on(StepFinished finished) {
        Map<Table, List<Object[]>> byTable = new EnumMap<>(Table.class);
        rows(finished, zones.zone(finished.branchCode()),
                (table, row) -> byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(row));
        // the same key order in every transaction: two moves at once wait for each other instead of deadlocking
        byTable.forEach((table, rows) -> {
            // a month or year row is read only for whole closed ones; its day row says whether it is closed
            if (!table.coarse()) {
                rows.forEach(row -> closed.written((LocalDate) row[0]));
            }
            rows.sort(table.primaryKeyOrder());
            upsert(table, rows);
        });
    }

    /**
     * Empties the roll-ups and recomputes them from the whole step history ({@link StepHistory#replay}), aggregating
     * in memory and writing in multi-row upserts. Not a transaction (the tables are truncated): run it while nobody
     * works (the generator, an admin after a change of bucket rules). Returns the number of visits replayed.
     */
    public long rebuild() {
        long started = System.nanoTime();
        closed.clear();
        written[0] = 0;
        written[1] = 0;
        for (Table t : Table.values()) {
            jdbc.execute("TRUNCATE TABLE " + t.table);
        }
        Map<Table, HashMap<String, Pending>> pending = new EnumMap<>(Table.class);
        for (Table t : Table.values()) {
            pending.put(t, new HashMap<>());
        }
        long[] visits = {0, 0};
        StringBuilder key = new StringBuilder(96);
        history.replay(e -> {
            visits[0]++;
            rows(e, zones.zone(e.branchCode()), (table, row) -> {
                int k = table.keys.size();
                String id = table.sortKey(row, key);
                Pending had = pending.get(table).get(id);
                if (had != null) {
                    for (int i = 0; i < had.counts.length; i++) {
                        had.counts[i] += (Long) row[k + i];
                    }
                    return;
                }
                long[] counts = new long[table.values.size()];
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = (Long) row[k + i];
                }
                pending.get(table).put(id, new Pending(row, counts));
                if (++visits[1] >= FLUSH_AT) {
                    flush(pending);
                    visits[1] = 0;
                }
            });
        });
        flush(pending);
        closed.clear(); // and again: a query during the rebuild may have cached half-written tables
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        LOG.info("Dashboard roll-ups rebuilt from {} visits in {} ms: {} rows written in {} ms ({} rows/s overall)",
                visits[0], millis, written[0], written[1] / 1_000_000, written[0] * 1000 / millis);
        return visits[0];
    }

    /** A row of a rebuild not written yet: its columns (counts of its first sample) and the counts summed since. */
    private record Pending(Object[] row, long[] counts) {
    }

    /** Rows written by the last rebuild and the nanoseconds its writes took (for the log). */
    private final long[] written = new long[2];

    /** One transaction per flush: one log flush to disk instead of one per statement. */
    private void flush(Map<Table, HashMap<String, Pending>> pending) {
        long t0 = System.nanoTime();
        pending.values().forEach(rows -> written[0] += rows.size());
        transaction.executeWithoutResult(status -> write(pending));
        written[1] += System.nanoTime() - t0;
    }

    private void write(Map<Table, HashMap<String, Pending>> pending) {
        pending.forEach((table, rows) -> {
            // in primary-key order: the B-tree fills page after page instead of splitting pages all over a table
            // larger than the buffer pool. Sorted by the key string built once per row (a profile of the rebuild
            // found a third of its time in a column-by-column comparator)
            List<Map.Entry<String, Pending>> sorted = new ArrayList<>(rows.entrySet());
            sorted.sort(Map.Entry.comparingByKey());
            int k = table.keys.size();
            List<Object[]> list = new ArrayList<>(sorted.size());
            for (Map.Entry<String, Pending> entry : sorted) {
                Object[] row = entry.getValue().row;
                long[] counts = entry.getValue().counts;
                for (int i = 0; i < counts.length; i++) {
                    row[k + i] = counts[i];
                }
                list.add(row);
            }
            for (int from = 0; from < list.size(); from += ROWS_PER_INSERT) {
                upsert(table, list.subList(from, Math.min(list.size(), from + ROWS_PER_INSERT)));
            }
            rows.clear();
        });
    }

    /** INSERT ... ON DUPLICATE KEY UPDATE n = n + VALUES(n), several rows in one statement. */
    private void upsert(Table table, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(table.keys);
        columns.addAll(table.values);
        String one = "(" + String.join(",", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.table).append(" (")
                .append(String.join(",", columns)).append(") VALUES ")
                .append(String.join(",", java.util.Collections.nCopies(rows.size(), one)))
                .append(" ON DUPLICATE KEY UPDATE ");
        for (int i = 0; i < table.values.size(); i++) {
            String v = table.values.get(i);
            sql.append(i == 0 ? "" : ", ").append(v).append(" = ").append(v).append(" + VALUES(").append(v).append(')');
        }
        Object[] args = new Object[rows.size() * columns.size()];
        int i = 0;
        for (Object[] row : rows) {
            for (Object value : row) {
                args[i++] = value;
            }
        }
        jdbc.update(sql.toString(), args);
    }
}
