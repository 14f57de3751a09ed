package id.loket.sync.internal.downstream;

import id.loket.sync.DownstreamLog;
import id.loket.sync.Envelope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The central's downstream log ({@code sync_downstream}): written with the change, read by the branches' pullers. */
@Component
class DownstreamLogWriter implements DownstreamLog {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    DownstreamLogWriter(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID append(String type, int schema, String targetBranch, String aggregate, Map<String, Object> data) {
        if (type == null || type.isBlank() || targetBranch == null || targetBranch.isBlank() || aggregate == null) {
            throw new IllegalArgumentException("type, target branch and aggregate are required");
        }
        // held until this transaction ends: seqs commit in seq order, so no puller's cursor jumps over a late commit
        jdbc.queryForList("SELECT id FROM sync_downstream_lock WHERE id = 1 FOR UPDATE");
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO sync_downstream (event_id, schema_version, type, target_branch, aggregate, payload, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", id.toString(), schema, type, targetBranch,
                aggregate, json.writeValueAsString(data), LocalDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC));
        return id;
    }

    /** The events after {@code afterSeq} for {@code branch} and for every branch, oldest first. */
    @Transactional(readOnly = true)
    List<Envelope> page(String branch, long afterSeq, int limit) {
        return jdbc.query("SELECT seq, event_id, schema_version, type, target_branch, aggregate, payload, created_at "
                        + "FROM sync_downstream WHERE seq > ? AND target_branch IN (?, '*') ORDER BY seq LIMIT ?",
                (rs, i) -> new Envelope(UUID.fromString(rs.getString("event_id")), rs.getInt("schema_version"),
                        rs.getString("type"), rs.getString("target_branch"), rs.getString("aggregate"),
                        rs.getLong("seq"), rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        json.readValue(rs.getString("payload"), MAP)),
                afterSeq, branch, limit);
    }
}
