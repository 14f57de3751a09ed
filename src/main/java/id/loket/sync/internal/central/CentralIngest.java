package id.loket.sync.internal.central;

import id.loket.sync.Envelope;
import id.loket.sync.RowReplicated;
import id.loket.sync.internal.Ingest;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The central's ingest (issue 14): one transaction per batch. A batch is checked whole before anything is written
 * (an envelope naming another branch, an unknown type or schema refuses all of it). Each event id is applied once
 * ({@code sync_received}); per row the snapshot with the highest seq wins ({@code sync_row_seq}), so a retry that
 * delivers an older snapshot late changes nothing. A row is upserted generically into the table named by its type,
 * with the columns both the payload and the table have. After the batch's rows are written, {@link RowReplicated}
 * is published for each applied row, in the same transaction (so a listener sees every row of the batch, whatever
 * order the branch's transaction wrote them in).
 */
@Service
@CentralMode
class CentralIngest implements Ingest {

    private static final Logger LOG = LoggerFactory.getLogger(CentralIngest.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Upstream row types and the schema version of each this central knows (docs/events.md). */
    static final Map<String, Integer> ROW_TYPES = Map.of("application", 1, "step_history", 1, "ticket", 1,
            "kk_document", 1, "complaint", 1, "complaint_event", 1, "siak_outage", 1);

    private final JdbcTemplate jdbc;
    private final EnrollmentService enrollment;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Table -> column -> data type, read once from information_schema (a table this server lacks: empty). */
    private final Map<String, Map<String, String>> columns = new ConcurrentHashMap<>();

    CentralIngest(JdbcTemplate jdbc, EnrollmentService enrollment, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.enrollment = enrollment;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Result accept(String branch, List<Envelope> batch) {
        if (branch == null || !enrollment.lockActive(branch)) {
            throw new SecurityException("branch not enrolled");
        }
        for (Envelope e : batch) {
            check(branch, e);
        }
        int accepted = 0;
        int duplicates = 0;
        List<RowReplicated> applied = new ArrayList<>();
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        // rows of one branch transaction may arrive in any order (a visit before its application): the branch's
        // own database checked the references, the central's copy need not
        jdbc.execute("SET foreign_key_checks = 0");
        try {
            for (Envelope e : batch) {
                int inserted = jdbc.update("INSERT IGNORE INTO sync_received (event_id, branch_code, received_at) "
                        + "VALUES (?, ?, ?)", e.id().toString(), branch, now);
                if (inserted == 0) {
                    duplicates++;
                    continue;
                }
                accepted++;
                RowReplicated change = apply(branch, e);
                if (change != null) {
                    applied.add(change);
                }
            }
        } finally {
            jdbc.execute("SET foreign_key_checks = 1");
        }
        applied.forEach(events::publishEvent);
        enrollment.delivered(branch);
        return new Result(accepted, duplicates);
    }

    private static void check(String branch, Envelope e) {
        if (e == null || e.id() == null || e.type() == null || e.data() == null) {
            throw new IllegalArgumentException("incomplete envelope");
        }
        if (!branch.equals(e.branch())) {
            throw new SecurityException("envelope of another branch");
        }
        Integer schema = ROW_TYPES.get(e.type());
        if (schema == null || schema != e.schema()) {
            throw new IllegalArgumentException("unknown type or schema: " + e.type() + " v" + e.schema());
        }
        if (!(e.data().get("id") instanceof String id) || id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("row without id: " + e.type());
        }
        Object rowBranch = e.data().get("branch_code");
        if (rowBranch != null && !branch.equals(rowBranch)) {
            throw new SecurityException("row of another branch");
        }
    }

    /** Writes the row unless a newer snapshot of it is here already; the change, or null when nothing changed. */
    private RowReplicated apply(String branch, Envelope e) {
        String table = e.type();
        String id = (String) e.data().get("id");
        List<Long> held = jdbc.queryForList("SELECT seq FROM sync_row_seq WHERE row_type = ? AND row_id = ? FOR UPDATE",
                Long.class, table, id);
        if (!held.isEmpty() && held.getFirst() >= e.seq()) {
            return null; // an older (or the same) snapshot arriving late
        }
        Map<String, String> tableColumns = columns(table);
        if (tableColumns.isEmpty()) {
            LOG.warn("Replicated type {} has no table on this central: event {} kept as received only", table, e.id());
            return null;
        }
        Map<String, Object> before = row(table, id);
        if (before != null && before.containsKey("branch_code") && !branch.equals(before.get("branch_code"))) {
            throw new SecurityException("row id of another branch");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        e.data().forEach((column, value) -> {
            String type = tableColumns.get(column.toLowerCase(Locale.ROOT));
            if (type != null) {
                values.put(column.toLowerCase(Locale.ROOT), toJdbc(value, type));
            }
        });
        if (tableColumns.containsKey("branch_code")) {
            values.putIfAbsent("branch_code", branch);
        }
        String names = values.keySet().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
        String marks = values.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
        String updates = values.keySet().stream().filter(c -> !c.equals("id"))
                .map(c -> "`" + c + "` = VALUES(`" + c + "`)").collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO `" + table + "` (" + names + ") VALUES (" + marks + ")"
                + (updates.isEmpty() ? "" : " ON DUPLICATE KEY UPDATE " + updates), values.values().toArray());
        jdbc.update("""
                INSERT INTO sync_row_seq (row_type, row_id, branch_code, seq) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE seq = VALUES(seq)""", table, id, branch, e.seq());
        return new RowReplicated(table, branch, before, row(table, id));
    }

    /**
     * The row as the listeners see it: column -> value, times as {@link Instant}, dates as {@link LocalDate},
     * UUIDs as strings (the same for {@code before} and {@code after}).
     */
    private Map<String, Object> row(String table, String id) {
        List<Map<String, Object>> rows = jdbc.query("SELECT * FROM `" + table + "` WHERE id = ?",
                (rs, i) -> read(rs), id);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private static Map<String, Object> read(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            String name = meta.getColumnLabel(c).toLowerCase(Locale.ROOT);
            Object value = switch (meta.getColumnType(c)) {
                case java.sql.Types.TIMESTAMP, java.sql.Types.TIMESTAMP_WITH_TIMEZONE -> {
                    LocalDateTime t = rs.getObject(c, LocalDateTime.class);
                    yield t == null ? null : t.toInstant(ZoneOffset.UTC);
                }
                case java.sql.Types.DATE -> rs.getObject(c, LocalDate.class);
                default -> rs.getObject(c);
            };
            if (value instanceof UUID u) {
                value = u.toString();
            } else if (value instanceof byte[]) {
                value = null; // binary columns (a KK's bytes) are not replicated
            }
            row.put(name, value);
        }
        return row;
    }

    private Map<String, String> columns(String table) {
        Map<String, String> known = columns.get(table);
        if (known != null) {
            return known;
        }
        Map<String, String> read = new LinkedHashMap<>();
        jdbc.query("""
                SELECT column_name, data_type FROM information_schema.columns
                 WHERE table_schema = DATABASE() AND table_name = ?""", rs -> {
            read.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2).toLowerCase(Locale.ROOT));
        }, table);
        if (!read.isEmpty()) {
            columns.put(table, read); // a table created later (a newer changeset) is looked up again
        }
        return read;
    }

    /** A JSON value as the column's JDBC value: ISO-8601 times in UTC to DATETIME, objects and lists as JSON text. */
    static Object toJdbc(Object value, String dataType) {
        if (value == null) {
            return null;
        }
        switch (dataType) {
            case "datetime", "timestamp" -> {
                String text = value.toString();
                try {
                    return LocalDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
                } catch (DateTimeParseException notAnInstant) {
                    try {
                        return LocalDateTime.parse(text);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("not a time: " + text);
                    }
                }
            }
            case "date" -> {
                try {
                    return LocalDate.parse(value.toString());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("not a date: " + value);
                }
            }
            default -> {
                if (value instanceof Map<?, ?> || value instanceof List<?>) {
                    return JSON.writeValueAsString(value);
                }
                return value;
            }
        }
    }

}
