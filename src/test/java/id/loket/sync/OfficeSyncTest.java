package id.loket.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.Officers;
import id.loket.complaint.ComplaintChannel;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.Division;
import id.loket.dashboard.DashboardFilter;
import id.loket.dashboard.DashboardService;
import id.loket.dashboard.OfficeDashboard;
import id.loket.workflow.Applications;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Issue 14's test of the office as a whole: a branch works a stretch of the day while its central is down (and is
 * restarted half-way), the central comes back, the branch is restarted again while catching up, and then the
 * central holds exactly the branch's rows (every replicated table, column by column), counted once, and shows the
 * same dashboard figures for the branch as the branch shows itself.
 */
class OfficeSyncTest {

    private static final String KEY = "office-sync-test-key";
    private static final String BRANCH = "PUSAT";
    /** Every replicated table (docs/events.md); each row carries its branch. */
    private static final List<String> TABLES = List.of("application", "step_history", "ticket", "kk_document",
            "complaint", "complaint_event", "siak_outage");

    @Test
    void a_day_worked_offline_reaches_the_central_complete_and_once() throws Exception {
        int centralPort = freePort();
        String centralDb = OfficeServers.freshDatabase("office_central");
        String branchDb = OfficeServers.freshDatabase("office_branch");
        Map<String, Object> central = Map.of("loket.mode", "central", "loket.branch.code", "DINAS",
                "loket.branch.name", "Dinas Kependudukan dan Pencatatan Sipil", "loket.queue.branches", "DINAS",
                "loket.demo.applications", false, "server.port", centralPort,
                "loket.sync.central.demo-key", KEY, "loket.sync.central.demo-branches", BRANCH + ":Kantor Pusat");
        Map<String, Object> branch = Map.of("loket.sync.central-url", "http://127.0.0.1:" + centralPort,
                "loket.sync.branch-key", KEY, "loket.sync.poll-interval", "100ms",
                "loket.sync.initial-backoff", "200ms", "loket.sync.max-backoff", "1s", "loket.sync.batch-size", 50);

        // the central is unreachable: the branch works, restarts half-way, works on
        ConfigurableApplicationContext first = OfficeServers.start(branchDb, branch);
        work(first, 0, 12);
        assertThat(link(first).pending()).isPositive();
        assertThat(link(first).connected()).isFalse();
        first.close();
        ConfigurableApplicationContext server = OfficeServers.start(branchDb, branch);
        work(server, 12, 24);
        long offline = link(server).pending();
        assertThat(offline).isGreaterThan(200);

        // the central comes back; the branch is restarted again in the middle of catching up
        try (ConfigurableApplicationContext centre = OfficeServers.start(centralDb, central)) {
            awaitUntil(() -> link(server).pending() < offline, Duration.ofSeconds(60));
            server.close();
            ConfigurableApplicationContext again = OfficeServers.start(branchDb, branch);
            try {
                awaitUntil(() -> link(again).pending() == 0, Duration.ofSeconds(120));
                assertThat(link(again).connected()).isTrue();

                assertCentralHoldsTheBranch(again, centre);
            } finally {
                again.close();
            }
        }
    }

    /** Every replicated row of the branch, column by column, each event applied once, the same dashboard figures. */
    private static void assertCentralHoldsTheBranch(ConfigurableApplicationContext branch,
                                                    ConfigurableApplicationContext central) {
        JdbcTemplate atBranch = branch.getBean(JdbcTemplate.class);
        JdbcTemplate atCentral = central.getBean(JdbcTemplate.class);
        for (String table : TABLES) {
            String rows = "SELECT * FROM " + table + " WHERE branch_code = ? ORDER BY id";
            assertThat(atCentral.queryForList(rows, BRANCH))
                    .as(table).isEqualTo(atBranch.queryForList(rows, BRANCH));
        }
        assertThat(atBranch.queryForObject("SELECT COUNT(*) FROM application WHERE branch_code = ?",
                Long.class, BRANCH)).isGreaterThanOrEqualTo(16);
        // every event the branch wrote was applied once: nothing twice, nothing missing
        long written = atBranch.queryForObject("SELECT COUNT(*) FROM sync_outbox", Long.class);
        assertThat(atCentral.queryForObject("SELECT COUNT(*) FROM sync_received WHERE branch_code = ?",
                Long.class, BRANCH)).isEqualTo(written);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        DashboardFilter filter = new DashboardFilter(today, today, BRANCH, null);
        OfficeDashboard own = asKadis(branch, filter);
        OfficeDashboard seen = asKadis(central, filter);
        assertThat(seen.leadTime()).isEqualTo(own.leadTime());
        assertThat(seen.steps()).isEqualTo(own.steps());
        assertThat(seen.throughputByDay()).isEqualTo(own.throughputByDay());
        assertThat(seen.arrivals()).usingRecursiveComparison().isEqualTo(own.arrivals());
        assertThat(seen.waiting()).usingRecursiveComparison().isEqualTo(own.waiting());
        assertThat(seen.flow()).isEqualTo(own.flow());
        assertThat(own.steps()).anySatisfy(step -> assertThat(step.working().count()).isPositive());
    }

    @Test
    void the_kafka_path_brings_the_same_work_to_the_central() throws Exception {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, "loket-events");
        broker.afterPropertiesSet();
        try {
            Map<String, Object> kafka = Map.of("loket.sync.transport", "kafka",
                    "spring.kafka.bootstrap-servers", broker.getBrokersAsString());
            Map<String, Object> central = new HashMap<>(kafka);
            central.putAll(Map.of("loket.mode", "central", "loket.branch.code", "DINAS", "loket.branch.name",
                    "Dinas Kependudukan dan Pencatatan Sipil", "loket.queue.branches", "DINAS",
                    "loket.demo.applications", false, "loket.sync.central.demo-key", KEY,
                    "loket.sync.central.demo-branches", BRANCH + ":Kantor Pusat"));
            Map<String, Object> branch = new HashMap<>(kafka);
            branch.putAll(Map.of("loket.sync.poll-interval", "100ms", "loket.sync.initial-backoff", "200ms",
                    "loket.sync.max-backoff", "1s", "loket.sync.batch-size", 50));
            String centralDb = OfficeServers.freshDatabase("kafka_central");
            String branchDb = OfficeServers.freshDatabase("kafka_branch");

            // the central is down: the branch's events wait in the topic; the branch restarts half-way
            ConfigurableApplicationContext first = OfficeServers.start(branchDb, branch);
            work(first, 0, 8);
            first.close();
            try (ConfigurableApplicationContext server = OfficeServers.start(branchDb, branch);
                 ConfigurableApplicationContext centre = startLater(centralDb, central, server)) {
                JdbcTemplate atBranch = server.getBean(JdbcTemplate.class);
                JdbcTemplate atCentral = centre.getBean(JdbcTemplate.class);
                awaitUntil(() -> link(server).pending() == 0 && atCentral.queryForObject(
                        "SELECT COUNT(*) FROM sync_received WHERE branch_code = ?", Long.class, BRANCH)
                        .equals(atBranch.queryForObject("SELECT COUNT(*) FROM sync_outbox", Long.class)),
                        Duration.ofSeconds(120));
                assertCentralHoldsTheBranch(server, centre);
            }
        } finally {
            broker.destroy();
        }
    }

    /** The central started after the branch has worked on (its events wait in the topic meanwhile). */
    private static ConfigurableApplicationContext startLater(String centralDb, Map<String, Object> central,
                                                             ConfigurableApplicationContext branch) {
        work(branch, 8, 16);
        return OfficeServers.start(centralDb, central);
    }

    /**
     * Applications {@code from..to}: each made through kiosk, call and intake, then taken as far as its number
     * says (waiting at the SIAK check, past it, at signing, handed over), and a complaint for every other one.
     */
    static void work(ConfigurableApplicationContext server, int from, int to) {
        SecurityContextHolder.setContextHolderStrategy(server.getBean(SecurityContextHolderStrategy.class));
        Applications applications = server.getBean(Applications.class);
        Officers officers = server.getBean(Officers.class);
        ComplaintService complaints = server.getBean(ComplaintService.class);
        for (int n = from; n < to; n++) {
            int i = n;
            UUID id;
            switch (i % 4) {
                case 0 -> id = applications.registered();
                case 1 -> {
                    id = applications.registered();
                    applications.siakVerified(id);
                    applications.next(id, "loket");
                }
                case 2 -> id = applications.atSigning();
                default -> {
                    id = applications.atSigning();
                    applications.next(id, "tte");
                    applications.next(id, "ambil");
                }
            }
            assertThat(id).isNotNull();
            if (i % 2 == 0) {
                var number = officers.as("aduan", () -> complaints.file(new ComplaintService.Intake(
                        ComplaintChannel.TELEPON, false, "Ahmad Fauzi", "0812-3456-78" + (10 + i % 90), "3201012501900001",
                        "DATA_KK", "KK belum jadi setelah 3 minggu.", null, null)));
                var row = officers.as("aduan", () -> complaints.list(ComplaintService.Filter.ALL)).stream()
                        .filter(c -> c.number().equals(number.value())).findFirst().orElseThrow();
                officers.run("aduan", () -> complaints.assign(row.id(), row.version(), Division.DAFDUK, "cek data"));
            }
        }
    }

    /** As that server's Kepala Dinas: Vaadin's security holder is global, the last started context's. */
    private static OfficeDashboard asKadis(ConfigurableApplicationContext server, DashboardFilter filter) {
        SecurityContextHolder.setContextHolderStrategy(server.getBean(SecurityContextHolderStrategy.class));
        return server.getBean(Officers.class).as("kadis", () -> server.getBean(DashboardService.class).office(filter));
    }

    static BranchLink.Status link(ConfigurableApplicationContext server) {
        return server.getBean(BranchLink.class).status();
    }

    static void awaitUntil(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not reached within " + timeout);
            }
            Thread.sleep(200);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
