package id.loket.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.dashboard.DashboardFilter;
import id.loket.dashboard.DashboardService;
import id.loket.dashboard.StepFigures;
import id.loket.workflow.Applications;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The cache of closed days' figures never shows stale figures: today stays live, a rebuild's new past is seen. */
@LoketIntegrationTest
class ClosedDaysTest {

    @Autowired DashboardService dashboards;
    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired ClosedDays closed;
    @Autowired JdbcTemplate jdbc;

    long finished(DashboardFilter filter) {
        return officers.as("kadis", () -> dashboards.office(filter)).steps().stream()
                .mapToLong(StepFigures::finished).sum();
    }

    @Test
    void a_range_with_today_changes_after_a_move_and_a_rebuilt_past_is_seen() {
        LocalDate today = closed.firstOpenDay();
        DashboardFilter month = new DashboardFilter(today.minusDays(30), today, null, null);
        DashboardFilter past = new DashboardFilter(today.minusDays(30), today.minusDays(1), null, null);
        UUID id = applications.registered("BIRTH", "Dewi Lestari");
        long before = finished(month);
        long pastBefore = finished(past);
        assertThat(closed.size()).as("the closed days are cached").isPositive();

        applications.siakVerified(id);
        applications.next(id, "loket"); // the SIAK check finished today
        long after = finished(month);
        assertThat(after).isEqualTo(before + 1);
        assertThat(finished(past)).isEqualTo(pastBefore);

        // the past rewritten behind the roll-ups' back (as a corrected history would be) and rebuilt: seen at once
        int moved = jdbc.update("""
                UPDATE step_history SET entered_at = entered_at - INTERVAL 3 DAY,
                       claimed_at = claimed_at - INTERVAL 3 DAY, finished_at = finished_at - INTERVAL 3 DAY
                 WHERE application_id = ? AND step_code = 'SIAK_CHECK'""", id);
        assertThat(moved).isEqualTo(1);
        assertThat(finished(past)).as("still the cached past until the rebuild").isEqualTo(pastBefore);
        dashboards.rebuildRollups();
        assertThat(finished(past)).isEqualTo(pastBefore + 1);
        assertThat(finished(month)).isEqualTo(after);
    }

    @Test
    void the_cache_is_bounded_in_entries_and_in_cells_and_forgets_on_clear() {
        ClosedDays cache = new ClosedDays(java.time.Clock.systemUTC(), 10, 1000);
        for (int i = 0; i < 60; i++) {
            int n = i;
            cache.get(java.util.List.of("q", n), () -> java.util.Map.of("k", new Histogram().add(15, n)));
        }
        assertThat(cache.size()).isEqualTo(10);
        java.util.Map<Integer, Histogram> big = new java.util.HashMap<>();
        for (int i = 0; i < 450; i++) {
            big.put(i, new Histogram().add(15, 1).add(30, 1));
        }
        cache.get(java.util.List.of("big", 1), () -> big); // 901 cells: the small ones make room
        assertThat(cache.size()).as("bounded in cells: the older small ones went first").isLessThanOrEqualTo(10);
        cache.get(java.util.List.of("big", 2), () -> big);
        assertThat(cache.size()).isEqualTo(1);
        cache.clear();
        assertThat(cache.size()).isZero();
        long[] computed = {0};
        cache.get(java.util.List.of("q", 1), () -> ++computed[0]);
        cache.get(java.util.List.of("q", 1), () -> ++computed[0]);
        assertThat(computed[0]).as("kept once computed").isEqualTo(1);
    }
}
