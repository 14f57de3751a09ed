package id.loket.siak.internal;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP adapter: POST {nik, user_id, password, ip_user} as JSON to {base}/dukcapil/get_json/{path}/CALL_NIK,
 * with connect/read timeouts and a Resilience4j circuit breaker. While the breaker is open no call goes out, so a
 * dead SIAK costs the officer nothing and the retrier stays cheap.
 */
public class HttpSiakGateway implements SiakGateway {

    private static final Logger log = LoggerFactory.getLogger(HttpSiakGateway.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiakProperties properties;
    private final Supplier<String> baseUrl;
    private final RestClient client;
    private final CircuitBreaker breaker;
    private final Clock clock;
    private volatile Instant since;
    /** When SIAK last answered a call / last left one unanswered (null: not since start-up). */
    private volatile Instant lastSuccess;
    private volatile Instant lastFailure;
    /** Told when the breaker leaves CLOSED (false) or returns to it (true): outage periods are recorded so. */
    private volatile BiConsumer<Boolean, Instant> connectionListener = (connected, at) -> { };

    public HttpSiakGateway(SiakProperties properties, Supplier<String> baseUrl, Clock clock) {
        this.properties = properties;
        this.baseUrl = baseUrl;
        this.clock = clock;
        this.since = Instant.now(clock);
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        this.client = RestClient.builder().requestFactory(factory).build();
        SiakProperties.Breaker b = properties.breaker();
        this.breaker = CircuitBreaker.of("siak", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(b.windowSize())
                .minimumNumberOfCalls(b.minimumCalls())
                .failureRateThreshold(50)
                .waitDurationInOpenState(b.openWait())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        breaker.getEventPublisher().onStateTransition(e -> {
            log.info("SIAK circuit breaker: {}", e.getStateTransition());
            boolean wasConnected = e.getStateTransition().getFromState() == CircuitBreaker.State.CLOSED;
            boolean isConnected = e.getStateTransition().getToState() == CircuitBreaker.State.CLOSED;
            if (wasConnected != isConnected) {
                since = Instant.now(clock);
                connectionListener.accept(isConnected, since);
            }
        });
    }

    @Override
    public SiakAnswer lookupByNik(String nik) {
        try {
            breaker.acquirePermission();
        } catch (CallNotPermittedException e) {
            return new SiakAnswer.Unavailable("siak.error.circuit-open");
        }
        long started = System.nanoTime();
        try {
            String request = JSON.writeValueAsString(Map.of("nik", nik, "user_id", properties.userId(),
                    "password", properties.password(), "ip_user", properties.ipUser()));
            String body = client.post().uri(url()).contentType(MediaType.APPLICATION_JSON).body(request)
                    .retrieve().body(String.class);
            SiakAnswer answer = SiakResponseMapper.map(body);
            long took = System.nanoTime() - started;
            if (answer instanceof SiakAnswer.Unavailable u && "siak.error.malformed".equals(u.errorKey())) {
                breaker.onError(took, TimeUnit.NANOSECONDS, new IllegalStateException("malformed SIAK answer"));
            } else {
                breaker.onSuccess(took, TimeUnit.NANOSECONDS);
            }
            if (answer instanceof SiakAnswer.Unavailable) {
                lastFailure = Instant.now(clock);
            } else {
                lastSuccess = Instant.now(clock);
            }
            return answer;
        } catch (RestClientException | IllegalArgumentException e) {
            // timeouts, refused or cut connections, 5xx: SIAK is not answering
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            lastFailure = Instant.now(clock);
            log.debug("SIAK call failed: {}", e.toString());
            return new SiakAnswer.Unavailable("siak.error.unavailable");
        }
    }

    private String url() {
        String base = baseUrl.get();
        if (base == null || base.isBlank()) {
            throw new IllegalArgumentException("loket.siak.base-url is not set");
        }
        return base.replaceAll("/+$", "") + "/dukcapil/get_json/" + properties.path() + "/CALL_NIK";
    }

    @Override
    public boolean connected() {
        return breaker.getState() == CircuitBreaker.State.CLOSED;
    }

    @Override
    public Instant since() {
        return since;
    }

    @Override
    public String circuit() {
        return breaker.getState().name();
    }

    @Override
    public Instant lastSuccess() {
        return lastSuccess;
    }

    @Override
    public Instant lastFailure() {
        return lastFailure;
    }

    public void onConnectionChange(BiConsumer<Boolean, Instant> listener) {
        this.connectionListener = listener;
    }

    /** Tests reset the breaker between scenarios. */
    public void reset() {
        breaker.reset();
        lastSuccess = null;
        lastFailure = null;
    }
}
