package id.loket.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.Officers;
import id.loket.dashboard.BranchFigures;
import id.loket.dashboard.CardRef;
import id.loket.dashboard.DashboardFilter;
import id.loket.dashboard.DashboardService;
import id.loket.dashboard.Drill;
import id.loket.dashboard.OfficeDashboard;
import id.loket.sync.internal.central.EnrollmentService;
import id.loket.workflow.WorkflowService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The central's ingest through its real HTTP endpoint: what a branch sends is applied once, the newest snapshot of a
 * row wins, a refused delivery writes nothing, and the central's dashboard figures for a branch equal the figures
 * the branch computed from its own work.
 */
@CentralIntegrationTest
class CentralIngestTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    CentralFixtures fixtures;
    @Autowired
    Officers officers;
    @Autowired
    DashboardService dashboards;
    @Autowired
    WorkflowService workflow;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EnrollmentService enrollment;

    @BeforeEach
    void users() {
        fixtures.users();
    }

    record Response(int status, String body) {
    }

    Response post(String branch, String key, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sync/v1/events"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
        if (branch != null) {
            request.header("X-Loket-Branch", branch);
        }
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    static Map<String, Object> batch(List<Envelope> events) {
        return Map.of("events", events);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Response r) {
        return JSON.readValue(r.body(), Map.class);
    }

    /** A snapshot of the row as it was before its visit was claimed and finished (an older outbox entry). */
    static Envelope unfinished(Envelope e, long seq) {
        Map<String, Object> data = new LinkedHashMap<>(e.data());
        data.put("claimed_at", null);
        data.put("claimed_by", null);
        data.put("finished_at", null);
        data.put("actor", null);
        data.put("outcome", null);
        data.put("reason", null);
        return new Envelope(UUID.randomUUID(), 1, e.type(), e.branch(), e.aggregate(), seq, e.occurredAt(), data);
    }

    @Test
    void a_branchs_work_replicated_in_any_order_and_redelivered_gives_the_central_the_branchs_own_figures()
            throws Exception {
        // the branch's own work: complete KKs, one sent back and redone, one returned at intake, one just registered
        List<UUID> complete = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            UUID id = fixtures.registered("BIRTH", true);
            for (int step = 3; step <= 7; step++) {
                fixtures.next(id, step % 2 == 1);
            }
            complete.add(id);
        }
        UUID reworked = fixtures.registered("DATA_CHANGE", true);
        fixtures.next(reworked, true);
        fixtures.sendBack(reworked, "SIAK_CHECK"); // from data entry
        fixtures.next(reworked, false);
        fixtures.next(reworked, true);
        fixtures.registered("BIRTH", false);
        fixtures.registered("DATA_CHANGE", true);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        DashboardFilter filter = new DashboardFilter(today.minusDays(1), today, null, null);
        OfficeDashboard own = officers.as("dinas.kadis", () -> dashboards.office(filter.withBranch(CentralFixtures.SOURCE)));
        assertThat(own.leadTime().count()).isGreaterThanOrEqualTo(2);

        String code = CentralFixtures.newCode();
        EnrollmentService.IssuedKey key = fixtures.enrolled(code);
        Map<String, String> ids = CentralFixtures.idMap();
        List<Envelope> tickets = fixtures.envelopes("ticket", code, ids, "created_at, id");
        List<Envelope> applications = fixtures.envelopes("application", code, ids, "created_at, id");
        List<Envelope> visits = fixtures.envelopes("step_history", code, ids, "application_id, visit_no");
        assertThat(visits).hasSizeGreaterThan(15);

        // the older snapshots of every visit first (seq below the final ones), then the final rows in one batch
        // whose visits come before their applications; then both batches again and the old ones under new ids
        long old = 1;
        List<Envelope> older = new ArrayList<>();
        for (Envelope v : visits) {
            older.add(unfinished(v, old++));
        }
        List<Envelope> finals = new ArrayList<>(visits);
        finals.addAll(applications);
        finals.addAll(tickets);

        Response first = post(code, key.key(), batch(older));
        assertThat(first.status()).isEqualTo(200);
        assertThat(json(first)).containsEntry("accepted", older.size()).containsEntry("duplicates", 0);
        Response second = post(code, key.key(), batch(finals));
        assertThat(second.status()).isEqualTo(200);
        assertThat(json(second)).containsEntry("accepted", finals.size()).containsEntry("duplicates", 0);

        OfficeDashboard central = officers.as("dinas.kadis", () -> dashboards.office(filter.withBranch(code)));
        assertSameFigures(central, own);

        Response again = post(code, key.key(), batch(finals));
        assertThat(json(again)).containsEntry("accepted", 0).containsEntry("duplicates", finals.size());
        List<Envelope> lateOld = older.stream().map(e -> unfinished(e, e.seq())).toList();
        Response late = post(code, key.key(), batch(lateOld));
        assertThat(json(late)).containsEntry("accepted", lateOld.size()).containsEntry("duplicates", 0);

        assertSameFigures(officers.as("dinas.kadis", () -> dashboards.office(filter.withBranch(code))), own);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM step_history WHERE branch_code = ? AND finished_at IS NULL",
                Long.class, code)).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM step_history WHERE branch_code = ? AND finished_at IS NULL", Long.class,
                CentralFixtures.SOURCE));

        // the central's whole-office view lists the branch with its last delivery; its cards open for the Kepala Dinas
        OfficeDashboard office = officers.as("dinas.kadis", () -> dashboards.office(filter));
        assertThat(office.branches()).extracting(BranchFigures::branchCode).contains(code, CentralFixtures.SOURCE);
        assertThat(enrollment.lastDeliveries().get(code)).isNotNull();
        List<CardRef> cards = officers.as("dinas.kadis", () -> dashboards.cards(filter.withBranch(code),
                new Drill(Drill.Kind.COMPLETED, null, 0, 0), 10));
        assertThat(cards).hasSize(2).allMatch(CardRef::openable);
        UUID copied = UUID.fromString(ids.get(complete.getFirst().toString()));
        assertThat(officers.as("dinas.kadis", () -> workflow.detail(copied)).timeline()).hasSize(7);
    }

    private static void assertSameFigures(OfficeDashboard central, OfficeDashboard own) {
        assertThat(central.leadTime()).usingRecursiveComparison().isEqualTo(own.leadTime());
        assertThat(central.steps()).usingRecursiveComparison().isEqualTo(own.steps());
        assertThat(central.throughputByDay()).usingRecursiveComparison().isEqualTo(own.throughputByDay());
        assertThat(central.arrivals()).usingRecursiveComparison().isEqualTo(own.arrivals());
        assertThat(central.waiting()).usingRecursiveComparison().isEqualTo(own.waiting());
        assertThat(central.flow()).usingRecursiveComparison().isEqualTo(own.flow());
        assertThat(central.bottleneck()).usingRecursiveComparison().isEqualTo(own.bottleneck());
        assertThat(central.branches()).hasSize(1);
        assertThat(central.branches().getFirst().leadTime()).isEqualTo(own.branches().getFirst().leadTime());
        assertThat(central.branches().getFirst().shareWithinByStep())
                .isEqualTo(own.branches().getFirst().shareWithinByStep());
    }

    @Test
    void an_unknown_branch_a_wrong_or_revoked_key_and_an_envelope_of_another_branch_are_refused_and_write_nothing()
            throws Exception {
        String code = CentralFixtures.newCode();
        EnrollmentService.IssuedKey key = fixtures.enrolled(code);
        String other = CentralFixtures.newCode();
        EnrollmentService.IssuedKey otherKey = fixtures.enrolled(other);
        long received = count("sync_received");
        long tickets = count("ticket");

        Envelope ticket = ticket(code);
        assertThat(post("TIDAKADA", key.key(), batch(List.of(ticket))).status()).isEqualTo(401);
        assertThat(post(code, "salah", batch(List.of(ticket))).status()).isEqualTo(401);
        assertThat(post(code, otherKey.key(), batch(List.of(ticket))).status()).isEqualTo(401);
        assertThat(post(code, null, batch(List.of(ticket))).status()).isEqualTo(401);
        Response refused = post("TIDAKADA", key.key(), batch(List.of(ticket)));
        assertThat(refused.body()).isEmpty();
        // a batch with one envelope naming another branch, or a row of another branch, is refused whole
        assertThat(post(code, key.key(), batch(List.of(ticket(code), ticket(other)))).status()).isEqualTo(401);
        Envelope foreignRow = ticket(code);
        foreignRow.data().put("branch_code", other);
        assertThat(post(code, key.key(), batch(List.of(ticket(code), foreignRow))).status()).isEqualTo(401);
        // unknown type or schema, malformed body: 400
        Envelope unknown = new Envelope(UUID.randomUUID(), 9, "ticket", code, "x", 1, Instant.now(), ticket(code).data());
        assertThat(post(code, key.key(), batch(List.of(unknown))).status()).isEqualTo(400);
        Envelope users = new Envelope(UUID.randomUUID(), 1, "app_user", code, "x", 1, Instant.now(), ticket(code).data());
        assertThat(post(code, key.key(), batch(List.of(users))).status()).isEqualTo(400);
        assertThat(post(code, key.key(), "{\"events\": [").status()).isEqualTo(400);
        assertThat(count("sync_received")).isEqualTo(received);
        assertThat(count("ticket")).isEqualTo(tickets);

        // re-issued: the old key stops working; revoked: no key works
        EnrollmentService.IssuedKey newKey = officers.as("dinas.admin", () -> enrollment.reissue(code));
        assertThat(post(code, key.key(), batch(List.of(ticket))).status()).isEqualTo(401);
        assertThat(post(code, newKey.key(), batch(List.of(ticket))).status()).isEqualTo(200);
        assertThat(count("ticket")).isEqualTo(tickets + 1);
        officers.run("dinas.admin", () -> enrollment.revoke(code));
        assertThat(post(code, newKey.key(), batch(List.of(ticket(code)))).status()).isEqualTo(401);
        assertThat(count("ticket")).isEqualTo(tickets + 1);
        assertThat(enrollment.lastDeliveries()).doesNotContainKey(code);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static int ticketNo;

    private static Envelope ticket(String branch) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", UUID.randomUUID().toString());
        data.put("branch_code", branch);
        data.put("service_code", "KK");
        data.put("day", LocalDate.now().toString());
        data.put("seq", ++ticketNo);
        data.put("number", "KK-%03d".formatted(ticketNo));
        data.put("type_code", "BIRTH");
        data.put("status", "WAITING");
        data.put("call_count", 0);
        data.put("created_at", Instant.now().toString());
        data.put("version", 0);
        return new Envelope(UUID.randomUUID(), 1, "ticket", branch, (String) data.get("id"), ticketNo, Instant.now(),
                data);
    }
}
