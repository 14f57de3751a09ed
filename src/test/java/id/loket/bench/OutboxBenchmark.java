package id.loket.bench;

import com.sun.net.httpserver.HttpServer;
import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.sync.internal.relay.HttpTransport;
import id.loket.sync.internal.relay.Outbox;
import id.loket.sync.internal.relay.Relay;
import id.loket.sync.internal.relay.RelayProperties;
import id.loket.workflow.Applications;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The branch side of issue 14's catch-up ({@code ./mvnw -Pbench verify -Dit.test=OutboxBenchmark}): how fast the
 * relay empties an outbox that filled during an offline day, to a loopback endpoint that only reads the body (so
 * this is the branch's share: reading, JSON, HTTP, stamping; the central's ingest comes on top), and how many
 * outbox rows a day of real work makes.
 */
@LoketIntegrationTest
class OutboxBenchmark {

    @Autowired Outbox outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired Applications applications;
    @Autowired Officers officers;

    @Test
    void relay_catch_up() throws Exception {
        int events = Integer.getInteger("bench.outbox.events", 30_000);
        // outbox rows per application: measured on real intakes moved through the SIAK check
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) FROM sync_outbox", Long.class);
        int apps = 10;
        for (int i = 0; i < apps; i++) {
            UUID id = applications.registered();
            applications.siakVerified(id);
            applications.next(id, "loket");
        }
        long perTen = jdbc.queryForObject("SELECT COUNT(*) FROM sync_outbox WHERE seq > ?", Long.class, before);
        String sample = jdbc.queryForObject("SELECT payload FROM sync_outbox WHERE type = 'step_history' "
                + "ORDER BY seq DESC LIMIT 1", String.class);

        jdbc.update("UPDATE sync_outbox SET sent_at = ? WHERE sent_at IS NULL", LocalDateTime.now(ZoneOffset.UTC));
        LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            rows.add(new Object[] {UUID.randomUUID().toString(), "step_history", 1, "PUSAT",
                    UUID.randomUUID().toString(), at, sample});
            if (rows.size() == 5000) {
                insert(rows);
            }
        }
        insert(rows);

        AtomicLong received = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/sync/v1/events", exchange -> {
            received.addAndGet(exchange.getRequestBody().readAllBytes().length);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            RelayProperties properties = new RelayProperties("http://127.0.0.1:" + server.getAddress().getPort(),
                    "bench", "http", 500, null, null, null, Duration.ofSeconds(5), Duration.ofSeconds(60), null);
            Relay relay = new Relay(outbox, new HttpTransport(properties, "PUSAT"), properties, Clock.systemUTC());
            long t0 = System.nanoTime();
            relay.drain();
            double seconds = (System.nanoTime() - t0) / 1e9;
            String report = String.join("\n",
                    "BENCH outbox: %.1f outbox rows per application (intake + SIAK check + one move), %d bytes per step_history event"
                            .formatted(perTen / (double) apps, sample.length()),
                    "BENCH relay catch-up: %d events in batches of 500 to a loopback endpoint in %.1f s = %.0f events/s (%.1f MB sent), pending after: %d"
                            .formatted(events, seconds, events / seconds, received.get() / 1e6, outbox.pending()));
            System.out.println(report);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/outbox.txt"), report + "\n");
        } finally {
            server.stop(0);
        }
    }

    private void insert(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO sync_outbox (event_id, type, schema_version, branch_code, aggregate, "
                    + "occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
            rows.clear();
        }
    }
}
