package id.loket.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.catalog.CatalogService;
import id.loket.dashboard.DashboardService;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data generator's shape (issue 13.7) at a small scale: one branch, the first quarter of 2026 (New Year, Isra
 * Mikraj on a Friday, Imlek on a Tuesday, the Idulfitri days), a few thousand applications.
 */
@LoketIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryGeneratorTest {

    static final String BRANCH = "UJIGEN";
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate UNTIL = LocalDate.of(2026, 3, 31);

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired CatalogService catalog;
    @Autowired Officers officers;
    @Autowired DashboardService dashboards;

    HistoryGenerator.Result result;

    HistoryGenerator.Settings settings(String branch) {
        return HistoryGenerator.Settings.years(1, 4000, 7, Instant.parse("2026-12-02T03:00:00Z"))
                .withBranches(List.of(branch)).withDays(FROM, UNTIL);
    }

    HistoryGenerator generator() {
        return new HistoryGenerator(dataSource, officers.as("kadis", catalog::catalog), line -> { });
    }

    @BeforeAll
    void generate() throws Exception {
        result = generator().generate(settings(BRANCH));
    }

    @AfterAll
    void removeGenerated() {
        for (String branch : List.of(BRANCH, BRANCH + "2")) {
            jdbc.update("DELETE FROM step_history WHERE branch_code = ?", branch);
            jdbc.update("DELETE FROM application_document WHERE application_id IN "
                    + "(SELECT id FROM application WHERE branch_code = ?)", branch);
            jdbc.update("DELETE FROM application WHERE branch_code = ?", branch);
            jdbc.update("DELETE FROM ticket WHERE branch_code = ?", branch);
            jdbc.update("DELETE FROM daily_sequence WHERE branch_code = ?", branch);
            jdbc.update("DELETE FROM branch WHERE code = ?", branch);
        }
        dashboards.rebuildRollups(); // and out of the roll-ups
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void counts_agree_with_the_result_and_each_other() {
        assertThat(result.applications()).isBetween(3500L, 4500L);
        assertThat(count("SELECT COUNT(*) FROM application WHERE branch_code = ?", BRANCH)).isEqualTo(result.applications());
        assertThat(count("SELECT COUNT(*) FROM ticket WHERE branch_code = ?", BRANCH)).isEqualTo(result.tickets());
        assertThat(count("SELECT COUNT(*) FROM step_history WHERE branch_code = ?", BRANCH)).isEqualTo(result.stepRows());
        // every application has its visits 1..n, n being the application's current visit
        assertThat(count("SELECT SUM(visit_no) FROM application WHERE branch_code = ?", BRANCH)).isEqualTo(result.stepRows());
        assertThat(count("""
                SELECT COUNT(*) FROM application a JOIN (SELECT application_id, MIN(visit_no) lo, MAX(visit_no) hi,
                COUNT(*) n FROM step_history WHERE branch_code = ? GROUP BY application_id) v ON v.application_id = a.id
                WHERE v.lo <> 1 OR v.hi <> v.n OR a.visit_no <> v.hi""", BRANCH)).isZero();
        // a ticket per application, and the no-shows have none
        assertThat(count("SELECT COUNT(*) FROM application a JOIN ticket t ON t.id = a.ticket_id AND t.status = 'SERVED' "
                + "AND t.number = a.queue_number WHERE a.branch_code = ?", BRANCH)).isEqualTo(result.applications());
        long noShows = count("SELECT COUNT(*) FROM ticket WHERE branch_code = ? AND status = 'NO_SHOW'", BRANCH);
        assertThat(noShows).isEqualTo(result.tickets() - result.applications()).isPositive();
        // finished history: nothing left active, completed ones have a finish and a registration number
        assertThat(result.active()).isZero();
        assertThat(count("SELECT COUNT(*) FROM application WHERE branch_code = ? AND status = 'DONE' "
                + "AND finished_at IS NOT NULL AND registration_number IS NOT NULL", BRANCH)).isEqualTo(result.done());
        assertThat(count("SELECT COUNT(*) FROM application WHERE branch_code = ? AND status = 'RETURNED' "
                + "AND registration_number IS NULL AND current_step = 'INTAKE'", BRANCH))
                .isEqualTo(result.returnedAtIntake()).isPositive();
        assertThat(count("SELECT COUNT(DISTINCT registration_number) FROM application WHERE branch_code = ?", BRANCH))
                .isEqualTo(result.done());
        assertThat(count("SELECT COUNT(*) FROM application WHERE branch_code = ? AND registration_number NOT RLIKE "
                + "'^UJIGEN-2026[0-9]{4}-[0-9]{4}$'", BRANCH)).isZero();
        assertThat(count("SELECT COUNT(*) FROM (SELECT day, number FROM ticket WHERE branch_code = ? "
                + "GROUP BY day, number HAVING COUNT(*) > 1) d", BRANCH)).isZero();
    }

    @Test
    void steps_follow_the_catalogue_and_returns_go_back_with_a_reason() {
        Map<String, Integer> seq = new HashMap<>();
        officers.as("kadis", catalog::catalog).steps().forEach(s -> seq.put(s.code(), s.seq()));
        List<Map<String, Object>> pairs = jdbc.queryForList("""
                SELECT h.step_code AS from_step, n.step_code AS to_step, h.outcome, h.reason, COUNT(*) AS n
                FROM step_history h JOIN step_history n ON n.application_id = h.application_id AND n.visit_no = h.visit_no + 1
                WHERE h.branch_code = ? GROUP BY h.step_code, n.step_code, h.outcome, h.reason""", BRANCH);
        long returns = 0;
        for (Map<String, Object> p : pairs) {
            int from = seq.get((String) p.get("from_step"));
            int to = seq.get((String) p.get("to_step"));
            if ("DONE".equals(p.get("outcome"))) {
                assertThat(to).as("%s", p).isEqualTo(from + 1);
            } else {
                assertThat(p.get("outcome")).isEqualTo("RETURNED");
                assertThat(to).as("%s", p).isLessThan(from);
                assertThat((String) p.get("reason")).isNotBlank();
                returns += ((Number) p.get("n")).longValue();
            }
        }
        assertThat(returns).isEqualTo(result.reworks());
        // a few % of the registered applications are sent back
        assertThat(returns).isBetween(result.done() / 100, result.done() / 12);
        // every visit ends after it started, and the claim lies in between
        assertThat(count("SELECT COUNT(*) FROM step_history WHERE branch_code = ? AND NOT (entered_at <= claimed_at "
                + "AND claimed_at <= finished_at)", BRANCH)).isZero();
    }

    @Test
    void arrivals_follow_weekdays_hours_and_holidays() {
        Map<DayOfWeek, Long> perWeekday = new HashMap<>();
        jdbc.query("SELECT day, COUNT(*) FROM ticket WHERE branch_code = ? GROUP BY day", rs -> {
            perWeekday.merge(rs.getObject(1, LocalDate.class).getDayOfWeek(), rs.getLong(2), Long::sum);
        }, BRANCH);
        assertThat(perWeekday).doesNotContainKeys(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(perWeekday.get(DayOfWeek.MONDAY)).isGreaterThan(perWeekday.get(DayOfWeek.FRIDAY) * 3 / 2);
        // holidays in the window: New Year, Isra Mikraj (Fri 16 Jan), Imlek (Tue 17 Feb), Idulfitri (18-24 Mar)
        for (String holiday : List.of("2026-01-01", "2026-01-16", "2026-02-16", "2026-02-17", "2026-03-19", "2026-03-23")) {
            assertThat(count("SELECT COUNT(*) FROM ticket WHERE branch_code = ? AND day = ?", BRANCH, holiday))
                    .as(holiday).isZero();
        }
        assertThat(count("SELECT COUNT(*) FROM ticket WHERE branch_code = ? AND day = '2026-01-05'", BRANCH)).isPositive();
        // the morning peak (local 08-11 = UTC 01-04) against the afternoon (local 13-15)
        long morning = count("SELECT COUNT(*) FROM ticket WHERE branch_code = ? AND HOUR(created_at) BETWEEN 1 AND 3", BRANCH);
        long afternoon = count("SELECT COUNT(*) FROM ticket WHERE branch_code = ? AND HOUR(created_at) BETWEEN 6 AND 7", BRANCH);
        assertThat(morning).isGreaterThan(afternoon * 3);
        assertThat(count("SELECT COUNT(*) FROM ticket WHERE branch_code = ? AND (HOUR(created_at) < 0 OR HOUR(created_at) >= 8)",
                BRANCH)).isZero();
    }

    @Test
    void the_rebuilt_rollups_count_what_the_raw_rows_hold() {
        dashboards.rebuildRollups();
        long finishedVisits = count("SELECT COUNT(*) FROM step_history WHERE branch_code = ? AND finished_at IS NOT NULL",
                BRANCH);
        assertThat(finishedVisits).isEqualTo(result.stepRows());
        assertThat(count("SELECT SUM(done_n + returned_n) FROM dash_count_day WHERE branch_code = ? AND type_code = '*'",
                BRANCH)).isEqualTo(finishedVisits);
        assertThat(count("SELECT SUM(returned_n) FROM dash_count_day WHERE branch_code = ? AND type_code = '*' "
                + "AND step_code <> 'INTAKE'", BRANCH)).isEqualTo(result.reworks());
        assertThat(count("SELECT SUM(done_n + returned_n) FROM dash_count_day WHERE branch_code = ? AND type_code <> '*'",
                BRANCH)).isEqualTo(finishedVisits);
        for (String table : List.of("dash_duration_day", "dash_duration_month", "dash_duration_year")) {
            assertThat(count("SELECT SUM(n) FROM " + table + " WHERE branch_code = ? AND type_code = '*' AND kind = 'WORK'",
                    BRANCH)).as(table).isEqualTo(finishedVisits);
            assertThat(count("SELECT SUM(n) FROM " + table + " WHERE branch_code = ? AND type_code = '*' AND kind = 'WAIT'",
                    BRANCH)).as(table).isEqualTo(finishedVisits);
            assertThat(count("SELECT SUM(n) FROM " + table + " WHERE branch_code = ? AND type_code = '*' AND kind = 'LEAD'",
                    BRANCH)).as(table).isEqualTo(result.done());
        }
        assertThat(count("SELECT SUM(n) FROM dash_arrival_day WHERE branch_code = ? AND type_code = '*'", BRANCH))
                .isEqualTo(result.applications());
        assertThat(count("SELECT SUM(n) FROM dash_officer_day WHERE branch_code = ? AND type_code = '*'", BRANCH))
                .isEqualTo(finishedVisits);
    }

    @Test
    void the_same_seed_gives_the_same_history() throws Exception {
        HistoryGenerator.Result again = generator().generate(settings(BRANCH + "2"));
        assertThat(again).usingRecursiveComparison().ignoringFields("millis").isEqualTo(result);
        assertThat(jdbc.queryForList("SELECT CONCAT(step_code, entered_at, finished_at) FROM step_history "
                + "WHERE branch_code = ? ORDER BY entered_at, step_code, finished_at LIMIT 500", String.class, BRANCH + "2"))
                .isEqualTo(jdbc.queryForList("SELECT CONCAT(step_code, entered_at, finished_at) FROM step_history "
                        + "WHERE branch_code = ? ORDER BY entered_at, step_code, finished_at LIMIT 500", String.class, BRANCH));
    }

    @Test
    void a_second_run_over_the_same_days_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> generator().generate(settings(BRANCH)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already has queue tickets");
    }
}
