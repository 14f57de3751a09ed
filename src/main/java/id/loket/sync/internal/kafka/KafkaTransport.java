package id.loket.sync.internal.kafka;

import id.loket.sync.Envelope;
import id.loket.sync.internal.Transport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * A branch's relay batches onto the Kafka topic (issue 14, province-wide topology). Each envelope is one record keyed
 * by its aggregate, so all changes of one application or complaint land on one partition in outbox order; the
 * producer is idempotent with acks=all, so its own retries neither reorder nor duplicate within a partition. "Accepted"
 * here means every replica in sync has the batch: the central consumes it from there at its own pace.
 */
public class KafkaTransport implements Transport {

    /** Record header naming the sending branch; the central checks it against the envelope's own branch. */
    public static final String BRANCH_HEADER = "loket-branch";
    /** Record header with the envelope's type, for tools that route or inspect the topic without parsing JSON. */
    public static final String TYPE_HEADER = "loket-type";

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaTemplate<String, String> template;
    private final String topic;
    private final Duration sendTimeout;

    public KafkaTransport(KafkaTemplate<String, String> template, String topic, Duration sendTimeout) {
        this.template = template;
        this.topic = topic;
        this.sendTimeout = sendTimeout;
    }

    /** Envelopes without an aggregate (a SIAK outage period) are ordered per branch instead. */
    static String key(Envelope envelope) {
        return envelope.aggregate() != null ? envelope.aggregate() : envelope.branch();
    }

    @Override
    public void send(List<Envelope> batch) throws TransportException {
        if (batch.isEmpty()) {
            return;
        }
        List<CompletableFuture<SendResult<String, String>>> acks = new ArrayList<>(batch.size());
        try {
            // all records handed to the producer first (it batches them per partition), then one wait for all acks
            for (Envelope envelope : batch) {
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(topic, key(envelope), JSON.writeValueAsString(envelope));
                record.headers().add(BRANCH_HEADER, envelope.branch().getBytes(StandardCharsets.UTF_8));
                record.headers().add(TYPE_HEADER, envelope.type().getBytes(StandardCharsets.UTF_8));
                acks.add(template.send(record));
            }
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting for Kafka acknowledgements", e);
        } catch (ExecutionException e) {
            throw new TransportException("Kafka did not accept the batch: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            // some records may still arrive: the relay resends the batch and the central applies each id once
            throw new TransportException("Kafka did not acknowledge the batch within " + sendTimeout, e);
        } catch (RuntimeException e) {
            // no broker reachable (metadata wait, max.block.ms), serialization, a closed producer
            throw new TransportException("Kafka send failed: " + e.getMessage(), e);
        }
    }
}
