package id.loket.sync.internal.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/** The whole app on the default http transport, with no broker anywhere: not one Kafka client or listener exists. */
@LoketIntegrationTest
class KafkaOffByDefaultTest {

    @Autowired ApplicationContext context;

    @Test
    void the_app_on_the_http_transport_starts_without_a_broker_and_creates_nothing_of_kafka() {
        assertThat(context.getEnvironment().getProperty("loket.sync.transport", "http")).isEqualTo("http");
        for (Class<?> kafkaType : new Class<?>[]{KafkaSyncConfiguration.class, KafkaTransport.class,
                CentralKafkaListener.class, ProducerFactory.class, ConsumerFactory.class, KafkaTemplate.class,
                KafkaAdmin.class, KafkaListenerEndpointRegistry.class}) {
            assertThat(context.getBeanNamesForType(kafkaType)).as(kafkaType.getSimpleName()).isEmpty();
        }
    }
}
