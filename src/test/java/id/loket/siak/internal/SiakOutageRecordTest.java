package id.loket.siak.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.LoketIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SIAK outage periods (issue 14): the circuit breaker opening starts a row of siak_outage, its closing ends it, and
 * both reach the outbox as siak_outage events for the central.
 */
@LoketIntegrationTest
class SiakOutageRecordTest {

    @Autowired SiakSimulator simulator;
    @Autowired HttpSiakGateway gateway;
    @Autowired JdbcTemplate jdbc;

    private List<Map<String, Object>> outboxRows(long after) {
        return jdbc.queryForList("SELECT aggregate, payload FROM sync_outbox WHERE seq > ? AND type = 'siak_outage' "
                + "ORDER BY seq", after);
    }

    @Test
    void the_breaker_opening_and_closing_is_one_outage_period_sent_upstream() throws Exception {
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) FROM sync_outbox", Long.class);
        try {
            simulator.down();
            for (int i = 0; i < 10 && gateway.connected(); i++) {
                gateway.lookupByNik("3201014503900001");
            }
            assertThat(gateway.connected()).isFalse();
            List<Map<String, Object>> open = jdbc.queryForList(
                    "SELECT id, branch_code, started_at, ended_at FROM siak_outage WHERE ended_at IS NULL");
            assertThat(open).hasSize(1);
            assertThat(open.getFirst()).containsEntry("branch_code", "PUSAT");
            String id = open.getFirst().get("id").toString();
            assertThat(outboxRows(before)).singleElement().satisfies(r -> {
                assertThat(r.get("aggregate")).isEqualTo(id);
                assertThat(r.get("payload").toString()).contains("\"ended_at\":null");
            });

            simulator.up();
            for (int i = 0; i < 50 && !gateway.connected(); i++) {
                Thread.sleep(100); // the breaker's open wait (0.5 s in tests), then one trial call closes it
                gateway.lookupByNik("3201014503900001");
            }
            assertThat(gateway.connected()).isTrue();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM siak_outage WHERE id = ? AND ended_at IS NOT NULL",
                    Long.class, id)).isEqualTo(1);
            assertThat(outboxRows(before)).hasSize(2).last().satisfies(r -> {
                assertThat(r.get("aggregate")).isEqualTo(id);
                assertThat(r.get("payload").toString()).doesNotContain("\"ended_at\":null");
            });
        } finally {
            simulator.up();
            gateway.reset();
        }
    }
}
