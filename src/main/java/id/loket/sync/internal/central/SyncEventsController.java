package id.loket.sync.internal.central;

import id.loket.sync.Envelope;
import id.loket.sync.internal.BranchCredentials;
import id.loket.sync.internal.Ingest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/sync/v1/events} on the central: a branch's batch of envelopes, authenticated by its code and key.
 * The key is checked before the body is read; a refusal is a bare 401 that says nothing of why (unknown branch,
 * revoked, wrong key). Stateless, no session, no CSRF token ({@code base.security.SecurityConfig}).
 */
@RestController
@CentralMode
class SyncEventsController {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEventsController.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    record Batch(List<Envelope> events) {
    }

    private final BranchCredentials credentials;
    private final Ingest ingest;

    SyncEventsController(BranchCredentials credentials, Ingest ingest) {
        this.credentials = credentials;
        this.ingest = ingest;
    }

    @PostMapping(path = "/api/sync/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> events(@RequestHeader(name = "X-Loket-Branch", required = false) String branchHeader,
                             @RequestHeader(name = "Authorization", required = false) String authorization,
                             @RequestBody(required = false) byte[] body) {
        Optional<String> branch = authenticate(credentials, branchHeader, authorization);
        if (branch.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        Batch batch;
        try {
            batch = body == null ? null : JSON.readValue(body, Batch.class);
        } catch (JacksonException e) {
            return badRequest("malformed body");
        }
        if (batch == null || batch.events() == null) {
            return badRequest("no events");
        }
        try {
            Ingest.Result result = ingest.accept(branch.get(), batch.events());
            return ResponseEntity.ok(Map.of("accepted", result.accepted(), "duplicates", result.duplicates()));
        } catch (SecurityException e) {
            LOG.warn("Refused a batch of branch {}: {}", branch.get(), e.getMessage());
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        } catch (IllegalArgumentException | DataIntegrityViolationException e) {
            LOG.warn("Malformed batch of branch {}: {}", branch.get(), e.getMessage());
            return badRequest(e instanceof IllegalArgumentException ? e.getMessage() : "row refused by the database");
        }
    }

    /** The branch a request comes from when its {@code X-Loket-Branch} and bearer key match an enrolled branch. */
    static Optional<String> authenticate(BranchCredentials credentials, String branch, String authorization) {
        if (branch == null || authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        return credentials.authenticate(branch.trim(), authorization.substring("Bearer ".length()).trim());
    }

    private static ResponseEntity<?> badRequest(String why) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", why));
    }
}
