package id.loket.sync.internal.downstream;

import id.loket.sync.Envelope;
import id.loket.sync.ServerMode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An enrolled branch's side of the way back: asks the central for the events after its cursor and applies them in
 * seq order, each in its own transaction with the cursor. On its own thread, with short timeouts and a backoff that
 * doubles up to {@code loket.sync.downstream.max-backoff} while the central is unreachable or an event cannot be
 * applied yet, so a cut link or a refused event never holds up the branch's own work.
 */
@Component
class DownstreamPuller {

    private static final Logger LOG = LoggerFactory.getLogger(DownstreamPuller.class);

    record Pull(int fetched, int applied) {
    }

    private final DownstreamApplier applier;
    private final ServerMode mode;
    private final JsonMapper json;
    private final String centralUrl;
    private final String branchKey;
    private final boolean enabled;
    private final Duration interval;
    private final Duration maxBackoff;
    private final int pageSize;
    private final RestClient client;
    private ScheduledExecutorService executor;
    private Duration backoff;

    DownstreamPuller(DownstreamApplier applier, ServerMode mode, JsonMapper json,
                     @Value("${loket.sync.central-url:}") String centralUrl,
                     @Value("${loket.sync.branch-key:}") String branchKey,
                     @Value("${loket.sync.downstream.enabled:true}") boolean enabled,
                     @Value("${loket.sync.downstream.interval:30s}") Duration interval,
                     @Value("${loket.sync.downstream.max-backoff:10m}") Duration maxBackoff,
                     @Value("${loket.sync.downstream.page-size:100}") int pageSize,
                     @Value("${loket.sync.downstream.timeout:10s}") Duration timeout) {
        this.applier = applier;
        this.mode = mode;
        this.json = json;
        this.centralUrl = centralUrl == null ? "" : centralUrl.trim().replaceAll("/+$", "");
        this.branchKey = branchKey;
        this.enabled = enabled;
        this.interval = interval;
        this.maxBackoff = maxBackoff;
        this.pageSize = Math.clamp(pageSize, 1, DownstreamController.MAX_LIMIT);
        this.backoff = interval;
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        factory.setReadTimeout(timeout);
        this.client = RestClient.builder().requestFactory(factory).build();
    }

    @PostConstruct
    void start() {
        if (!enabled || !mode.enrolledBranch()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "loket-downstream");
            t.setDaemon(true);
            return t;
        });
        executor.schedule(this::run, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void run() {
        try {
            Pull pull;
            do {
                pull = pullOnce();
            } while (pull.fetched() == pageSize);
            backoff = interval;
        } catch (RuntimeException e) {
            backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            LOG.warn("Downstream from the central failed, next try in {}: {}", backoff, e.getMessage());
        } finally {
            if (executor != null && !executor.isShutdown()) {
                executor.schedule(this::run, backoff.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** One page after the cursor, applied. Stops at the first event that fails (it is retried on the next pull). */
    Pull pullOnce() {
        List<Envelope> events = fetch(applier.cursor());
        return new Pull(events.size(), applyAll(events));
    }

    List<Envelope> fetch(long after) {
        if (centralUrl.isEmpty()) {
            throw new IllegalStateException("loket.sync.central-url is not set");
        }
        String body;
        try {
            body = client.get().uri(centralUrl + DownstreamController.PATH + "?after={after}&limit={limit}", after,
                            pageSize)
                    .header("X-Loket-Branch", mode.branchCode())
                    .header("Authorization", "Bearer " + branchKey)
                    .retrieve().body(String.class);
        } catch (RestClientException e) {
            throw new IllegalStateException("central not reachable or refused the branch: " + e.getMessage(), e);
        }
        JsonNode events = json.readTree(body == null ? "{}" : body).path("events");
        List<Envelope> list = new ArrayList<>();
        for (JsonNode event : events) {
            list.add(json.treeToValue(event, Envelope.class));
        }
        return list;
    }

    int applyAll(List<Envelope> events) {
        int applied = 0;
        for (Envelope event : events) {
            if (applier.apply(event)) {
                applied++;
            }
        }
        return applied;
    }
}
