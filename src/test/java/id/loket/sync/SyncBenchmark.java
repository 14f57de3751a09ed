package id.loket.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Issue 14's benchmark: a branch works {@code bench.sync.applications} applications (real services: kiosk, intake,
 * SIAK check, data entry, verification, signing, handover, complaints) while its central is away, then the central
 * starts and the time until it has applied every event is measured: over HTTP (the relay's batches to the ingest
 * endpoint) and over Kafka (embedded KRaft broker, the central's consumer group). Prints BENCH lines with events per
 * second and the catch-up time scaled to issue 14's busy day of 2,000 applications.
 */
class SyncBenchmark {

    private static final int APPLICATIONS = Integer.getInteger("bench.sync.applications", 60);
    private static final String KEY = "sync-benchmark-key";
    private final List<String> lines = new ArrayList<>();

    @Test
    void catch_up_after_a_day_offline() throws Exception {
        lines.add("BENCH sync load average at start: " + Files.readString(Path.of("/proc/loadavg")).trim());
        run("http", Map.of());
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, "loket-events");
        broker.afterPropertiesSet();
        try {
            run("kafka", Map.of("loket.sync.transport", "kafka", "spring.kafka.bootstrap-servers",
                    broker.getBrokersAsString()));
        } finally {
            broker.destroy();
        }
        lines.forEach(System.out::println);
        Files.createDirectories(Path.of("target/bench"));
        Files.write(Path.of("target/bench/sync.txt"), lines);
    }

    private void run(String transport, Map<String, Object> extra) throws Exception {
        int centralPort = OfficeSyncTest.freePort();
        Map<String, Object> central = new HashMap<>(extra);
        central.putAll(Map.of("loket.mode", "central", "loket.branch.code", "DINAS", "loket.branch.name", "Dinas",
                "loket.queue.branches", "DINAS", "loket.demo.applications", false, "server.port", centralPort,
                "loket.sync.central.demo-key", KEY, "loket.sync.central.demo-branches", "PUSAT:Kantor Pusat"));
        Map<String, Object> branch = new HashMap<>(extra);
        branch.putAll(Map.of("loket.sync.poll-interval", "100ms", "loket.sync.initial-backoff", "200ms",
                "loket.sync.max-backoff", "1s"));
        if (extra.isEmpty()) {
            branch.putAll(Map.of("loket.sync.central-url", "http://127.0.0.1:" + centralPort,
                    "loket.sync.branch-key", KEY));
        }
        String centralDb = OfficeServers.freshDatabase("bench_" + transport + "_central");
        String branchDb = OfficeServers.freshDatabase("bench_" + transport + "_branch");
        try (ConfigurableApplicationContext server = OfficeServers.start(branchDb, branch)) {
            long workStart = System.nanoTime();
            OfficeSyncTest.work(server, 0, APPLICATIONS);
            double workSeconds = (System.nanoTime() - workStart) / 1e9;
            JdbcTemplate atBranch = server.getBean(JdbcTemplate.class);
            long events = atBranch.queryForObject("SELECT COUNT(*) FROM sync_outbox", Long.class);
            long apps = atBranch.queryForObject("SELECT COUNT(*) FROM application", Long.class);
            long started = System.nanoTime();
            try (ConfigurableApplicationContext centre = OfficeServers.start(centralDb, central)) {
                double startSeconds = (System.nanoTime() - started) / 1e9;
                long ready = System.nanoTime();
                JdbcTemplate atCentral = centre.getBean(JdbcTemplate.class);
                OfficeSyncTest.awaitUntil(() -> atCentral.queryForObject(
                        "SELECT COUNT(*) FROM sync_received", Long.class) >= events, Duration.ofMinutes(20));
                double seconds = (System.nanoTime() - ready) / 1e9;
                // the ingest's own pace: first to last event applied (the wall time above also holds the relay's
                // wait for its next retry when the central came up, up to loket.sync.max-backoff)
                double ingestSeconds = atCentral.queryForObject("SELECT TIMESTAMPDIFF(MICROSECOND, MIN(received_at), "
                        + "MAX(received_at)) FROM sync_received", Long.class) / 1e6;
                double perSecond = events / Math.max(ingestSeconds, 0.001);
                double perApplication = (double) events / apps;
                lines.add("BENCH sync %s: branch worked %d applications (%d with the demo's) in %.1f s writing %d events (%.1f per application)"
                        .formatted(transport, APPLICATIONS, apps, workSeconds, events, perApplication));
                lines.add(("BENCH sync %s: central started in %.1f s, then had all %d events %.2f s later; applying them "
                        + "took %.2f s (first to last) = %.0f events/s").formatted(transport, startSeconds, events,
                        seconds, ingestSeconds, perSecond));
                lines.add("BENCH sync %s: catch-up for 2,000 applications (%.0f events) at that rate: %.1f s (target < 60 s)"
                        .formatted(transport, 2000 * perApplication, 2000 * perApplication / perSecond));
            }
        }
    }
}
