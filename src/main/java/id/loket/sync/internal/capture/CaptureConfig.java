package id.loket.sync.internal.capture;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Installs the capture into Hibernate when this server is a branch: from the session factory's first session on,
 * so start-up seeding is captured too. A central applies rows it received and must not send them on again, so it
 * runs without.
 */
@Component
@ConditionalOnProperty(name = "loket.mode", havingValue = "branch", matchIfMissing = true)
class CaptureConfig implements HibernatePropertiesCustomizer {

    private final Clock clock;
    private final String serverBranch;

    CaptureConfig(Clock clock, @Value("${loket.branch.code:PUSAT}") String serverBranch) {
        this.clock = clock;
        this.serverBranch = serverBranch;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(new Integrator() {
            @Override
            public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                                  SessionFactoryImplementor sessionFactory) {
                OutboxCapture capture = new OutboxCapture(ReplicatedTables.of(metadata), clock, serverBranch);
                EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
                listeners.appendListeners(EventType.POST_INSERT, capture);
                listeners.appendListeners(EventType.POST_UPDATE, capture);
            }
        }));
    }
}
