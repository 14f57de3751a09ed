package id.loket.sync.internal.relay;

import id.loket.sync.Envelope;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The relay's view of {@code sync_outbox}: unsent rows in seq order, marking them sent, counting, purging. */
@Component
public class Outbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    public Outbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The oldest unsent events, in seq order. */
    public List<Envelope> unsent(int limit) {
        return jdbc.query("SELECT seq, event_id, type, schema_version, branch_code, aggregate, occurred_at, payload "
                + "FROM sync_outbox WHERE sent_at IS NULL ORDER BY seq LIMIT ?", (rs, i) -> new Envelope(
                UUID.fromString(rs.getString("event_id")), rs.getInt("schema_version"), rs.getString("type"),
                rs.getString("branch_code"), rs.getString("aggregate"), rs.getLong("seq"),
                rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                JSON.readValue(rs.getString("payload"), ROW)), limit);
    }

    /**
     * Stamps a delivered batch in one statement (one commit, not one per row) by its seqs; never by a seq range,
     * which could stamp a row committed late inside the range that was not in the batch.
     */
    public void markSent(List<Envelope> batch, Instant at) {
        if (batch.isEmpty()) {
            return;
        }
        List<Object> args = new java.util.ArrayList<>(batch.size() + 1);
        args.add(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        batch.forEach(e -> args.add(e.seq()));
        jdbc.update("UPDATE sync_outbox SET sent_at = ? WHERE sent_at IS NULL AND seq IN ("
                + String.join(",", java.util.Collections.nCopies(batch.size(), "?")) + ")", args.toArray());
    }

    public long pending() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM sync_outbox WHERE sent_at IS NULL", Long.class);
        return n == null ? 0 : n;
    }

    /** When the central last accepted a batch, as far as the table remembers (null: never, or purged). */
    public Instant lastSent() {
        LocalDateTime last = jdbc.queryForObject("SELECT MAX(sent_at) FROM sync_outbox", LocalDateTime.class);
        return last == null ? null : last.toInstant(ZoneOffset.UTC);
    }

    /** Deletes rows sent before {@code before}, a bounded number at a time so a purge never holds long locks. */
    public int purgeSentBefore(Instant before) {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.update("DELETE FROM sync_outbox WHERE sent_at IS NOT NULL AND sent_at < ? LIMIT 5000",
                    LocalDateTime.ofInstant(before, ZoneOffset.UTC));
            total += deleted;
        } while (deleted == 5000);
        return total;
    }
}
