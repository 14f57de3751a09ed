package id.loket.sync.internal.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.CurrentContextSecurity;
import id.loket.LoketApplication;
import id.loket.base.AuditService;
import id.loket.base.BranchTimeZone;
import id.loket.base.BusinessException;
import id.loket.base.LoketUser;
import id.loket.base.Roles;
import id.loket.catalog.CatalogService;
import id.loket.complaint.ComplaintAction;
import id.loket.complaint.ComplaintChannel;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.ComplaintService.BranchEscalation;
import id.loket.complaint.ComplaintStatus;
import id.loket.complaint.Division;
import id.loket.document.DocumentService;
import id.loket.document.internal.KkSerials;
import id.loket.document.internal.SerialBlockGranter;
import id.loket.document.internal.SerialBlocks;
import id.loket.sync.BranchDeliveries;
import id.loket.sync.Envelope;
import id.loket.sync.internal.BranchCredentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The way back of issue 14 with a real central and a real branch: this test's context is the central (mode central,
 * HTTP on a random port, its own database), a second application context started here is the enrolled branch
 * CIBINONG (its own database on the same MariaDB server) whose puller calls the central over loopback. The puller's
 * timer is off: the test pulls when it wants, so nothing depends on timing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "loket.mode=central",
        "loket.document.kk-serial-districts=320101,320102",
        "loket.document.kk-serial-block-size=100",
        "loket.document.kk-serial-grant-days=30",
        "loket.document.kk-serial-grant-initial-delay=10h"})
@ActiveProfiles("test")
@TestExecutionListeners(listeners = CurrentContextSecurity.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@TestMethodOrder(MethodOrderer.MethodName.class)
@Import(DownstreamFlowTest.Enrollment.class)
class DownstreamFlowTest {

    static final String BRANCH = "CIBINONG";
    static final String BRANCH_KEY = "cibinong-test-key-0123456789";
    static final String OTHER_BRANCH = "CILEUNGSI";

    /** Stand-ins for the central's enrollment (another part of issue 14): two enrolled branches with their keys. */
    @TestConfiguration
    static class Enrollment {

        @Bean
        @Primary
        BranchCredentials testBranchCredentials() {
            Map<String, String> keys = Map.of(BRANCH, BRANCH_KEY, OTHER_BRANCH, "cileungsi-test-key-9876543210");
            return (branch, key) -> key.equals(keys.get(branch)) ? Optional.of(branch) : Optional.empty();
        }

        @Bean
        @Primary
        BranchDeliveries testBranchDeliveries() {
            Map<String, Instant> enrolled = new HashMap<>();
            enrolled.put(BRANCH, null);
            enrolled.put(OTHER_BRANCH, null);
            return () -> enrolled;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext central;
    @Autowired
    Environment env;
    @Autowired
    JdbcTemplate centralJdbc;

    static ConfigurableApplicationContext branch;
    static boolean branchFailed;

    /** The branch server, started once for the class on its own fresh database. */
    ConfigurableApplicationContext branch() {
        if (branchFailed) {
            throw new IllegalStateException("the branch server did not start (see the first test that needed it)");
        }
        if (branch == null) {
            branchFailed = true;
            String url = env.getProperty("spring.datasource.url");
            String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            String server = base.substring(0, base.lastIndexOf('/') + 1);
            String database = base.substring(base.lastIndexOf('/') + 1) + "_branch_cib";
            centralJdbc.execute("DROP DATABASE IF EXISTS `" + database + "`");
            centralJdbc.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            branch = new SpringApplicationBuilder(LoketApplication.class).profiles("test").run(
                    // arguments, not default properties: those lose to the test profile's file
                    "--spring.datasource.url=" + server + database,
                    "--spring.datasource.username=" + env.getProperty("spring.datasource.username", "root"),
                    "--spring.datasource.password=" + env.getProperty("spring.datasource.password", ""),
                    "--server.port=0",
                    "--loket.mode=branch",
                    "--loket.branch.code=" + BRANCH,
                    "--loket.sync.central-url=http://127.0.0.1:" + port,
                    "--loket.sync.branch-key=" + BRANCH_KEY,
                    "--loket.sync.downstream.enabled=false",
                    // the demo accounts belong to PUSAT, which this server is not
                    "--loket.demo.enabled=false",
                    "--loket.bootstrap.admin-password=branch-admin-test",
                    "--loket.document.kk-serial-reserve-days=7");
            // back to the central's holder for the code that follows
            SecurityContextHolder.setContextHolderStrategy(central.getBean(SecurityContextHolderStrategy.class));
            branchFailed = false;
        }
        return branch;
    }

    @AfterAll
    static void stopBranch() {
        if (branch != null) {
            branch.close();
            branch = null;
        }
    }

    // ---------------------------------------------------------------- endpoint

    @Test
    void a_the_endpoint_answers_only_an_enrolled_branch_with_its_key() throws Exception {
        assertThat(get(BRANCH, BRANCH_KEY).statusCode()).isEqualTo(200);
        assertThat(get(BRANCH, BRANCH_KEY).body()).startsWith("{\"events\":[");
        HttpResponse<String> wrongKey = get(BRANCH, "not-the-key");
        assertThat(wrongKey.statusCode()).isEqualTo(401);
        assertThat(wrongKey.body()).isEmpty();
        assertThat(get(OTHER_BRANCH, BRANCH_KEY).statusCode()).as("another branch's key").isEqualTo(401);
        assertThat(get("NOWHERE", BRANCH_KEY).statusCode()).as("an unenrolled branch").isEqualTo(401);
        assertThat(get(null, null).statusCode()).as("no headers").isEqualTo(401);
    }

    HttpResponse<String> get(String branchCode, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + DownstreamController.PATH + "?after=0&limit=5"));
        if (branchCode != null) {
            request.header("X-Loket-Branch", branchCode).header("Authorization", "Bearer " + key);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    // ---------------------------------------------------------------- catalogue

    @Test
    void b_a_central_catalogue_change_reaches_the_branch_once_even_when_a_page_is_fetched_twice() {
        CatalogService centralCatalog = central.getBean(CatalogService.class);
        CatalogService.Step step = centralCatalog.catalog().step("DATA_ENTRY").orElseThrow();
        CatalogService.AppType birth = centralCatalog.catalog().type("BIRTH").orElseThrow();
        Set<String> birthDocuments = new HashSet<>(birth.documentCodes());
        birthDocuments.add("MARRIAGE_CERT_COPY");
        as(central, "admin", () -> {
            centralCatalog.changeStep("DATA_ENTRY", step.version(), new CatalogService.StepChange(step.name().id(),
                    step.name().en(), 17, 12, step.guardCode()));
            centralCatalog.changeRequiredDocuments("BIRTH", birth.version(), birthDocuments);
            return null;
        });
        assertThat(centralJdbc.queryForObject("SELECT COUNT(*) FROM sync_downstream WHERE type = 'catalog' "
                + "AND target_branch = '*'", Integer.class)).isEqualTo(2);

        ConfigurableApplicationContext b = branch();
        DownstreamPuller puller = b.getBean(DownstreamPuller.class);
        CatalogService branchCatalog = b.getBean(CatalogService.class);
        assertThat(branchCatalog.catalog().step("DATA_ENTRY").orElseThrow().standardMinutes()).isNotEqualTo(17);

        long cursor = b.getBean(DownstreamApplier.class).cursor();
        List<Envelope> page = puller.fetch(cursor);
        assertThat(page).extracting(Envelope::type).contains("catalog");
        int first = inBranch(() -> puller.applyAll(page));
        // the same page again (as after an answer lost on the way): nothing applied twice
        int again = inBranch(() -> puller.applyAll(puller.fetch(cursor)));
        assertThat(first).isEqualTo(page.size());
        assertThat(again).isZero();

        CatalogService.Step there = branchCatalog.catalog().step("DATA_ENTRY").orElseThrow();
        assertThat(there.standardMinutes()).isEqualTo(17);
        assertThat(there.wipLimit()).isEqualTo(12);
        assertThat(branchCatalog.catalog().type("BIRTH").orElseThrow().documentCodes())
                .containsExactlyInAnyOrderElementsOf(birthDocuments);
        List<Map<String, Object>> audit = b.getBean(JdbcTemplate.class).queryForList(
                "SELECT actor, action FROM audit_log WHERE entity_type = 'catalog-step' AND entity_id = 'DATA_ENTRY'");
        assertThat(audit).anySatisfy(row -> {
            assertThat(row.get("action")).isEqualTo("changed-by-central");
            assertThat(row.get("actor")).isEqualTo(DownstreamApplier.CENTRAL_ACTOR);
        });
        // the cursor moved past what was applied
        assertThat(b.getBean(DownstreamApplier.class).cursor()).isEqualTo(page.getLast().seq());

        // the central's database is the shared test database: the standard catalogue back for the tests after
        CatalogService.Step changed = centralCatalog.catalog().step("DATA_ENTRY").orElseThrow();
        CatalogService.AppType changedType = centralCatalog.catalog().type("BIRTH").orElseThrow();
        as(central, "admin", () -> {
            centralCatalog.changeStep("DATA_ENTRY", changed.version(), new CatalogService.StepChange(step.name().id(),
                    step.name().en(), step.standardMinutes(), step.wipLimit(), step.guardCode()));
            centralCatalog.changeRequiredDocuments("BIRTH", changedType.version(), birth.documentCodes());
            return null;
        });
    }

    // ---------------------------------------------------------------- complaint decision

    @Test
    void c_the_kepala_dinas_decision_at_the_central_is_applied_at_the_branch_as_his_action() {
        ConfigurableApplicationContext b = branch();
        ComplaintService atBranch = b.getBean(ComplaintService.class);
        LoketUser desk = branchUser("aduan.cib", Roles.COMPLAINT_DESK);
        LoketUser dafduk = branchUser("kabid.dafduk.cib", Roles.HEAD_DAFDUK);
        UUID id = as(b, desk, () -> {
            String number = atBranch.file(new ComplaintService.Intake(ComplaintChannel.TELEPON, false, "Siti Aminah",
                    "081234567890", null, "DATA_KK", "Nama ibu di KK salah, sudah dua kali diperbaiki.", null, null))
                    .value();
            UUID complaint = atBranch.list(new ComplaintService.Filter(null, null, null, null, false, number))
                    .getFirst().id();
            atBranch.assign(complaint, version(atBranch, complaint), Division.DAFDUK, null);
            return complaint;
        });
        as(b, dafduk, () -> {
            atBranch.followUp(id, version(atBranch, id), "Diperiksa dengan SIAK");
            atBranch.escalate(id, version(atBranch, id), "Perlu keputusan Kepala Dinas");
            return null;
        });
        replicate(b, id); // what the upstream relay does (another part of issue 14)

        ComplaintService atCentral = central.getBean(ComplaintService.class);
        BranchEscalation seen = as(central, "kadis", () -> escalation(atCentral, id));
        assertThat(seen.branchCode()).isEqualTo(BRANCH);
        assertThat(seen.sentToBranch()).isFalse();
        String answer = "Data ibu diperbaiki sesuai akta kelahiran; KK baru dapat diambil besok.";
        as(central, "kadis", () -> {
            atCentral.decideForBranch(id, seen.row().version(), ComplaintAction.RESOLVE, answer);
            return null;
        });
        // the replicated row is untouched: the decision is on its way, shown as sent to the branch
        assertThat(centralJdbc.queryForObject("SELECT status FROM complaint WHERE id = ?", String.class, id.toString()))
                .isEqualTo("ESCALATED");
        BranchEscalation sent = as(central, "kadis", () -> escalation(atCentral, id));
        assertThat(sent.sentToBranch()).isTrue();
        assertThat(sent.decisions()).singleElement().satisfies(d -> {
            assertThat(d.action()).isEqualTo(ComplaintAction.RESOLVE);
            assertThat(d.decidedBy()).isEqualTo("kadis");
        });
        assertThatThrownBy(() -> as(central, "kadis", () -> {
            atCentral.decideForBranch(id, seen.row().version(), ComplaintAction.FOLLOW_UP, "Lagi");
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageContaining("decision-pending");
        assertThat(centralJdbc.queryForList("SELECT action FROM audit_log WHERE entity_type = 'complaint' "
                + "AND entity_id = ?", String.class, id.toString())).contains("decision-sent-to-branch");
        // nothing for the other branch
        assertThat(centralJdbc.queryForObject("SELECT target_branch FROM sync_downstream WHERE type = "
                + "'complaint_decision' AND aggregate = ?", String.class, id.toString())).isEqualTo(BRANCH);

        DownstreamPuller puller = b.getBean(DownstreamPuller.class);
        DownstreamPuller.Pull pull = inBranch(puller::pullOnce);
        assertThat(pull.applied()).isPositive();
        assertThat(inBranch(puller::pullOnce).applied()).isZero();

        ComplaintService.ComplaintDetail detail = as(b, desk, () -> atBranch.detail(id));
        assertThat(detail.row().status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(detail.answer()).isEqualTo(answer);
        assertThat(detail.timeline().getLast().actor()).isEqualTo("kadis@pusat");
        assertThat(detail.timeline().getLast().action()).isEqualTo("RESOLVED");
        assertThat(b.getBean(JdbcTemplate.class).queryForList("SELECT actor FROM audit_log WHERE entity_type = "
                + "'complaint' AND entity_id = ? AND action = 'resolved'", String.class, id.toString()))
                .containsExactly("kadis@pusat");

        // the resolved row comes back up: no longer waiting for the Kepala Dinas at the central
        replicate(b, id);
        assertThat(as(central, "kadis", () -> atCentral.branchEscalations()))
                .noneMatch(e -> e.row().id().equals(id));
    }

    static BranchEscalation escalation(ComplaintService service, UUID id) {
        return service.branchEscalations().stream().filter(e -> e.row().id().equals(id)).findFirst().orElseThrow();
    }

    static long version(ComplaintService service, UUID id) {
        return service.detail(id).row().version();
    }

    /** Copies the complaint row (and its timeline) as the upstream replication leaves it at the central. */
    void replicate(ConfigurableApplicationContext from, UUID id) {
        JdbcTemplate source = from.getBean(JdbcTemplate.class);
        copy(source, "complaint", "id", id);
        copy(source, "complaint_event", "complaint_id", id);
    }

    void copy(JdbcTemplate source, String table, String key, UUID id) {
        for (Map<String, Object> row : source.queryForList("SELECT * FROM " + table + " WHERE " + key + " = ?",
                id.toString())) {
            List<String> columns = new ArrayList<>(row.keySet());
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON DUPLICATE KEY UPDATE "
                    + columns.stream().map(c -> c + " = VALUES(" + c + ")").collect(Collectors.joining(", "));
            centralJdbc.update(sql, columns.stream().map(row::get).toArray());
        }
    }

    // ---------------------------------------------------------------- KK serial blocks

    @Test
    void d_serial_blocks_are_disjoint_across_branches_and_the_branch_issues_from_its_own() {
        SerialBlockGranter granter = central.getBean(SerialBlockGranter.class);
        List<SerialBlocks.Block> granted = granter.grantAll();
        assertThat(granted).extracting(SerialBlocks.Block::branchCode).containsOnly(BRANCH, OTHER_BRANCH);
        assertThat(granted).hasSize(4); // two branches x two districts
        assertThat(granter.grantAll()).as("nothing more while the reserve is full").isEmpty();
        SerialBlocks centralBlocks = central.getBean(SerialBlocks.class);
        for (String district : List.of("320101", "320102")) {
            List<SerialBlocks.Block> all = centralBlocks.ofDistrict(district);
            for (SerialBlocks.Block a : all) {
                for (SerialBlocks.Block c : all) {
                    assertThat(a == c || a.last() < c.first() || c.last() < a.first())
                            .as("disjoint serials in " + district + ": " + a + " and " + c).isTrue();
                }
            }
            // the shared test database also holds blocks of branches other tests' centrals enrolled
            List<SerialBlocks.Block> blocks = all.stream()
                    .filter(x -> x.branchCode().equals(BRANCH) || x.branchCode().equals(OTHER_BRANCH)).toList();
            assertThat(blocks).hasSize(2);
            SerialBlocks.Block x = blocks.get(0);
            SerialBlocks.Block y = blocks.get(1);
            assertThat(x.branchCode()).isNotEqualTo(y.branchCode());
            assertThat(x.last() < y.first() || y.last() < x.first()).as("disjoint serials in " + district).isTrue();
        }

        ConfigurableApplicationContext b = branch();
        inBranch(() -> b.getBean(DownstreamPuller.class).pullOnce());
        SerialBlocks branchBlocks = b.getBean(SerialBlocks.class);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        SerialBlocks.Block mine = branchBlocks.covering(BRANCH, "320101", today).getFirst();
        SerialBlocks.Block theirs = centralBlocks.ofDistrict("320101").stream()
                .filter(x -> x.branchCode().equals(OTHER_BRANCH)).findFirst().orElseThrow();
        assertThat(branchBlocks.ofDistrict("320101")).as("only the branch's own blocks reach it").hasSize(1);
        assertThat(mine.validUntil()).isAfterOrEqualTo(today.plusDays(29));

        // three new families of the district today: serials from the block, in order, never the other branch's
        KkSerials serials = b.getBean(KkSerials.class);
        TransactionTemplate tx = new TransactionTemplate(b.getBean(PlatformTransactionManager.class));
        Set<String> taken = new HashSet<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            numbers.add(tx.execute(s -> serials.next("320101", today, taken::contains)));
            taken.add(numbers.getLast());
        }
        List<Integer> serialPart = numbers.stream().map(n -> Integer.parseInt(n.substring(12))).toList();
        assertThat(serialPart).allSatisfy(s -> {
            assertThat(s).isBetween(mine.first(), mine.last());
            assertThat(s < theirs.first() || s > theirs.last()).as("not the other branch's serial " + s).isTrue();
        });
        assertThat(new HashSet<>(serialPart)).hasSize(3);
        assertThat(numbers.getFirst()).startsWith("320101");
        // a district the central gave no block for: refused with a clear message, not a clashing number
        assertThatThrownBy(() -> tx.execute(s -> serials.next("320199", today, n -> false)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("serial-no-block");

        // the admin's reserve: full now; after days offline (the blocks end in 3 days) it warns
        DocumentService documents = b.getBean(DocumentService.class);
        LoketUser admin = branchUser("admin.cib", Roles.ADMIN);
        DocumentService.SerialReserve full = as(b, admin, documents::serialReserve);
        assertThat(full.fromCentral()).isTrue();
        assertThat(full.low()).isFalse();
        b.getBean(JdbcTemplate.class).update("UPDATE kk_serial_block SET valid_until = ? WHERE district = '320102'",
                today.plusDays(3));
        DocumentService.SerialReserve low = as(b, admin, documents::serialReserve);
        assertThat(low.low()).isTrue();
        assertThat(low.lowDistricts()).containsExactly("320102");

        // the central itself is not enrolled anywhere: it keeps its configured block, below the pool it hands out,
        // and never warns
        assertThat(as(central, "admin", () -> central.getBean(DocumentService.class).serialReserve().fromCentral()))
                .isFalse();
        String own = new TransactionTemplate(central.getBean(PlatformTransactionManager.class)).execute(s ->
                central.getBean(KkSerials.class).next("320101", today, n -> false));
        assertThat(Integer.parseInt(own.substring(12))).isLessThan(1001);
    }

    // ---------------------------------------------------------------- helpers

    static LoketUser branchUser(String username, String... roles) {
        return new LoketUser(UUID.nameUUIDFromBytes(username.getBytes()), username, "", true, true,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList(), username, BRANCH,
                BranchTimeZone.WIB, 0);
    }

    <T> T inBranch(Callable<T> work) {
        return as(branch(), (LoketUser) null, work);
    }

    <T> T as(ApplicationContext context, String username, Callable<T> work) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        return as(context, (LoketUser) user, work);
    }

    /** Runs the work in one context's security holder (each context has its own), as that officer or as no one. */
    <T> T as(ApplicationContext context, LoketUser user, Callable<T> work) {
        SecurityContextHolderStrategy strategy = context.getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(strategy);
        SecurityContext previous = strategy.getContext();
        SecurityContext signedIn = strategy.createEmptyContext();
        if (user != null) {
            signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                    user.getAuthorities()));
        }
        strategy.setContext(signedIn);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            strategy.setContext(previous);
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }
}
