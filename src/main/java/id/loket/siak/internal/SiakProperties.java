package id.loket.siak.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code loket.siak.*}. Credentials come from the environment in production (LOKET_SIAK_USER_ID,
 * LOKET_SIAK_PASSWORD), never from source. An empty base URL with the simulator on means "use the simulator".
 */
@ConfigurationProperties("loket.siak")
public record SiakProperties(String baseUrl, String path, String userId, String password, String ipUser,
                             Duration connectTimeout, Duration readTimeout, Duration firstTryWait, Retry retry,
                             Breaker breaker, Simulator simulator) {

    public SiakProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.trim();
        path = path == null || path.isBlank() ? "loket" : path.trim();
        userId = userId == null ? "" : userId;
        password = password == null ? "" : password;
        ipUser = ipUser == null ? "127.0.0.1" : ipUser;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        // SIAK answers in 2-4 s on a good day; public clients wait 15-30 s
        readTimeout = readTimeout == null ? Duration.ofSeconds(15) : readTimeout;
        // the officer waits this long for the first answer; after that the lookup completes in the background
        firstTryWait = firstTryWait == null ? Duration.ofSeconds(6) : firstTryWait;
        retry = retry == null ? new Retry(null, null, null, 0) : retry;
        breaker = breaker == null ? new Breaker(0, 0, null) : breaker;
        simulator = simulator == null ? new Simulator(false, 0, null, null, 0) : simulator;
    }

    /** The background retrier: how often it looks, and the backoff between attempts of one lookup. */
    public record Retry(Duration interval, Duration initialBackoff, Duration maxBackoff, int batchSize) {
        public Retry {
            interval = interval == null ? Duration.ofSeconds(5) : interval;
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(5) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofMinutes(5) : maxBackoff;
            batchSize = batchSize <= 0 ? 20 : batchSize;
        }
    }

    /** Circuit breaker: after this many failed calls of the last window it opens and waits before trying again. */
    public record Breaker(int windowSize, int minimumCalls, Duration openWait) {
        public Breaker {
            windowSize = windowSize <= 0 ? 10 : windowSize;
            minimumCalls = minimumCalls <= 0 ? 3 : minimumCalls;
            openWait = openWait == null ? Duration.ofSeconds(30) : openWait;
        }
    }

    /** The demo/test SIAK: port 0 = any free port; answers take minLatency..maxLatency; a daily quota per user. */
    public record Simulator(boolean enabled, int port, Duration minLatency, Duration maxLatency, int dailyQuota) {
        public Simulator {
            minLatency = minLatency == null ? Duration.ofMillis(2000) : minLatency;
            maxLatency = maxLatency == null ? Duration.ofMillis(4000) : maxLatency;
            dailyQuota = dailyQuota <= 0 ? 1000 : dailyQuota;
        }
    }
}
