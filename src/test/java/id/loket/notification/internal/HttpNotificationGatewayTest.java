package id.loket.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import id.loket.notification.internal.NotificationGateway.GatewayFailure;
import id.loket.notification.internal.NotificationGateway.OutgoingMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP adapter against a small local HTTP server: what it sends, and which answers count as taken. */
class HttpNotificationGatewayTest {

    private HttpServer server;
    private final AtomicInteger answer = new AtomicInteger(202);
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", exchange -> {
            requests.add(exchange.getRequestHeaders().getFirst("Authorization") + "|"
                    + exchange.getRequestHeaders().getFirst("Idempotency-Key") + "|"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpNotificationGateway gateway(String url) {
        return new HttpNotificationGateway(new NotificationProperties.Http(url, Duration.ofSeconds(1),
                Duration.ofSeconds(2)), () -> "rahasia");
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    @Test
    void sends_the_token_the_idempotency_key_and_the_message_as_json() {
        gateway(url()).send(new OutgoingMessage("received:1", "6281234567890", "Permohonan diterima"));
        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r).startsWith("Bearer rahasia|received:1|");
            assertThat(r).contains("\"to\":\"6281234567890\"").contains("\"text\":\"Permohonan diterima\"")
                    .contains("\"reference\":\"received:1\"");
        });
    }

    @Test
    void a_conflict_means_the_gateway_already_has_this_key_and_counts_as_taken() {
        answer.set(409);
        gateway(url()).send(new OutgoingMessage("received:2", "6281234567890", "x"));
        assertThat(requests).hasSize(1);
    }

    @Test
    void errors_and_an_unreachable_or_unset_gateway_are_failures_the_sender_retries() {
        answer.set(503);
        assertThatThrownBy(() -> gateway(url()).send(new OutgoingMessage("k", "62812", "x")))
                .isInstanceOf(GatewayFailure.class).hasMessageContaining("503");
        answer.set(401);
        assertThatThrownBy(() -> gateway(url()).send(new OutgoingMessage("k", "62812", "x")))
                .isInstanceOf(GatewayFailure.class).hasMessageContaining("401");
        String closed = url();
        server.stop(0);
        assertThatThrownBy(() -> gateway(closed).send(new OutgoingMessage("k", "62812", "x")))
                .isInstanceOf(GatewayFailure.class);
        assertThatThrownBy(() -> gateway("").send(new OutgoingMessage("k", "62812", "x")))
                .isInstanceOf(GatewayFailure.class);
    }

    @Test
    void the_backoff_doubles_up_to_its_ceiling() {
        NotificationProperties.Sender sender = new NotificationProperties.Sender(null, 0, Duration.ofSeconds(10),
                Duration.ofMinutes(1), null);
        assertThat(List.of(1, 2, 3, 4, 5, 40).stream().map(sender::backoff).toList()).containsExactly(
                Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofMinutes(1),
                Duration.ofMinutes(1), Duration.ofMinutes(1));
    }
}
