package id.loket.sync.internal.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code loket.sync.kafka.*}: only read with {@code loket.sync.transport=kafka}. The broker connection itself is
 * Spring's {@code spring.kafka.*} (bootstrap servers, security protocol, SASL/SSL client properties).
 *
 * @param topic       the topic every branch writes its envelopes to (keyed by aggregate)
 * @param group       the central's consumer group: all central instances share it, so each partition is read once
 * @param sendTimeout how long a branch waits for the broker to acknowledge a whole batch before the relay retries it
 * @param concurrency consumer threads per central instance (useful up to the topic's partition count)
 */
@ConfigurationProperties("loket.sync.kafka")
public record KafkaSyncProperties(@DefaultValue("loket-events") String topic,
                                  @DefaultValue("loket-central") String group,
                                  @DefaultValue("30s") Duration sendTimeout,
                                  @DefaultValue("1") int concurrency) {
}
