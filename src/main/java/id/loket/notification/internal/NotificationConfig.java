package id.loket.notification.internal;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One gateway by {@code loket.notification.gateway}: the in-process simulator or the HTTP gateway. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfig {

    static final String TOKEN_VARIABLE = "LOKET_NOTIFICATION_HTTP_TOKEN";

    @Bean
    @ConditionalOnProperty(name = "loket.notification.gateway", havingValue = NotificationProperties.SIMULATOR)
    NotificationSimulator notificationSimulator(Clock clock) {
        return new NotificationSimulator(clock);
    }

    @Bean
    @ConditionalOnProperty(name = "loket.notification.gateway", havingValue = NotificationProperties.HTTP,
            matchIfMissing = true)
    HttpNotificationGateway httpNotificationGateway(NotificationProperties properties) {
        // the token only from the environment, never from a file in the source tree or the image
        return new HttpNotificationGateway(properties.http(), () -> System.getenv(TOKEN_VARIABLE));
    }
}
