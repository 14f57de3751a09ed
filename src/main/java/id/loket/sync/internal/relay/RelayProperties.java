package id.loket.sync.internal.relay;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A branch's link to the central ({@code loket.sync.*}). An empty central URL means the branch is not enrolled: the
 * outbox fills, nothing is sent, the admin's indicator says so.
 *
 * @param centralUrl     the central's base URL, e.g. https://pusat.loket.example.go.id
 * @param branchKey      the key the central's admin issued for this branch (env LOKET_SYNC_BRANCH_KEY)
 * @param transport      http (default) or kafka
 * @param batchSize      outbox rows per delivery
 * @param pollInterval   how often the relay looks for new outbox rows while the link is fine
 * @param initialBackoff wait after the first failed delivery; doubled per further failure
 * @param maxBackoff     the longest wait between attempts
 * @param connectTimeout HTTP connect timeout
 * @param readTimeout    HTTP read timeout (the central answers once it stored the batch)
 * @param keepSent       sent outbox rows are deleted after this long
 */
@ConfigurationProperties("loket.sync")
public record RelayProperties(String centralUrl, String branchKey, String transport, Integer batchSize,
                              Duration pollInterval, Duration initialBackoff, Duration maxBackoff,
                              Duration connectTimeout, Duration readTimeout, Duration keepSent) {

    public RelayProperties {
        centralUrl = centralUrl == null ? "" : centralUrl.trim().replaceAll("/+$", "");
        branchKey = branchKey == null ? "" : branchKey.trim();
        transport = transport == null || transport.isBlank() ? "http" : transport.trim();
        batchSize = batchSize == null || batchSize < 1 ? 500 : batchSize;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(2) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(5) : maxBackoff;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(60) : readTimeout;
        keepSent = keepSent == null ? Duration.ofDays(7) : keepSent;
    }

    /** A central to send to is configured (for Kafka the transport's own settings decide). */
    public boolean enrolled() {
        return !centralUrl.isEmpty();
    }
}
