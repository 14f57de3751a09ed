package id.loket.sync.internal.relay;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.LoketIntegrationTest;
import id.loket.sync.BranchLink;
import id.loket.sync.internal.Transport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The relay against a real HTTP endpoint on loopback (a stand-in for the central that records what arrives):
 * order across batches, failure and backoff, a 401, a restart in the middle, purging.
 */
@LoketIntegrationTest
class RelayTest {

    @Autowired Outbox outbox;
    @Autowired JdbcTemplate jdbc;

    private FakeCentral central;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T03:00:00Z"));
    private List<String> ids;

    @BeforeEach
    void start() throws Exception {
        central = new FakeCentral();
        // only this test's rows are unsent: earlier tests' captured rows count as delivered
        jdbc.update("UPDATE sync_outbox SET sent_at = ? WHERE sent_at IS NULL", LocalDateTime.now(ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        central.close();
    }

    private RelayProperties properties(int batchSize) {
        return new RelayProperties(central.url(), "kunci-cabang-uji", "http", batchSize, null, null, null,
                Duration.ofSeconds(2), Duration.ofSeconds(10), null);
    }

    private Relay relay(RelayProperties properties) {
        return new Relay(outbox, new HttpTransport(properties, "PUSAT"), properties, clock);
    }

    /** n outbox rows of a test type, as the capture writes them; returns their event ids in seq order. */
    private List<String> events(int n) {
        List<String> written = new ArrayList<>();
        LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = UUID.randomUUID().toString();
            written.add(id);
            rows.add(new Object[] {id, "relay_test", 1, "PUSAT", "agg-" + (i % 7), at,
                    "{\"id\":\"" + id + "\",\"n\":" + i + ",\"at\":\"2026-12-02T03:00:00Z\"}"});
        }
        jdbc.batchUpdate("INSERT INTO sync_outbox (event_id, type, schema_version, branch_code, aggregate, "
                + "occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        return written;
    }

    private List<String> accepted() {
        return central.acceptedIds().stream().filter(ids::contains).toList();
    }

    @Test
    void events_arrive_in_seq_order_across_batches_with_the_branch_and_its_key() {
        ids = events(1234);
        Relay relay = relay(properties(500));

        assertThat(relay.drain()).isEqualTo(Relay.Step.SENT);

        assertThat(central.requests).hasSize(3);
        assertThat(central.requests).extracting(r -> r.events().size()).containsExactly(500, 500, 234);
        assertThat(central.requests).allSatisfy(r -> {
            assertThat(r.branch()).isEqualTo("PUSAT");
            assertThat(r.authorization()).isEqualTo("Bearer kunci-cabang-uji");
            assertThat(r.contentType()).isEqualTo("application/json");
        });
        assertThat(accepted()).containsExactlyElementsOf(ids);
        assertThat(central.acceptedSeqs()).isSorted().doesNotHaveDuplicates();
        JsonNode first = central.requests.getFirst().events().getFirst();
        assertThat(first.get("type").asString()).isEqualTo("relay_test");
        assertThat(first.get("schema").asInt()).isEqualTo(1);
        assertThat(first.get("branch").asString()).isEqualTo("PUSAT");
        assertThat(first.get("aggregate").asString()).isEqualTo("agg-0");
        assertThat(first.get("occurredAt").asString()).isEqualTo("2026-12-02T03:00:00Z");
        assertThat(first.get("data").get("n").asInt()).isZero();
        assertThat(outbox.pending()).isZero();
        BranchLink.Status status = relay.status();
        assertThat(status.enrolled()).isTrue();
        assertThat(status.connected()).isTrue();
        assertThat(status.lastDelivered()).isEqualTo(clock.instant());
    }

    @Test
    void a_failing_central_is_retried_after_doubling_waits_and_then_gets_each_event_exactly_once() {
        ids = events(30);
        Relay relay = relay(properties(500));
        Instant firstFailure = clock.instant();
        central.answer.set(500);

        assertThat(relay.runOnce()).isEqualTo(Relay.Step.FAILED);
        assertThat(relay.nextAttempt()).isEqualTo(firstFailure.plusSeconds(2));
        assertThat(relay.runOnce()).as("still waiting: no request").isEqualTo(Relay.Step.WAITING);
        assertThat(central.requests).hasSize(1);

        clock.advance(Duration.ofSeconds(2));
        assertThat(relay.runOnce()).isEqualTo(Relay.Step.FAILED);
        assertThat(relay.nextAttempt()).isEqualTo(clock.instant().plusSeconds(4));
        clock.advance(Duration.ofSeconds(4));
        assertThat(relay.runOnce()).isEqualTo(Relay.Step.FAILED);
        assertThat(relay.nextAttempt()).isEqualTo(clock.instant().plusSeconds(8));

        BranchLink.Status down = relay.status();
        assertThat(down.connected()).isFalse();
        assertThat(down.disconnectedSince()).isEqualTo(firstFailure);
        assertThat(down.pending()).isEqualTo(30);
        assertThat(outbox.pending()).isEqualTo(30);

        central.answer.set(200);
        clock.advance(Duration.ofSeconds(8));
        assertThat(relay.drain()).isEqualTo(Relay.Step.SENT);

        assertThat(central.requests).extracting(FakeCentral.Request::answered).containsExactly(500, 500, 500, 200);
        assertThat(accepted()).containsExactlyElementsOf(ids);
        assertThat(relay.status().connected()).isTrue();
        assertThat(relay.status().disconnectedSince()).isNull();
        assertThat(outbox.pending()).isZero();
    }

    @Test
    void the_wait_doubles_up_to_the_maximum() {
        ids = List.of();
        Relay relay = relay(new RelayProperties(central.url(), "k", "http", 500, null, Duration.ofSeconds(2),
                Duration.ofMinutes(5), null, null, null));
        assertThat(List.of(1, 2, 3, 4, 8, 9, 50)).extracting(relay::backoff).containsExactly(Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(256),
                Duration.ofMinutes(5), Duration.ofMinutes(5));
    }

    @Test
    void a_refused_branch_is_a_failure_and_nothing_is_stamped_sent() {
        ids = events(5);
        Relay relay = relay(properties(500));
        central.answer.set(401);

        assertThat(relay.runOnce()).isEqualTo(Relay.Step.FAILED);

        assertThat(outbox.pending()).isEqualTo(5);
        assertThat(relay.status().connected()).isFalse();
    }

    @Test
    void a_relay_killed_after_the_central_stored_a_batch_resends_it_with_the_same_ids_and_loses_nothing() {
        ids = events(250);
        RelayProperties properties = properties(100);
        HttpTransport http = new HttpTransport(properties, "PUSAT");
        Relay first = new Relay(outbox, http, properties, clock);
        assertThat(first.runOnce()).isEqualTo(Relay.Step.SENT_FULL_BATCH);
        // the second batch reaches the central, then the process dies before it stamps the rows
        Transport dying = batch -> {
            http.send(batch);
            throw new IllegalStateException("killed");
        };
        assertThat(new Relay(outbox, dying, properties, clock).runOnce()).isEqualTo(Relay.Step.FAILED);
        assertThat(outbox.pending()).isEqualTo(150);

        // a restarted relay: a new instance, the table is all it knows
        Relay restarted = new Relay(outbox, new HttpTransport(properties, "PUSAT"), properties, clock);
        assertThat(restarted.drain()).isEqualTo(Relay.Step.SENT);

        List<String> arrived = accepted();
        Map<String, Integer> times = new HashMap<>();
        arrived.forEach(id -> times.merge(id, 1, Integer::sum));
        assertThat(times.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        // only the unstamped batch came twice, with its same event ids (the central counts an id once)
        assertThat(times.entrySet().stream().filter(e -> e.getValue() == 2).map(Map.Entry::getKey).toList())
                .containsExactlyInAnyOrderElementsOf(ids.subList(100, 200));
        assertThat(times.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
        assertThat(arrived.stream().distinct().toList()).containsExactlyElementsOf(ids);
        assertThat(outbox.pending()).isZero();
    }

    @Test
    void the_scheduled_relay_sends_new_rows_by_itself() throws Exception {
        RelayProperties properties = new RelayProperties(central.url(), "kunci-cabang-uji", "http", 500,
                Duration.ofMillis(100), null, null, Duration.ofSeconds(2), Duration.ofSeconds(10), null);
        RelayScheduler scheduler = new RelayScheduler(new Relay(outbox, new HttpTransport(properties, "PUSAT"),
                properties, java.time.Clock.systemUTC()), properties);
        scheduler.start();
        try {
            ids = events(40);
            for (int i = 0; i < 300 && accepted().size() < ids.size(); i++) {
                Thread.sleep(100);
            }
            assertThat(accepted()).containsExactlyElementsOf(ids);
        } finally {
            scheduler.stop();
        }
    }

    @Test
    void sent_rows_are_purged_after_keep_sent_and_unsent_ones_never() {
        ids = events(3);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.update("UPDATE sync_outbox SET sent_at = ? WHERE event_id = ?", now.minus(8, ChronoUnit.DAYS), ids.get(0));
        jdbc.update("UPDATE sync_outbox SET sent_at = ? WHERE event_id = ?", now.minus(6, ChronoUnit.DAYS), ids.get(1));
        central.answer.set(500); // the unsent one stays unsent

        relay(properties(500)).runOnce();

        assertThat(jdbc.queryForList("SELECT event_id FROM sync_outbox WHERE event_id IN (?, ?, ?)", String.class,
                ids.toArray())).containsExactlyInAnyOrder(ids.get(1), ids.get(2));
    }
}
