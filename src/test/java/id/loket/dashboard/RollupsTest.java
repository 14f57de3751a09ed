package id.loket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.BranchTimeZone;
import id.loket.catalog.CatalogService;
import id.loket.dashboard.internal.Histogram;
import id.loket.population.FamilyService;
import id.loket.queue.QueueService.TicketRow;
import id.loket.workflow.ApplicationStatus;
import id.loket.workflow.Applications;
import id.loket.workflow.CardRow;
import id.loket.workflow.WorkflowService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The roll-ups equal the raw step history, after real moves and after a rebuild (issue 13, ADR 008). */
@LoketIntegrationTest
class RollupsTest {

    static final Map<String, String> OFFICER = Map.of("SIAK_CHECK", "loket", "DATA_ENTRY", "operator",
            "VERIFICATION", "kasi", "SIGNING", "tte", "HANDOVER", "ambil");
    static final List<String> TYPES = List.of("BIRTH", "DEATH", "MOVE_IN", "NEW_FAMILY");
    static final String[] TABLES = {"dash_duration_day", "dash_duration_month", "dash_officer_day", "dash_count_day",
            "dash_arrival_day", "dash_arrival_month", "dash_duration_year", "dash_arrival_year"};

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired WorkflowService workflow;
    @Autowired FamilyService families;
    @Autowired CatalogService catalog;
    @Autowired DashboardService dashboards;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_rollups_equal_a_recomputation_from_the_raw_history_after_a_random_sequence_of_moves() {
        Random random = new Random(13);
        List<UUID> active = new ArrayList<>();
        int moves = 0;
        int returns = 0;
        while (moves < 240) {
            if (active.size() < 3 || random.nextInt(7) == 0) {
                String type = TYPES.get(random.nextInt(TYPES.size()));
                if (random.nextInt(6) == 0) {
                    TicketRow ticket = applications.calledTicket(type);
                    officers.run("fo", () -> workflow.completeIntake(new WorkflowService.IntakeForm(ticket.id(),
                            "Made Wirawan", Applications.NIK, "081234567890", type, Set.of())));
                } else {
                    active.add(applications.registered(type, "Dewi Lestari"));
                }
                moves += 2;
                continue;
            }
            UUID id = active.get(random.nextInt(active.size()));
            CardRow card = applications.card(id);
            String officer = OFFICER.get(card.stepCode());
            if (card.holder() == null && random.nextInt(3) == 0) {
                officers.run(officer, () -> workflow.claim(id, card.version()));
            }
            if ("DATA_ENTRY".equals(card.stepCode()) && random.nextInt(4) == 0) {
                officers.run(officer, () -> workflow.move(id, applications.card(id).version(), "SIAK_CHECK",
                        "NIK tidak cocok " + random.nextInt(2)));
                returns++;
            } else if ("VERIFICATION".equals(card.stepCode()) && random.nextInt(3) == 0) {
                officers.run(officer, () -> families.returnToEntry(id, "Alamat salah " + random.nextInt(2)));
                returns++;
            } else {
                if ("SIAK_CHECK".equals(card.stepCode())) {
                    applications.siakVerified(id);
                }
                applications.next(id, officer);
                if (applications.card(id).status() == ApplicationStatus.DONE) {
                    active.remove(id);
                }
            }
            moves++;
        }
        assertThat(returns).isGreaterThan(10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application WHERE status = 'DONE'", Long.class))
                .isGreaterThan(5);

        Map<String, Map<List<String>, List<Long>>> expected = recomputed();
        for (String table : TABLES) {
            assertThat(expected.get(table)).as(table).isNotEmpty();
            assertThat(rows(table)).as(table).isEqualTo(expected.get(table));
        }
    }

    @Test
    void a_rebuild_gives_the_same_rows_as_the_incremental_path_and_is_the_admins_or_the_systems() {
        UUID id = applications.registered("BIRTH", "Sri Wahyuni");
        applications.siakVerified(id);
        applications.next(id, "loket");
        officers.run("operator", () -> workflow.move(id, applications.card(id).version(), "SIAK_CHECK", "Ulang"));
        Map<String, Map<List<String>, List<Long>>> before = new HashMap<>();
        for (String table : TABLES) {
            before.put(table, rows(table));
        }
        assertThatThrownBy(() -> officers.run("kadis", dashboards::rebuildRollups))
                .isInstanceOf(AccessDeniedException.class);
        long replayed = dashboards.rebuildRollups(); // no signed-in user: the generator's way
        assertThat(replayed).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM step_history WHERE finished_at IS NOT NULL", Long.class));
        for (String table : TABLES) {
            assertThat(rows(table)).as(table).isEqualTo(before.get(table));
        }
        officers.run("admin", dashboards::rebuildRollups);
        for (String table : TABLES) {
            assertThat(rows(table)).as(table).isEqualTo(before.get(table));
        }
    }

    // ---------------------------------------------------------------- an independent recomputation

    private Map<List<String>, List<Long>> rows(String table) {
        Map<List<String>, List<Long>> result = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        jdbc.query("SELECT * FROM " + table, rs -> {
            int columns = rs.getMetaData().getColumnCount();
            List<String> key = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (int c = 1; c <= columns; c++) {
                String name = rs.getMetaData().getColumnLabel(c);
                if (name.equals("n") || name.endsWith("_n")) {
                    values.add(rs.getLong(c));
                } else {
                    key.add(rs.getString(c));
                }
            }
            result.put(key, values);
        });
        return result;
    }

    /** Every table's rows computed straight from step_history, without the roll-up code. */
    private Map<String, Map<List<String>, List<Long>>> recomputed() {
        Map<String, ZoneId> zones = new HashMap<>();
        jdbc.query("SELECT code, time_zone FROM branch",
                rs -> { zones.put(rs.getString(1), BranchTimeZone.valueOf(rs.getString(2)).zoneId()); });
        String last = catalog.catalog().steps().getLast().code();
        Map<String, Map<List<String>, List<Long>>> out = new HashMap<>();
        for (String table : TABLES) {
            out.put(table, new TreeMap<>(java.util.Comparator.comparing(Object::toString)));
        }
        jdbc.query("""
                SELECT h.branch_code, a.type_code, h.step_code, h.visit_no, h.entered_at, h.claimed_at, h.finished_at,
                       h.actor, h.outcome, f.entered_at AS started
                  FROM step_history h JOIN application a ON a.id = h.application_id
                  JOIN step_history f ON f.application_id = h.application_id AND f.visit_no = 1
                 WHERE h.finished_at IS NOT NULL""", rs -> {
            String branch = rs.getString(1);
            ZoneId zone = zones.getOrDefault(branch, ZoneId.of("Asia/Jakarta"));
            Instant entered = rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            Instant claimed = rs.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            Instant finished = rs.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            Instant started = rs.getObject(10, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            String step = rs.getString(3);
            boolean done = "DONE".equals(rs.getString(9));
            String day = LocalDate.ofInstant(finished, zone).toString();
            String month = LocalDate.ofInstant(finished, zone).withDayOfMonth(1).toString();
            String year = LocalDate.ofInstant(finished, zone).withDayOfYear(1).toString();
            String work = String.valueOf(Histogram.bucket(finished.getEpochSecond() - claimed.getEpochSecond()));
            String wait = String.valueOf(Histogram.bucket(claimed.getEpochSecond() - entered.getEpochSecond()));
            for (String type : List.of(rs.getString(2), "*")) {
                add(out, "dash_duration_day", List.of(day, branch, step, type, "WORK", work), 1, 0);
                add(out, "dash_duration_day", List.of(day, branch, step, type, "WAIT", wait), 1, 0);
                add(out, "dash_duration_month", List.of(month, branch, step, type, "WORK", work), 1, 0);
                add(out, "dash_duration_month", List.of(month, branch, step, type, "WAIT", wait), 1, 0);
                add(out, "dash_duration_year", List.of(year, branch, step, type, "WORK", work), 1, 0);
                add(out, "dash_duration_year", List.of(year, branch, step, type, "WAIT", wait), 1, 0);
                if (step.equals(last) && done) {
                    String lead = String.valueOf(Histogram.bucket(finished.getEpochSecond() - started.getEpochSecond()));
                    add(out, "dash_duration_day", List.of(day, branch, "*", type, "LEAD", lead), 1, 0);
                    add(out, "dash_duration_month", List.of(month, branch, "*", type, "LEAD", lead), 1, 0);
                    add(out, "dash_duration_year", List.of(year, branch, "*", type, "LEAD", lead), 1, 0);
                }
                if (rs.getString(8) != null) {
                    add(out, "dash_officer_day", List.of(day, branch, step, type, rs.getString(8), work), 1, 0);
                }
                add(out, "dash_count_day", List.of(day, branch, step, type), done ? 1 : 0, done ? 0 : 1);
                if (rs.getInt(4) == 1) {
                    LocalDateTime arrived = LocalDateTime.ofInstant(entered, zone);
                    add(out, "dash_arrival_day", List.of(arrived.toLocalDate().toString(), branch, type,
                            String.valueOf(arrived.getHour()), wait), 1, 0);
                    add(out, "dash_arrival_month", List.of(arrived.toLocalDate().withDayOfMonth(1).toString(), branch,
                            type, String.valueOf(arrived.getDayOfWeek().getValue() - 1),
                            String.valueOf(arrived.getHour()), wait), 1, 0);
                    add(out, "dash_arrival_year", List.of(arrived.toLocalDate().withDayOfYear(1).toString(), branch,
                            type, String.valueOf(arrived.getDayOfWeek().getValue() - 1),
                            String.valueOf(arrived.getHour()), wait), 1, 0);
                }
            }
        });
        return out;
    }

    private static void add(Map<String, Map<List<String>, List<Long>>> out, String table, List<String> key, long a,
                            long b) {
        boolean counts = table.equals("dash_count_day");
        out.get(table).merge(key, counts ? List.of(a, b) : List.of(a), (x, y) -> counts
                ? List.of(x.get(0) + y.get(0), x.get(1) + y.get(1)) : List.of(x.get(0) + y.get(0)));
    }
}
