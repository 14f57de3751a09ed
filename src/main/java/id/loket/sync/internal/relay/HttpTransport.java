package id.loket.sync.internal.relay;

import id.loket.sync.Envelope;
import id.loket.sync.internal.Transport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code loket.sync.transport=http}: POSTs a batch as {@code {"events":[...]}} to
 * {@code {central-url}/api/sync/v1/events} with the branch code and its key. Only a 2xx answer means the central
 * stored the batch; anything else (refused connection, timeout, 5xx, 401) is a failure the relay retries.
 */
public class HttpTransport implements Transport {

    private static final Logger log = LoggerFactory.getLogger(HttpTransport.class);
    static final String PATH = "/api/sync/v1/events";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI endpoint;
    private final String branch;
    private final String key;
    private final HttpClient client;
    private final RelayProperties properties;

    public HttpTransport(RelayProperties properties, String branch) {
        this.properties = properties;
        this.endpoint = URI.create(properties.centralUrl() + PATH);
        this.branch = branch;
        this.key = properties.branchKey();
        this.client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public void send(List<Envelope> batch) throws TransportException {
        byte[] body = JSON.writeValueAsBytes(Map.of("events", batch));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(properties.readTimeout())
                .header("Content-Type", "application/json")
                .header("X-Loket-Branch", branch)
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TransportException("central not reachable at " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while sending to " + endpoint, e);
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            log.error("The central refused branch {} ({}): branch not enrolled / wrong key. Ask the central's admin "
                    + "to enroll the branch and set loket.sync.branch-key (LOKET_SYNC_BRANCH_KEY).", branch, status);
            throw new TransportException("branch not enrolled / wrong key (HTTP " + status + ")", null);
        }
        if (status / 100 != 2) {
            throw new TransportException("central answered HTTP " + status + " at " + endpoint, null);
        }
    }
}
