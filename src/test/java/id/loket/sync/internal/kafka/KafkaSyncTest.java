package id.loket.sync.internal.kafka;

import static id.loket.sync.internal.kafka.KafkaSyncContexts.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.loket.sync.Envelope;
import id.loket.sync.internal.Transport;
import id.loket.sync.internal.Transport.TransportException;
import id.loket.sync.internal.kafka.KafkaSyncContexts.RecordingIngest;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.ContainerTestUtils;

/**
 * The Kafka topology of issue 14 against a real (embedded KRaft) broker: a branch's KafkaTransport, the central's
 * consumer group, redelivery after a central died before committing its offsets.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KafkaSyncTest {

    static final int PARTITIONS = 3;
    static EmbeddedKafkaKraftBroker broker;

    @BeforeAll
    static void startBroker() {
        KafkaSyncContexts.quietLogs();
        broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS, "sync-order", "sync-central", "sync-crash",
                "sync-db-down");
        broker.brokerProperty("offsets.topic.num.partitions", "1");
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    /** Three applications' changes interleaved, as a busy branch's outbox holds them. */
    private static List<Envelope> interleaved(String branch, int perAggregate, String... aggregates) {
        List<Envelope> batch = new ArrayList<>();
        long seq = 1;
        for (int i = 0; i < perAggregate; i++) {
            for (String aggregate : aggregates) {
                batch.add(envelope(branch, aggregate, seq++));
            }
        }
        return batch;
    }

    @Test
    void a_branch_sends_its_batch_keyed_by_aggregate_and_each_aggregate_is_read_back_in_order() throws Exception {
        List<Envelope> sent = interleaved("CABANG-A", 40, "app-1", "app-2", "app-3", "complaint-9");
        try (var branch = KafkaSyncContexts.branch(broker.getBrokersAsString(), "sync-order")) {
            Transport transport = branch.getBean(Transport.class);
            assertThat(transport).isInstanceOf(KafkaTransport.class);
            transport.send(sent.subList(0, 100));
            transport.send(sent.subList(100, sent.size()));
        }

        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("sync-order"));
            long until = System.currentTimeMillis() + 20_000;
            while (read.size() < sent.size() && System.currentTimeMillis() < until) {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
            }
        }

        assertThat(read).hasSize(sent.size());
        Map<String, List<Long>> seqsReadPerKey = new HashMap<>();
        for (ConsumerRecord<String, String> record : read) {
            Envelope envelope = KafkaTransport.JSON.readValue(record.value(), Envelope.class);
            assertThat(record.key()).isEqualTo(envelope.aggregate());
            assertThat(new String(record.headers().lastHeader(KafkaTransport.BRANCH_HEADER).value(),
                    StandardCharsets.UTF_8)).isEqualTo("CABANG-A");
            seqsReadPerKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(envelope.seq());
        }
        Map<String, List<Long>> seqsSentPerKey = new HashMap<>();
        sent.forEach(e -> seqsSentPerKey.computeIfAbsent(e.aggregate(), k -> new ArrayList<>()).add(e.seq()));
        assertThat(seqsReadPerKey).isEqualTo(seqsSentPerKey);
        // the JSON round trip keeps the envelope whole
        Envelope first = sent.getFirst();
        assertThat(read.stream().map(r -> KafkaTransport.JSON.readValue(r.value(), Envelope.class))
                .filter(e -> e.id().equals(first.id())).findFirst().orElseThrow())
                .usingRecursiveComparison().isEqualTo(first);
    }

    @Test
    void without_a_reachable_broker_send_fails_with_a_transport_exception_so_the_relay_keeps_the_batch() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (var branch = KafkaSyncContexts.start(Map.of("loket.sync.transport", "kafka",
                "spring.kafka.bootstrap-servers", "127.0.0.1:" + closedPort,
                "spring.kafka.producer.properties.max.block.ms", "1500",
                "loket.sync.kafka.send-timeout", "3s"), null)) {
            Transport transport = branch.getBean(Transport.class);
            assertThatThrownBy(() -> transport.send(List.of(envelope("CABANG-A", "app-1", 1))))
                    .isInstanceOf(TransportException.class);
        }
    }

    @Test
    void the_central_consumer_group_ingests_each_branch_and_refuses_an_unenrolled_one() throws Exception {
        var ingest = new RecordingIngest(Set.of("CABANG-A", "CABANG-B"));
        List<Envelope> a = interleaved("CABANG-A", 30, "a-1", "a-2");
        List<Envelope> b = interleaved("CABANG-B", 30, "b-1", "b-2", "b-3");
        List<Envelope> forged = interleaved("LIAR", 5, "x-1");
        try (var central = KafkaSyncContexts.central(broker.getBrokersAsString(), "sync-central", "central-b", ingest);
             var branch = KafkaSyncContexts.branch(broker.getBrokersAsString(), "sync-central")) {
            ContainerTestUtils.waitForAssignment(KafkaSyncContexts.listener(central), PARTITIONS);
            Transport transport = branch.getBean(Transport.class);
            transport.send(a);
            transport.send(forged);
            transport.send(b);

            await().atMost(Duration.ofSeconds(30)).until(() -> ingest.appliedCount() == a.size() + b.size());
        }
        assertThat(ingest.applied()).extracting(Envelope::branch).doesNotContain("LIAR");
        assertThat(ingest.applied()).extracting(Envelope::id)
                .containsExactlyInAnyOrderElementsOf(concat(a, b).stream().map(Envelope::id).toList());
        // per aggregate, the central saw the changes in outbox order
        Map<String, List<Long>> seqs = new HashMap<>();
        ingest.applied().forEach(e -> seqs.computeIfAbsent(e.aggregate(), k -> new ArrayList<>()).add(e.seq()));
        seqs.values().forEach(list -> assertThat(list).isSorted());
    }

    @Test
    void a_central_that_dies_before_committing_gets_the_batch_again_and_every_event_counts_once() throws Exception {
        var ingest = new RecordingIngest(Set.of("CABANG-A"));
        List<Envelope> sent = interleaved("CABANG-A", 50, "a-1", "a-2", "a-3", "a-4");
        var applied = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var crashed = new AtomicBoolean();
        // the first delivery is applied (its transaction committed), then the central dies before the offset commit
        ingest.afterApply = batch -> {
            if (crashed.compareAndSet(false, true)) {
                applied.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("central process killed before its offsets were committed");
            }
        };

        var central = KafkaSyncContexts.central(broker.getBrokersAsString(), "sync-crash", "central-crash", ingest);
        try (var branch = KafkaSyncContexts.branch(broker.getBrokersAsString(), "sync-crash")) {
            ContainerTestUtils.waitForAssignment(KafkaSyncContexts.listener(central), PARTITIONS);
            branch.getBean(Transport.class).send(sent);
        }
        assertThat(applied.await(30, TimeUnit.SECONDS)).isTrue();
        int appliedBeforeCrash = ingest.appliedCount();
        // shut the central down while its listener is inside the batch; the listener then fails
        Thread shutdown = new Thread(central::close);
        shutdown.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> !KafkaSyncContexts.listener(central).isRunning()
                || !central.isActive());
        release.countDown();
        shutdown.join(30_000);
        assertThat(central.isActive()).isFalse();
        assertThat(appliedBeforeCrash).isPositive();

        // a new central process in the same consumer group
        try (AnnotationConfigApplicationContext restarted =
                     KafkaSyncContexts.central(broker.getBrokersAsString(), "sync-crash", "central-crash", ingest)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> ingest.appliedCount() == sent.size()
                    && ingest.deliveries().size() == sent.size());
            // the batch applied before the crash was handed over again, yet applied once
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    ingest.deliveries().values().stream().filter(n -> n > 1).count() >= appliedBeforeCrash);
        }
        assertThat(ingest.applied()).extracting(Envelope::id)
                .containsExactlyInAnyOrderElementsOf(sent.stream().map(Envelope::id).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void while_the_central_database_is_away_the_batch_is_retried_not_skipped() throws Exception {
        var ingest = new RecordingIngest(Set.of("CABANG-A"));
        var failures = new java.util.concurrent.atomic.AtomicInteger();
        List<Envelope> sent = interleaved("CABANG-A", 20, "a-1", "a-2");
        // the first two attempts fail after nothing was applied, as a rolled-back ingest transaction does
        var failing = new id.loket.sync.internal.Ingest() {
            @Override
            public Result accept(String branch, List<Envelope> batch) {
                if (failures.incrementAndGet() <= 2) {
                    throw new IllegalStateException("central database unreachable");
                }
                return ingest.accept(branch, batch);
            }
        };
        try (var central = KafkaSyncContexts.central(broker.getBrokersAsString(), "sync-db-down", "central-db", failing);
             var branch = KafkaSyncContexts.branch(broker.getBrokersAsString(), "sync-db-down")) {
            ContainerTestUtils.waitForAssignment(KafkaSyncContexts.listener(central), PARTITIONS);
            branch.getBean(Transport.class).send(sent);
            await().atMost(Duration.ofSeconds(30)).until(() -> ingest.appliedCount() == sent.size());
        }
        assertThat(failures.get()).isGreaterThan(2);
        assertThat(ingest.applied()).extracting(Envelope::id)
                .containsExactlyInAnyOrderElementsOf(sent.stream().map(Envelope::id).toList());
    }

    @Test
    void a_branch_builds_only_the_producer_a_central_only_the_consumer_and_http_neither() {
        var ingest = new RecordingIngest(Set.of("CABANG-A"));
        try (var branch = KafkaSyncContexts.branch(broker.getBrokersAsString(), "sync-order");
             var central = KafkaSyncContexts.central(broker.getBrokersAsString(), "sync-order", "central-roles", ingest);
             var http = KafkaSyncContexts.start(Map.of("loket.sync.transport", "http", "loket.mode", "central",
                     "spring.kafka.bootstrap-servers", broker.getBrokersAsString()), ingest)) {
            assertThat(branch.getBeanNamesForType(KafkaTransport.class)).hasSize(1);
            assertThat(branch.getBeanNamesForType(CentralKafkaListener.class)).isEmpty();
            assertThat(central.getBeanNamesForType(KafkaTransport.class)).isEmpty();
            assertThat(central.getBeanNamesForType(CentralKafkaListener.class)).hasSize(1);
            assertThat(http.getBeanNamesForType(KafkaSyncConfiguration.class)).isEmpty();
            assertThat(http.getBeanNamesForType(CentralKafkaListener.class)).isEmpty();
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
