package id.loket.sync.internal.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.loket.sync.Replicated;
import jakarta.persistence.Table;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The capture sees what Hibernate writes through entities, nothing else: a repository method that updates, inserts
 * or deletes a replicated table with a bulk JPQL or native statement would change rows the central never hears of.
 * This test names such a method, so the rule cannot be forgotten when a feature adds one.
 */
class OutboxCoverageTest {

    private final List<JavaClass> classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.loket").stream()
            .toList();

    /** Entity name and table name -> replication type, for every {@code @Replicated} entity. */
    private Map<String, String> replicated() {
        Map<String, String> names = new TreeMap<>();
        for (JavaClass c : classes) {
            Class<?> type = c.reflect();
            Replicated r = type.getAnnotation(Replicated.class);
            if (r != null) {
                names.put(type.getSimpleName(), r.type());
                names.put(type.getAnnotation(Table.class).name(), r.type());
            }
        }
        return names;
    }

    @Test
    void the_replicated_tables_are_the_seven_the_central_needs() {
        assertThat(replicated().values()).containsOnly("application", "step_history", "ticket", "kk_document",
                "complaint", "complaint_event", "siak_outage");
        assertThat(new java.util.HashSet<>(replicated().values())).hasSize(7);
    }

    @Test
    void no_repository_writes_a_replicated_table_past_the_entity() {
        Map<String, String> names = replicated();
        List<String> offenders = new ArrayList<>();
        for (JavaClass c : classes) {
            Class<?> type = c.reflect();
            if (!type.isInterface() || !Repository.class.isAssignableFrom(type)) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                Query q = m.getAnnotation(Query.class);
                if (q == null) {
                    continue;
                }
                String sql = q.value().toLowerCase(Locale.ROOT);
                for (String name : names.keySet()) {
                    Pattern write = Pattern.compile("\\b(update|insert\\s+(ignore\\s+)?into|delete\\s+from|replace\\s+into)\\s+"
                            + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "\\b");
                    if (write.matcher(sql).find()) {
                        offenders.add(type.getSimpleName() + "." + m.getName() + " writes " + name);
                    }
                }
            }
        }
        assertThat(offenders).as("bulk or native writes of replicated tables bypass the outbox").isEmpty();
    }
}
