package id.loket.sync.internal.kafka;

import id.loket.sync.internal.Ingest;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka for the sync feature, only with {@code loket.sync.transport=kafka}. Boot's own Kafka auto-configuration is
 * excluded (application.yml) so an http deployment creates no Kafka client at all; here the same
 * {@code spring.kafka.*} properties build a producer on a branch and the consumer group on the central.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "loket.sync.transport", havingValue = "kafka")
@EnableConfigurationProperties({KafkaProperties.class, KafkaSyncProperties.class})
@Import({KafkaSyncConfiguration.Branch.class, KafkaSyncConfiguration.Central.class})
public class KafkaSyncConfiguration {

    /** Not annotated: only imported above, so neither is picked up by component scanning without the outer condition. */
    @ConditionalOnProperty(name = "loket.mode", havingValue = "branch", matchIfMissing = true)
    static class Branch {

        @Bean
        ProducerFactory<String, String> loketSyncProducerFactory(KafkaProperties kafka) {
            Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
            // not overridable: per-key order across producer retries and no lost acknowledged batch depend on them
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            // a branch whose broker is unreachable gives up an attempt after 10 s (the relay backs off and retries)
            config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
            return new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new StringSerializer());
        }

        @Bean
        KafkaTransport kafkaTransport(ProducerFactory<String, String> loketSyncProducerFactory,
                                      KafkaSyncProperties properties) {
            return new KafkaTransport(new KafkaTemplate<>(loketSyncProducerFactory), properties.topic(),
                    properties.sendTimeout());
        }
    }

    @ConditionalOnProperty(name = "loket.mode", havingValue = "central")
    @EnableKafka
    static class Central {

        @Bean
        ConcurrentKafkaListenerContainerFactory<String, String> loketSyncListenerFactory(KafkaProperties kafka) {
            Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            // a new central (or a new group) reads every branch's history, not only what arrives from now on
            config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            // fewer, fuller polls (up to max.poll.records, 500) while branches send: fewer ingest transactions; at most
            // fetch.max.wait.ms (500 ms) more latency, which nobody waits on
            config.putIfAbsent(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
            var factory = new ConcurrentKafkaListenerContainerFactory<String, String>();
            factory.setConsumerFactory(
                    new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new StringDeserializer()));
            factory.setBatchListener(true);
            // offsets committed only after the listener returned, i.e. after Ingest committed its transaction
            factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
            // a failing ingest (database away) is retried without end, never skipped: skipping would lose events
            ExponentialBackOff backOff = new ExponentialBackOff(1_000, 2.0);
            backOff.setMaxInterval(60_000);
            factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
            return factory;
        }

        @Bean
        CentralKafkaListener centralKafkaListener(Ingest ingest) {
            return new CentralKafkaListener(ingest);
        }
    }
}
