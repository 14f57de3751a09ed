package id.loket.sync.internal.relay;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A central's events endpoint on loopback: records every request (headers and events) and answers what the test
 * says: 200 with the counts, or an error status.
 */
final class FakeCentral implements AutoCloseable {

    record Request(String branch, String authorization, String contentType, int answered, List<JsonNode> events) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    /** The status the next requests get. */
    final AtomicInteger answer = new AtomicInteger(200);

    FakeCentral() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/sync/v1/events", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            List<JsonNode> events = new ArrayList<>();
            JSON.readTree(body).get("events").forEach(events::add);
            int status = answer.get();
            requests.add(new Request(exchange.getRequestHeaders().getFirst("X-Loket-Branch"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), status, events));
            byte[] reply = (status == 200 ? "{\"accepted\":" + events.size() + ",\"duplicates\":0}" : "")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length == 0 ? -1 : reply.length);
            if (reply.length > 0) {
                exchange.getResponseBody().write(reply);
            }
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Event ids of the accepted requests, in the order they arrived. */
    List<String> acceptedIds() {
        return requests.stream().filter(r -> r.answered() == 200).flatMap(r -> r.events().stream())
                .map(e -> e.get("id").asString()).toList();
    }

    List<Long> acceptedSeqs() {
        return requests.stream().filter(r -> r.answered() == 200).flatMap(r -> r.events().stream())
                .map(e -> e.get("seq").asLong()).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
