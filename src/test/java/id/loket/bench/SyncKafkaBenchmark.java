package id.loket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.sync.Envelope;
import id.loket.sync.internal.Transport;
import id.loket.sync.internal.kafka.KafkaSyncContexts;
import id.loket.sync.internal.kafka.KafkaSyncContexts.RecordingIngest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.ContainerTestUtils;

/**
 * Kafka topology benchmark (issue 14), run with {@code ./mvnw -Pbench verify -Dit.test=SyncKafkaBenchmark}; prints
 * figures, asserts only that every event arrived once. Path measured: a branch's KafkaTransport (batches of 500, each
 * waited for, as the relay sends) -> embedded KRaft broker (3 partitions) -> the central's consumer group -> a
 * recording Ingest (in memory: the database cost of the real ingest is not in these figures).
 * (a) live: central consuming while the branch sends; (b) backlog: the branch sent while the central was down, then
 * the central starts and catches up.
 */
class SyncKafkaBenchmark {

    static final int BATCH = 500;
    static final int PARTITIONS = 3;
    static EmbeddedKafkaKraftBroker broker;

    @BeforeAll
    static void startBroker() {
        KafkaSyncContexts.quietLogs();
        long t0 = System.nanoTime();
        broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS, "bench-live-10000", "bench-live-100000",
                "bench-backlog-10000", "bench-backlog-100000", "bench-warmup");
        broker.brokerProperty("offsets.topic.num.partitions", "1");
        broker.afterPropertiesSet();
        System.out.printf("BENCH sync-kafka broker start: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    /** A busy branch's outbox: changes of 1 application in 10 rows each, interleaved across applications. */
    private static List<Envelope> outbox(int events) {
        List<Envelope> outbox = new ArrayList<>(events);
        int applications = Math.max(1, events / 10);
        for (int i = 0; i < events; i++) {
            outbox.add(KafkaSyncContexts.envelope("CABANG-A", "app-" + (i % applications), i + 1));
        }
        return outbox;
    }

    private static long send(Transport transport, List<Envelope> outbox) throws Exception {
        long t0 = System.nanoTime();
        for (int from = 0; from < outbox.size(); from += BATCH) {
            transport.send(outbox.subList(from, Math.min(outbox.size(), from + BATCH)));
        }
        return System.nanoTime() - t0;
    }

    private static void awaitAll(RecordingIngest ingest, int events) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        while (ingest.appliedCount() < events && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        assertThat(ingest.appliedCount()).isEqualTo(events);
        assertThat(ingest.deliveries().values()).allMatch(n -> n == 1);
    }

    private static double perSecond(int events, long nanos) {
        return events / (nanos / 1e9);
    }

    private void live(int events) throws Exception {
        String topic = "bench-live-" + events;
        var ingest = new RecordingIngest(Set.of("CABANG-A"));
        List<Envelope> outbox = outbox(events);
        try (var central = KafkaSyncContexts.central(broker.getBrokersAsString(), topic, "central-" + topic, ingest);
             var branch = KafkaSyncContexts.branch(broker.getBrokersAsString(), topic)) {
            ContainerTestUtils.waitForAssignment(KafkaSyncContexts.listener(central), PARTITIONS);
            long t0 = System.nanoTime();
            long sending = send(branch.getBean(Transport.class), outbox);
            awaitAll(ingest, events);
            long total = System.nanoTime() - t0;
            System.out.printf("BENCH sync-kafka live %,d events: branch sent (all acked) in %d ms = %,.0f events/s; "
                            + "central ingested all in %d ms = %,.0f events/s end to end%n", events,
                    sending / 1_000_000, perSecond(events, sending), total / 1_000_000, perSecond(events, total));
        }
    }

    private void backlog(int events) throws Exception {
        String topic = "bench-backlog-" + events;
        var ingest = new RecordingIngest(Set.of("CABANG-A"));
        List<Envelope> outbox = outbox(events);
        long sending;
        try (var branch = KafkaSyncContexts.branch(broker.getBrokersAsString(), topic)) {
            sending = send(branch.getBean(Transport.class), outbox);
        }
        long t0 = System.nanoTime();
        try (var central = KafkaSyncContexts.central(broker.getBrokersAsString(), topic, "central-" + topic, ingest)) {
            awaitAll(ingest, events);
            long catchUp = System.nanoTime() - t0;
            System.out.printf("BENCH sync-kafka backlog %,d events: branch sent with the central down in %d ms = "
                            + "%,.0f events/s; central started and caught up in %d ms = %,.0f events/s "
                            + "(incl. consumer group join)%n", events, sending / 1_000_000, perSecond(events, sending),
                    catchUp / 1_000_000, perSecond(events, catchUp));
        }
    }

    @Test
    void kafka_transport_to_central_ingest() throws Exception {
        // warm-up: JIT, the group coordinator's offsets topic, producer metadata
        var warm = new RecordingIngest(Set.of("CABANG-A"));
        try (var central = KafkaSyncContexts.central(broker.getBrokersAsString(), "bench-warmup", "warmup", warm);
             var branch = KafkaSyncContexts.branch(broker.getBrokersAsString(), "bench-warmup")) {
            send(branch.getBean(Transport.class), outbox(5_000));
            awaitAll(warm, 5_000);
        }
        live(10_000);
        live(100_000);
        backlog(10_000);
        backlog(100_000);
    }
}
