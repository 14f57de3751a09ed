package id.loket.sync.internal.relay;

import id.loket.sync.BranchLink;
import id.loket.sync.internal.Transport;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The branch's side of the link, only on a branch ({@code loket.mode=branch}, the default). With a transport (HTTP
 * when {@code loket.sync.central-url} is set, or another {@link Transport} bean such as Kafka's) a relay sends the
 * outbox; without, the branch is not enrolled and the outbox only fills.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RelayProperties.class)
@ConditionalOnProperty(name = "loket.mode", havingValue = "branch", matchIfMissing = true)
class RelayConfig {

    @Bean
    @ConditionalOnExpression("'${loket.sync.central-url:}'.trim() != '' and '${loket.sync.transport:http}' == 'http'")
    HttpTransport httpTransport(RelayProperties properties, @Value("${loket.branch.code:PUSAT}") String branch) {
        return new HttpTransport(properties, branch);
    }

    @Bean
    BranchLink branchLink(ObjectProvider<Transport> transports, Outbox outbox, RelayProperties properties,
                          Clock clock) {
        Transport transport = transports.getIfUnique();
        if (transport == null) {
            return () -> new BranchLink.Status(false, false, null, outbox.pending(), outbox.lastSent());
        }
        return new Relay(outbox, transport, properties, clock);
    }

    @Bean
    RelayScheduler relayScheduler(BranchLink link, RelayProperties properties) {
        return new RelayScheduler(link instanceof Relay relay ? relay : null, properties);
    }
}
