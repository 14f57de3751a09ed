package id.loket.sync.internal.capture;

import id.loket.sync.Replicated;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;

/** The entities marked {@link Replicated}, read from Hibernate's mapping: their table and primary key column. */
final class ReplicatedTables {

    record Table(String entityName, String name, String idColumn, String type, String aggregate, int schema) {
    }

    private final Map<String, Table> byEntityName;

    ReplicatedTables(Map<String, Table> byEntityName) {
        this.byEntityName = Map.copyOf(byEntityName);
    }

    static ReplicatedTables of(Metadata metadata) {
        Map<String, Table> tables = new HashMap<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Class<?> mapped = entity.getMappedClass();
            Replicated replicated = mapped == null ? null : mapped.getAnnotation(Replicated.class);
            if (replicated == null) {
                continue;
            }
            var idColumns = entity.getIdentifier().getColumns();
            if (idColumns.size() != 1) {
                throw new IllegalStateException("@Replicated needs a single-column primary key: " + mapped.getName());
            }
            Column id = idColumns.getFirst();
            tables.put(entity.getEntityName(), new Table(entity.getEntityName(), entity.getTable().getName(),
                    id.getName(), replicated.type(), replicated.aggregate(), replicated.schema()));
        }
        return new ReplicatedTables(tables);
    }

    /** The replicated table of an entity, or null when the entity is not replicated. */
    Table of(String entityName) {
        return byEntityName.get(entityName);
    }

    Map<String, Table> all() {
        return byEntityName;
    }
}
