package id.loket.sync.internal.relay;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.sync.BranchLink;
import id.loket.sync.internal.Transport;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which link a server gets from its configuration: none on a central, a relay only with a central to send to. */
class RelayConfigTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(Outbox.class, () -> new Outbox(new JdbcTemplate()))
            .withUserConfiguration(RelayConfig.class);

    @Test
    void a_branch_without_a_central_url_is_not_enrolled_and_runs_no_relay() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(Transport.class);
            assertThat(context.getBean(BranchLink.class)).isNotInstanceOf(Relay.class);
            assertThat(context.getBean(RelayScheduler.class).isRunning()).isFalse();
        });
    }

    @Test
    void a_branch_with_a_central_url_relays_over_http() {
        runner.withPropertyValues("loket.sync.central-url=http://127.0.0.1:9/", "loket.sync.branch-key=k",
                "loket.sync.batch-size=200").run(context -> {
            assertThat(context).hasSingleBean(HttpTransport.class);
            assertThat(context.getBean(BranchLink.class)).isInstanceOf(Relay.class);
            assertThat(context.getBean(RelayProperties.class).batchSize()).isEqualTo(200);
            assertThat(context.getBean(RelayProperties.class).centralUrl()).isEqualTo("http://127.0.0.1:9");
        });
    }

    @Test
    void kafka_brings_its_own_transport_and_a_central_has_no_branch_link() {
        runner.withPropertyValues("loket.sync.central-url=http://127.0.0.1:9", "loket.sync.transport=kafka")
                .run(context -> assertThat(context).doesNotHaveBean(HttpTransport.class));
        runner.withPropertyValues("loket.mode=central", "loket.sync.central-url=http://127.0.0.1:9")
                .run(context -> assertThat(context).doesNotHaveBean(BranchLink.class)
                        .doesNotHaveBean(HttpTransport.class));
    }

    @Test
    void defaults_are_those_documented() {
        RelayProperties defaults = new RelayProperties(null, null, null, null, null, null, null, null, null, null);
        assertThat(defaults.batchSize()).isEqualTo(500);
        assertThat(defaults.transport()).isEqualTo("http");
        assertThat(defaults.initialBackoff()).hasSeconds(2);
        assertThat(defaults.maxBackoff()).hasMinutes(5);
        assertThat(defaults.keepSent()).hasDays(7);
        assertThat(defaults.enrolled()).isFalse();
    }
}
