package id.loket.notification.internal;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS/WhatsApp gateway over HTTP: POST {@code {"to","text","reference"}} as JSON to the configured URL with
 * {@code Authorization: Bearer <token>} and {@code Idempotency-Key: <key>}. A 2xx means taken; 409 means the
 * gateway already has a message with this key (taken earlier, our answer was lost): also taken, never sent twice.
 * Everything else (timeouts, 5xx, 4xx) is a failure the sender retries.
 */
public class HttpNotificationGateway implements NotificationGateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NotificationProperties.Http properties;
    private final Supplier<String> token;
    private final RestClient client;

    public HttpNotificationGateway(NotificationProperties.Http properties, Supplier<String> token) {
        this.properties = properties;
        this.token = token;
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        this.client = RestClient.builder().requestFactory(factory).build();
    }

    @Override
    public void send(OutgoingMessage message) {
        if (properties.url().isEmpty()) {
            throw new GatewayFailure("loket.notification.http.url is not set");
        }
        String secret = token.get();
        try {
            String body = JSON.writeValueAsString(Map.of("to", message.phone(), "text", message.text(),
                    "reference", message.idempotencyKey()));
            client.post().uri(properties.url()).contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> {
                        if (secret != null && !secret.isBlank()) {
                            h.setBearerAuth(secret);
                        }
                        h.set("Idempotency-Key", message.idempotencyKey());
                    })
                    .body(body)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (response.getStatusCode().is2xxSuccessful() || status == HttpStatus.CONFLICT.value()) {
                            return null;
                        }
                        throw new GatewayFailure("gateway answered HTTP " + status);
                    });
        } catch (RestClientException e) {
            throw new GatewayFailure("gateway unreachable: " + e.getClass().getSimpleName(), e);
        }
    }
}
