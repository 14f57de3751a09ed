package id.loket.sync.internal.downstream;

import id.loket.sync.Envelope;
import id.loket.sync.ServerMode;
import id.loket.sync.internal.BranchCredentials;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/sync/v1/downstream?after=<seq>&limit=<n>}: the central's events for the calling branch and for
 * every branch, after the branch's cursor. The branch proves itself with its key; anything else gets a bare 401.
 */
@RestController
class DownstreamController {

    static final String PATH = "/api/sync/v1/downstream";
    static final int MAX_LIMIT = 500;

    private final DownstreamLogWriter log;
    private final ObjectProvider<BranchCredentials> credentials;
    private final ServerMode mode;
    private final JsonMapper json;

    DownstreamController(DownstreamLogWriter log, ObjectProvider<BranchCredentials> credentials, ServerMode mode,
                         JsonMapper json) {
        this.log = log;
        this.credentials = credentials;
        this.mode = mode;
        this.json = json;
    }

    @GetMapping(PATH)
    ResponseEntity<String> downstream(@RequestHeader(value = "X-Loket-Branch", required = false) String branch,
                                      @RequestHeader(value = "Authorization", required = false) String authorization,
                                      @RequestParam(defaultValue = "0") long after,
                                      @RequestParam(defaultValue = "100") int limit) {
        Optional<String> enrolled = authenticate(branch, authorization);
        if (enrolled.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        List<Envelope> events = log.page(enrolled.get(), Math.max(0, after), Math.clamp(limit, 1, MAX_LIMIT));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(Map.of("events", events)));
    }

    /** Only a central answers; a branch's server has no branches of its own to serve. */
    private Optional<String> authenticate(String branch, String authorization) {
        BranchCredentials check = credentials.getIfAvailable();
        if (!mode.central() || check == null || branch == null || branch.isBlank() || authorization == null
                || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        String key = authorization.substring("Bearer ".length()).trim();
        return key.isEmpty() ? Optional.empty() : check.authenticate(branch.trim(), key);
    }
}
