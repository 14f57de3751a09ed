package id.loket.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code loket.notification.*}. The HTTP gateway's token is never configuration: it comes from the environment
 * variable {@code LOKET_NOTIFICATION_HTTP_TOKEN} only.
 *
 * @param gateway   {@code simulator} (the in-process simulator; demo and test) or {@code http}
 * @param statusUrl the public status page address put into messages ({tautan}); empty = loket.document.public-url
 *                  + "/status", or just "/status" when that is empty too
 */
@ConfigurationProperties("loket.notification")
public record NotificationProperties(String gateway, String statusUrl, Http http, Sender sender) {

    public static final String SIMULATOR = "simulator";
    public static final String HTTP = "http";

    public NotificationProperties {
        gateway = gateway == null || gateway.isBlank() ? HTTP : gateway.trim();
        statusUrl = statusUrl == null ? "" : statusUrl.trim();
        http = http == null ? new Http(null, null, null) : http;
        sender = sender == null ? new Sender(null, 0, null, null, null) : sender;
    }

    /** The SMS/WhatsApp gateway: POST JSON to {@code url}. */
    public record Http(String url, Duration connectTimeout, Duration readTimeout) {
        public Http {
            url = url == null ? "" : url.trim();
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        }
    }

    /**
     * The scheduled sender: how often it looks for due messages, how many per round, the backoff between attempts
     * of one message (doubling from {@code initialBackoff} up to {@code maxBackoff}), and how long an attempt holds a
     * message before another server or round may try it (longer than the gateway's timeouts).
     */
    public record Sender(Duration interval, int batchSize, Duration initialBackoff, Duration maxBackoff, Duration lease) {
        public Sender {
            interval = interval == null ? Duration.ofSeconds(5) : interval;
            batchSize = batchSize <= 0 ? 50 : batchSize;
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(10) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofMinutes(30) : maxBackoff;
            lease = lease == null ? Duration.ofMinutes(2) : lease;
        }

        /** The wait after the n-th failed attempt (n >= 1). */
        public Duration backoff(int attempts) {
            long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
            Duration d = initialBackoff.multipliedBy(factor);
            return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
        }
    }
}
