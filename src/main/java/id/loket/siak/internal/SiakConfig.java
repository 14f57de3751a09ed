package id.loket.siak.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiakProperties.class)
class SiakConfig {

    /** Only with loket.siak.simulator.enabled=true (demo and test profiles); one per JVM, see acquire. */
    @Bean(destroyMethod = "release")
    @ConditionalOnProperty("loket.siak.simulator.enabled")
    SiakSimulator siakSimulator(SiakProperties properties, Clock clock) {
        try {
            return SiakSimulator.acquire(properties, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty base URL with the simulator running points the adapter at the simulator. */
    @Bean
    HttpSiakGateway siakGateway(SiakProperties properties, ObjectProvider<SiakSimulator> simulator, Clock clock) {
        return new HttpSiakGateway(properties, () -> !properties.baseUrl().isEmpty() ? properties.baseUrl()
                : simulator.getIfAvailable() == null ? "" : simulator.getIfAvailable().baseUrl(), clock);
    }
}
