package id.loket.sync.internal.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.WeakHashMap;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import tools.jackson.databind.json.JsonMapper;

/**
 * The capture, in one place no service method can skip: Hibernate tells it every insert and update of a
 * {@code @Replicated} entity; it remembers which rows of the session's transaction changed, and just before the
 * commit (after the final flush, on the transaction's own connection) reads each row as it now is and writes one
 * outbox row per changed row. A rolled-back transaction writes nothing; a row changed five times in one transaction
 * is one event.
 */
final class OutboxCapture implements PostInsertEventListener, PostUpdateEventListener {

    static final String INSERT = "INSERT INTO sync_outbox (event_id, type, schema_version, branch_code, aggregate, "
            + "occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReplicatedTables tables;
    private final Clock clock;
    private final String serverBranch;
    /** The changes of each session's open transaction; weak so a session dropped without completion leaks nothing. */
    private final Map<SharedSessionContractImplementor, Changes> open =
            Collections.synchronizedMap(new WeakHashMap<>());

    OutboxCapture(ReplicatedTables tables, Clock clock, String serverBranch) {
        this.tables = tables;
        this.clock = clock;
        this.serverBranch = serverBranch;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getSession(), event.getPersister(), event.getId());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getSession(), event.getPersister(), event.getId());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void changed(SharedSessionContractImplementor session, EntityPersister persister, Object id) {
        ReplicatedTables.Table table = tables.of(persister.getEntityName());
        if (table == null) {
            return;
        }
        Changes changes = open.get(session);
        if (changes == null) {
            Changes fresh = new Changes();
            open.put(session, fresh);
            TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
            callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) s -> {
                open.remove(s);
                s.doWork(connection -> write(connection, fresh));
            });
            callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (ok, s) -> open.remove(s));
            changes = fresh;
        }
        changes.add(table, id);
    }

    private void write(Connection connection, Changes changes) throws SQLException {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<ReplicatedTables.Table, Map<String, Map<String, Object>>> rows = new HashMap<>();
        for (var entry : changes.byTable().entrySet()) {
            rows.put(entry.getKey(), read(connection, entry.getKey(), entry.getValue()));
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Change change : changes.inOrder()) {
                Map<String, Object> row = rows.get(change.table()).get(change.id());
                if (row == null) {
                    continue; // deleted again in the same transaction
                }
                Object branch = row.get("branch_code");
                Object aggregate = row.get(change.table().aggregate());
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, change.table().type());
                insert.setInt(3, change.table().schema());
                insert.setString(4, branch == null ? serverBranch : branch.toString());
                insert.setString(5, aggregate == null ? change.id() : aggregate.toString());
                insert.setObject(6, now);
                insert.setString(7, JSON.writeValueAsString(row));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The rows as they are now, by primary key; one query per table. */
    private static Map<String, Map<String, Object>> read(Connection connection, ReplicatedTables.Table table,
                                                         Set<String> ids) throws SQLException {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String sql = "SELECT * FROM " + table.name() + " WHERE " + table.idColumn() + " IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> row = RowReader.read(rs);
                        rows.put(String.valueOf(row.get(table.idColumn())), row);
                    }
                }
            }
        }
        return rows;
    }

    private record Change(ReplicatedTables.Table table, String id) {
    }

    /** Changed rows in the order of their first change (parents before children, as Hibernate flushed them). */
    private static final class Changes {
        private final Set<Change> order = new LinkedHashSet<>();

        synchronized void add(ReplicatedTables.Table table, Object id) {
            order.add(new Change(table, id.toString()));
        }

        synchronized List<Change> inOrder() {
            return List.copyOf(order);
        }

        synchronized Map<ReplicatedTables.Table, Set<String>> byTable() {
            Map<ReplicatedTables.Table, Set<String>> by = new LinkedHashMap<>();
            for (Change c : order) {
                by.computeIfAbsent(c.table(), t -> new LinkedHashSet<>()).add(c.id());
            }
            return by;
        }
    }
}
