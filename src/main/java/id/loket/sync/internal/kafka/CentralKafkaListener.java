package id.loket.sync.internal.kafka;

import id.loket.sync.Envelope;
import id.loket.sync.internal.Ingest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.core.JacksonException;

/**
 * The central's consumer of the branches' topic. Hands each polled batch to {@link Ingest}, grouped by branch in
 * record order; the container commits the batch's offsets only after this method returned (AckMode.BATCH), so a
 * central that dies in between gets the batch again and Ingest's idempotency by event id makes it count once.
 */
class CentralKafkaListener {

    static final String LISTENER_ID = "loket-sync-central";

    private static final Logger log = LoggerFactory.getLogger(CentralKafkaListener.class);

    private final Ingest ingest;

    CentralKafkaListener(Ingest ingest) {
        this.ingest = ingest;
    }

    @KafkaListener(id = LISTENER_ID, topics = "${loket.sync.kafka.topic:loket-events}",
            groupId = "${loket.sync.kafka.group:loket-central}", containerFactory = "loketSyncListenerFactory",
            concurrency = "${loket.sync.kafka.concurrency:1}", batch = "true")
    void receive(List<ConsumerRecord<String, String>> records) {
        Map<String, List<Envelope>> byBranch = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            Envelope envelope = parse(record);
            if (envelope != null) {
                byBranch.computeIfAbsent(envelope.branch(), b -> new ArrayList<>()).add(envelope);
            }
        }
        for (Map.Entry<String, List<Envelope>> delivery : byBranch.entrySet()) {
            try {
                ingest.accept(delivery.getKey(), delivery.getValue());
            } catch (SecurityException refused) {
                // an unenrolled branch got past the broker's ACLs: refuse its events, never let them block the partition
                log.warn("Refused {} Kafka event(s) of branch {}: not enrolled", delivery.getValue().size(),
                        delivery.getKey());
            }
            // any other failure (database down) propagates: nothing is committed and the batch is retried
        }
    }

    /** A record that can never be ingested (not an envelope, branch header contradicting it) is logged and skipped. */
    private static Envelope parse(ConsumerRecord<String, String> record) {
        Envelope envelope;
        try {
            envelope = KafkaTransport.JSON.readValue(record.value(), Envelope.class);
        } catch (JacksonException | IllegalArgumentException e) {
            log.warn("Skipped Kafka record {}-{}@{}: not an envelope ({})", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return null;
        }
        Header header = record.headers().lastHeader(KafkaTransport.BRANCH_HEADER);
        String headerBranch = header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        if (envelope.branch() == null || envelope.id() == null
                || (headerBranch != null && !headerBranch.equals(envelope.branch()))) {
            log.warn("Refused Kafka record {}-{}@{}: branch header {} does not match envelope branch {}",
                    record.topic(), record.partition(), record.offset(), headerBranch, envelope.branch());
            return null;
        }
        return envelope;
    }
}
