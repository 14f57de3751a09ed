package id.loket.dashboard.internal;

import id.loket.workflow.StepHistory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A database that had a step history before the roll-ups existed (or whose roll-ups were emptied) gets them built
 * once at start, before anyone works; afterwards the listener keeps them.
 */
@Component
@Order(0)
class RollupBootstrap implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final StepHistory history;
    private final Rollups rollups;

    RollupBootstrap(JdbcTemplate jdbc, StepHistory history, Rollups rollups) {
        this.jdbc = jdbc;
        this.history = history;
        this.rollups = rollups;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = !Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM dash_count_day)",
                Boolean.class));
        if (empty && history.anyFinished()) {
            rollups.rebuild();
        }
    }
}
