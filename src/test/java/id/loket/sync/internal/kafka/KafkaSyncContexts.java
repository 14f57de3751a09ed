package id.loket.sync.internal.kafka;

import id.loket.sync.Envelope;
import id.loket.sync.internal.Ingest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * A branch or central reduced to the Kafka part of sync (no database, no web): the real configuration class with
 * the real conditions, against a test broker. Shared by the tests and {@code SyncKafkaBenchmark}.
 */
public final class KafkaSyncContexts {

    private KafkaSyncContexts() {
    }

    /** These contexts don't initialise Boot's logging: keep the broker's and clients' chatter out of the test output. */
    public static void quietLogs() {
        var root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.WARN);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("id.loket"))
                .setLevel(ch.qos.logback.classic.Level.INFO);
    }

    public static AnnotationConfigApplicationContext start(Map<String, Object> properties, Ingest ingest) {
        var context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        if (ingest != null) {
            context.registerBean(Ingest.class, () -> ingest);
        }
        context.register(KafkaSyncConfiguration.class);
        context.refresh();
        return context;
    }

    public static AnnotationConfigApplicationContext branch(String bootstrap, String topic) {
        return start(Map.of("loket.mode", "branch", "loket.sync.transport", "kafka",
                "spring.kafka.bootstrap-servers", bootstrap, "loket.sync.kafka.topic", topic), null);
    }

    public static AnnotationConfigApplicationContext central(String bootstrap, String topic, String group,
                                                             Ingest ingest) {
        return start(Map.of("loket.mode", "central", "loket.sync.transport", "kafka",
                "spring.kafka.bootstrap-servers", bootstrap, "loket.sync.kafka.topic", topic,
                "loket.sync.kafka.group", group), ingest);
    }

    public static MessageListenerContainer listener(AnnotationConfigApplicationContext central) {
        return central.getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer(CentralKafkaListener.LISTENER_ID);
    }

    public static Envelope envelope(String branch, String aggregate, long seq) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", aggregate);
        row.put("branch_code", branch);
        row.put("registration_number", "REG-" + seq);
        row.put("type_code", "BIRTH");
        row.put("status", "ACTIVE");
        row.put("current_step", "VERIFICATION");
        row.put("visit_no", 1);
        row.put("rework_count", 0);
        row.put("step_entered_at", "2026-12-02T03:04:05Z");
        row.put("version", (int) seq); // small numbers come back from JSON as Integer
        return new Envelope(UUID.randomUUID(), 1, "application", branch, aggregate, seq, Instant.now(), row);
    }

    /**
     * Stands in for the central's real Ingest (another branch of work): refuses an unenrolled branch and applies each
     * event id once, as the real one does with its table of received ids.
     */
    public static class RecordingIngest implements Ingest {

        private final Set<String> enrolled;
        private final Map<UUID, Integer> deliveries = new ConcurrentHashMap<>();
        private final List<Envelope> applied = Collections.synchronizedList(new ArrayList<>());
        /** Runs after a batch was applied, before returning: a test makes the central "crash" there. */
        public volatile Consumer<List<Envelope>> afterApply = batch -> {
        };

        public RecordingIngest(Set<String> enrolled) {
            this.enrolled = enrolled;
        }

        @Override
        public Result accept(String branch, List<Envelope> batch) {
            if (!enrolled.contains(branch) || batch.stream().anyMatch(e -> !branch.equals(e.branch()))) {
                throw new SecurityException("branch not enrolled");
            }
            int accepted = 0;
            synchronized (applied) {
                for (Envelope e : batch) {
                    if (deliveries.merge(e.id(), 1, Integer::sum) == 1) {
                        applied.add(e);
                        accepted++;
                    }
                }
            }
            afterApply.accept(batch);
            return new Result(accepted, batch.size() - accepted);
        }

        public List<Envelope> applied() {
            synchronized (applied) {
                return List.copyOf(applied);
            }
        }

        public int appliedCount() {
            return applied.size();
        }

        /** How often each event id was handed over (redeliveries included). */
        public Map<UUID, Integer> deliveries() {
            return new HashMap<>(deliveries);
        }
    }
}
