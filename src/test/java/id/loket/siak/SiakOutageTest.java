package id.loket.siak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketApplication;
import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AuditService;
import id.loket.siak.internal.HttpSiakGateway;
import id.loket.siak.internal.LookupRunner;
import id.loket.siak.internal.SiakSimulator;
import id.loket.workflow.Applications;
import id.loket.workflow.CardBadges;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The outage of issue 5: SIAK goes down, officers keep asking, Loket is restarted (a second, fresh application
 * context on the same database stands in for the new process while the first one's retrier is stopped), SIAK
 * comes back, and every pending lookup completes exactly once. (Other test contexts alive in this JVM run their
 * retriers too and share the one simulator: more competing retriers, the same exactly-once outcome.)
 */
@LoketIntegrationTest
class SiakOutageTest {

    /** Members of two seeded families: what the officers type at the counter. */
    static final List<String> NIKS = List.of("3201014503900001", "3201011207870003", "3201020808800001",
            "3201025211840002");

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired SiakService siak;
    @Autowired AuditService audit;
    @Autowired SiakSimulator simulator;
    @Autowired HttpSiakGateway gateway;
    @Autowired LookupRunner runner;
    @Autowired List<CardBadges> badges;
    @Autowired JdbcTemplate jdbc;
    @Autowired Environment environment;

    @Test
    void lookups_asked_during_an_outage_survive_a_restart_and_complete_exactly_once_when_siak_is_back() throws Exception {
        ConfigurableApplicationContext restarted = null;
        try {
            simulator.down();
            List<UUID> ids = new ArrayList<>();
            for (String nik : NIKS) {
                UUID id = applications.registered();
                ids.add(id);
                SiakLookup lookup = officers.as("loket", () -> siak.requestLookup(id, nik));
                assertThat(lookup.status()).as(nik).isEqualTo(LookupStatus.PENDING);
            }
            // the officer is not stuck: the cards say "menunggu SIAK" and stay where the rules want them
            Map<UUID, String> shown = new java.util.HashMap<>();
            badges.forEach(p -> shown.putAll(p.badges(ids)));
            assertThat(ids).allSatisfy(id -> assertThat(shown.get(id)).isEqualTo("siak.badge.pending"));
            assertThatThrownBy(() -> applications.next(ids.getFirst(), "loket")).hasMessageStartingWith("siak.guard.pending");
            assertThat(officers.as("loket", () -> siak.status()).connected()).isFalse();

            // Loket goes down: its retrier stops for good, whatever it held in memory is gone
            runner.setPaused(true);
            int attemptsBefore = attempts(ids);

            // ... and a new Loket process starts on the same database, while SIAK is still down. (Both contexts
            // share this JVM: Vaadin installs its security-context strategy globally, so give ours back after.)
            SecurityContextHolderStrategy ours = SecurityContextHolder.getContextHolderStrategy();
            restarted = new SpringApplicationBuilder(LoketApplication.class).profiles("test")
                    .properties("server.port=0",
                            "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                            "spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                            "spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                            "loket.siak.base-url=" + simulator.baseUrl())
                    .run();
            SecurityContextHolder.setContextHolderStrategy(ours);
            SiakServiceTest.await(() -> attempts(ids) > attemptsBefore + ids.size());
            assertThat(statuses(ids)).containsOnly("PENDING");

            // SIAK is back: the new process completes every lookup
            simulator.up();
            SiakServiceTest.await(() -> statuses(ids).stream().allMatch("FOUND"::equals));

            for (int i = 0; i < ids.size(); i++) {
                UUID id = ids.get(i);
                SiakLookup done = officers.as("loket", () -> siak.lookup(id)).orElseThrow();
                assertThat(done.nik()).isEqualTo(NIKS.get(i));
                assertThat(done.family().members().getFirst().nik()).isEqualTo(NIKS.get(i));
                assertThat(done.attempts()).isGreaterThanOrEqualTo(2);
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM siak_lookup WHERE application_id = ?", Long.class, id))
                        .isOne();
                assertThat(officers.as("kadis", () -> audit.history("siak-lookup", id.toString())))
                        .extracting(AuditService.AuditRecord::action).filteredOn("completed"::equals).hasSize(1);
            }
            List<Integer> attemptsDone = ids.stream().map(id -> jdbc.queryForObject(
                    "SELECT attempts FROM siak_lookup WHERE application_id = ?", Integer.class, id)).toList();

            // the old process coming back to life and retrying finds nothing left to do
            runner.setPaused(false);
            runner.retryDue();
            assertThat(ids.stream().map(id -> jdbc.queryForObject(
                    "SELECT attempts FROM siak_lookup WHERE application_id = ?", Integer.class, id)).toList())
                    .isEqualTo(attemptsDone);
            assertThat(ids).allSatisfy(id -> assertThat(officers.as("kadis", () -> audit.history("siak-lookup",
                    id.toString()))).extracting(AuditService.AuditRecord::action).filteredOn("completed"::equals).hasSize(1));

            // and the officer carries on: cocok, next step
            officers.run("loket", () -> siak.decide(ids.getFirst(), SiakDecision.MATCH, null));
            applications.next(ids.getFirst(), "loket");
            assertThat(applications.card(ids.getFirst()).stepCode()).isEqualTo("DATA_ENTRY");
        } finally {
            if (restarted != null) {
                restarted.close();
            }
            simulator.up();
            gateway.reset();
            runner.setPaused(false);
        }
    }

    private int attempts(List<UUID> ids) {
        return ids.stream().mapToInt(id -> jdbc.queryForObject(
                "SELECT attempts FROM siak_lookup WHERE application_id = ?", Integer.class, id)).sum();
    }

    private List<String> statuses(List<UUID> ids) {
        return ids.stream().map(id -> jdbc.queryForObject(
                "SELECT status FROM siak_lookup WHERE application_id = ?", String.class, id)).toList();
    }
}
