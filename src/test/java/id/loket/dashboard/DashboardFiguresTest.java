package id.loket.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.BusinessException;
import id.loket.workflow.StepFinished;
import id.loket.workflow.StepOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures the dashboards show, from a hand-made history of branch CIBINONG in March 2021 (no real card is
 * there), fed through the roll-up listener as the workflow publishes it: exact percentiles, shares and lead times,
 * a card sent back twice, a step over midnight, a holiday with no sample. The rows are removed afterwards: they have
 * no raw history behind them.
 */
@LoketIntegrationTest
class DashboardFiguresTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final String BRANCH = "CIBINONG";
    static final LocalDate WED = LocalDate.of(2021, 3, 10);
    static final LocalDate HOLIDAY = LocalDate.of(2021, 3, 11); // Isra Mi'raj: the office is closed
    static final LocalDate FRI = LocalDate.of(2021, 3, 12);
    static final LocalDate SAT = LocalDate.of(2021, 3, 13);

    @Autowired ApplicationEventPublisher publisher;
    @Autowired PlatformTransactionManager transactions;
    @Autowired DashboardService dashboards;
    @Autowired Officers officers;
    @Autowired JdbcTemplate jdbc;
    @Autowired id.loket.dashboard.internal.ClosedDays closedDays;

    @BeforeEach
    void history() {
        clean();
        List<StepFinished> events = new ArrayList<>();
        // card A, Wednesday: queue 7 min, SIAK, data entry sent back twice from verification, 42 min in all
        UUID a = UUID.randomUUID();
        Instant ticketA = at(WED, 8, 0);
        events.add(visit(a, "BIRTH", "QUEUE", 1, ticketA, 420, 0, StepOutcome.DONE, ticketA, false));
        events.add(visit(a, "BIRTH", "INTAKE", 2, at(WED, 8, 7), 0, 300, StepOutcome.DONE, ticketA, false));
        events.add(visit(a, "BIRTH", "SIAK_CHECK", 3, at(WED, 8, 12), 120, 240, StepOutcome.DONE, ticketA, false));
        events.add(visit(a, "BIRTH", "DATA_ENTRY", 4, at(WED, 8, 18), 120, 300, StepOutcome.DONE, ticketA, false));
        events.add(visit(a, "BIRTH", "VERIFICATION", 5, at(WED, 8, 25), 60, 60, StepOutcome.RETURNED, ticketA, false));
        events.add(visit(a, "BIRTH", "DATA_ENTRY", 6, at(WED, 8, 27), 60, 120, StepOutcome.DONE, ticketA, false));
        events.add(visit(a, "BIRTH", "VERIFICATION", 7, at(WED, 8, 30), 60, 60, StepOutcome.RETURNED, ticketA, false));
        events.add(visit(a, "BIRTH", "DATA_ENTRY", 8, at(WED, 8, 32), 60, 60, StepOutcome.DONE, ticketA, false));
        events.add(visit(a, "BIRTH", "VERIFICATION", 9, at(WED, 8, 34), 60, 60, StepOutcome.DONE, ticketA, false));
        events.add(visit(a, "BIRTH", "SIGNING", 10, at(WED, 8, 36), 60, 120, StepOutcome.DONE, ticketA, false));
        events.add(visit(a, "BIRTH", "HANDOVER", 11, at(WED, 8, 39), 60, 120, StepOutcome.DONE, ticketA, true));
        // card B, Friday: queue 10 min, 28 min in all
        UUID b = UUID.randomUUID();
        Instant ticketB = at(FRI, 9, 0);
        events.add(visit(b, "DEATH", "QUEUE", 1, ticketB, 600, 0, StepOutcome.DONE, ticketB, false));
        events.add(visit(b, "DEATH", "INTAKE", 2, at(FRI, 9, 10), 0, 180, StepOutcome.DONE, ticketB, false));
        events.add(visit(b, "DEATH", "HANDOVER", 3, at(FRI, 9, 25), 60, 120, StepOutcome.DONE, ticketB, true));
        // card C: signed over midnight, Friday 23:50 -> Saturday 00:10
        UUID c = UUID.randomUUID();
        events.add(visit(c, "BIRTH", "SIGNING", 6, at(FRI, 23, 50), 300, 900, StepOutcome.DONE, at(FRI, 8, 0), false));
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.forEach(publisher::publishEvent));
    }

    @AfterEach
    void clean() {
        for (String table : List.of("dash_duration_day", "dash_officer_day", "dash_count_day", "dash_arrival_day")) {
            jdbc.update("DELETE FROM " + table + " WHERE branch_code = ? AND day < '2022-01-01'", BRANCH);
        }
        jdbc.update("DELETE FROM dash_duration_month WHERE branch_code = ? AND month < '2022-01-01'", BRANCH);
        jdbc.update("DELETE FROM dash_arrival_month WHERE branch_code = ? AND month < '2022-01-01'", BRANCH);
        jdbc.update("DELETE FROM dash_duration_year WHERE branch_code = ? AND year < '2022-01-01'", BRANCH);
        jdbc.update("DELETE FROM dash_arrival_year WHERE branch_code = ? AND year < '2022-01-01'", BRANCH);
        closedDays.clear(); // rows removed behind the roll-ups' back: the cached past figures go with them
    }

    @Test
    void lead_time_p50_p90_and_share_within_30_minutes() {
        OfficeDashboard office = officers.as("kadis", () -> dashboards.office(filter(WED, FRI)));
        // 28 and 42 minutes: nearest rank p50 is the first, p90 the second; one of two within 30
        assertThat(office.leadTime()).isEqualTo(new Spread(2, 1680, 2520, 0.5, 30));
        assertThat(office.branches()).singleElement().satisfies(b -> {
            assertThat(b.branchCode()).isEqualTo(BRANCH);
            assertThat(b.leadTime()).isEqualTo(office.leadTime());
            assertThat(b.shareWithinByStep().get("DATA_ENTRY")).isEqualTo(1.0);
        });
    }

    @Test
    void a_card_sent_back_twice_gives_three_samples_and_two_returns() {
        OfficeDashboard office = officers.as("kadis", () -> dashboards.office(filter(WED, FRI)));
        StepFigures entry = step(office, "DATA_ENTRY");
        assertThat(entry.working()).isEqualTo(new Spread(3, 120, 300, 1.0, 5)); // 60, 120, 300 s
        assertThat(entry.finished()).isEqualTo(3);
        StepFigures verification = step(office, "VERIFICATION");
        assertThat(verification.finished()).isEqualTo(3);
        assertThat(verification.returned()).isEqualTo(2);
        assertThat(office.flow().getLast().cumulativeDone()).containsEntry("DATA_ENTRY", 3L)
                .containsEntry("VERIFICATION", 1L).containsEntry("HANDOVER", 2L);
        assertThat(office.flow().getLast().cumulativeDone().keySet()).containsExactly("QUEUE", "INTAKE",
                "SIAK_CHECK", "DATA_ENTRY", "VERIFICATION", "SIGNING", "HANDOVER");
        SectionDashboard section = officers.as("kadis", () -> dashboards.section(filter(WED, FRI)));
        assertThat(section.officers()).filteredOn(o -> o.stepCode().equals("DATA_ENTRY")).singleElement()
                .satisfies(o -> {
                    assertThat(o.username()).isEqualTo("petugas.uji");
                    assertThat(o.working().count()).isEqualTo(3);
                });
    }

    @Test
    void a_step_over_midnight_counts_on_the_day_it_finished_with_its_clock_time() {
        StepFigures friday = step(officers.as("kadis", () -> dashboards.office(filter(FRI, FRI))), "SIGNING");
        assertThat(friday.working().count()).isZero();
        StepFigures saturday = step(officers.as("kadis", () -> dashboards.office(filter(SAT, SAT))), "SIGNING");
        assertThat(saturday.working()).isEqualTo(new Spread(1, 900, 900, 0.0, 3));
        assertThat(saturday.waiting()).isEqualTo(new Spread(1, 300, 300, 0.0, 3)); // 5 min against 3
    }

    @Test
    void a_holiday_without_samples_is_a_zero_point_of_the_trend() {
        List<TrendPoint> days = officers.as("kadis", () -> dashboards.trend(filter(WED, SAT), Granularity.DAY));
        assertThat(days).extracting(TrendPoint::start).containsExactly(WED, HOLIDAY, FRI, SAT);
        assertThat(days).extracting(TrendPoint::completed).containsExactly(1L, 0L, 1L, 0L);
        assertThat(days.get(1).leadTime()).isEqualTo(Spread.empty(30));
        assertThat(days.get(0).leadTime()).isEqualTo(new Spread(1, 2520, 2520, 0.0, 30));
        assertThat(days.get(2).leadTime()).isEqualTo(new Spread(1, 1680, 1680, 1.0, 30));
        OfficeDashboard office = officers.as("kadis", () -> dashboards.office(filter(WED, SAT)));
        assertThat(office.throughputByDay()).extracting(TrendPoint::completed).containsExactly(1L, 0L, 1L, 0L);
    }

    @Test
    void weeks_and_whole_months_add_up_to_the_same_figures_as_the_days() {
        List<TrendPoint> weeks = officers.as("kadis", () -> dashboards.trend(filter(WED, SAT), Granularity.WEEK));
        assertThat(weeks).singleElement().satisfies(w -> {
            assertThat(w.start()).isEqualTo(LocalDate.of(2021, 3, 8));
            assertThat(w.leadTime()).isEqualTo(new Spread(2, 1680, 2520, 0.5, 30));
        });
        List<TrendPoint> months = officers.as("kadis", () -> dashboards.trend(
                filter(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)), Granularity.MONTH));
        assertThat(months).hasSize(12);
        assertThat(months.get(2).start()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(months.get(2).leadTime()).isEqualTo(new Spread(2, 1680, 2520, 0.5, 30));
        assertThat(months).extracting(TrendPoint::completed).containsOnly(0L, 2L);
        // a range of whole months plus edge days reads the month table and the day table
        OfficeDashboard wide = officers.as("kadis", () -> dashboards.office(
                filter(LocalDate.of(2021, 2, 20), LocalDate.of(2021, 4, 3))));
        OfficeDashboard narrow = officers.as("kadis", () -> dashboards.office(filter(WED, SAT)));
        assertThat(wide.leadTime()).isEqualTo(narrow.leadTime());
        assertThat(wide.steps()).extracting(StepFigures::working).isEqualTo(
                narrow.steps().stream().map(StepFigures::working).toList());
        // the heat maps too: whole months from dash_arrival_month, edge days from dash_arrival_day
        assertThat(wide.arrivals().cells()).isDeepEqualTo(narrow.arrivals().cells());
        assertThat(wide.waiting().cells()).isDeepEqualTo(narrow.waiting().cells());
        assertThat(wide.arrivals().cells()[2][8]).isEqualTo(1L);
        // and a range of a whole year, whole months and edge days reads the year, month and day tables
        OfficeDashboard years = officers.as("kadis", () -> dashboards.office(
                filter(LocalDate.of(2020, 11, 20), LocalDate.of(2022, 1, 3))));
        assertThat(years.leadTime()).isEqualTo(narrow.leadTime());
        assertThat(years.steps()).extracting(StepFigures::working).isEqualTo(
                narrow.steps().stream().map(StepFigures::working).toList());
        assertThat(years.steps()).extracting(StepFigures::waiting).isEqualTo(
                narrow.steps().stream().map(StepFigures::waiting).toList());
        assertThat(years.arrivals().cells()).isDeepEqualTo(narrow.arrivals().cells());
        assertThat(years.waiting().cells()).isDeepEqualTo(narrow.waiting().cells());
        // beyond two years the throughput comes per month (what the view shows then), from the month rows
        OfficeDashboard long_ = officers.as("kadis", () -> dashboards.office(
                filter(LocalDate.of(2019, 1, 15), LocalDate.of(2021, 12, 31))));
        assertThat(long_.throughputByDay()).hasSize(36);
        assertThat(long_.throughputByDay().get(26).start()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(long_.throughputByDay().get(26).completed()).isEqualTo(2L);
        assertThat(long_.leadTime()).isEqualTo(narrow.leadTime());
    }

    @Test
    void arrivals_and_queue_waits_by_weekday_and_hour_and_the_bottleneck_named() {
        OfficeDashboard office = officers.as("kadis", () -> dashboards.office(filter(WED, FRI)));
        assertThat(office.arrivals().cells()[2][8]).isEqualTo(1L); // Wednesday 08:00
        assertThat(office.arrivals().cells()[4][9]).isEqualTo(1L); // Friday 09:00
        assertThat(office.arrivals().cells()[0][8]).isZero();
        assertThat(office.waiting().cells()[2][8]).isEqualTo(420L);
        assertThat(office.waiting().cells()[4][9]).isEqualTo(600L);
        assertThat(office.waiting().cells()[0][8]).isNull();
        assertThat(office.bottleneck().stepCode()).isEqualTo("QUEUE");
        assertThat(office.bottleneck().waiting().p50Seconds()).isEqualTo(420);
    }

    @Test
    void a_type_filter_reads_only_that_types_samples() {
        OfficeDashboard death = officers.as("kadis", () -> dashboards.office(filter(WED, FRI).withType("DEATH")));
        assertThat(death.leadTime()).isEqualTo(new Spread(1, 1680, 1680, 1.0, 30));
        assertThat(step(death, "DATA_ENTRY").working().count()).isZero();
    }

    @Test
    void a_bad_period_type_or_branch_is_refused_with_a_message() {
        assertThatThrownBy(() -> officers.as("kadis", () -> dashboards.office(filter(FRI, WED))))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("dashboard.error.period");
        assertThatThrownBy(() -> officers.as("kadis", () -> dashboards.office(filter(WED, FRI).withType("X"))))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("dashboard.error.type");
        assertThatThrownBy(() -> officers.as("kadis", () -> dashboards.office(filter(WED, FRI).withBranch("BOGOR"))))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("dashboard.error.branch");
    }

    // ---------------------------------------------------------------- helpers

    static DashboardFilter filter(LocalDate from, LocalDate to) {
        return new DashboardFilter(from, to, BRANCH, null);
    }

    static StepFigures step(OfficeDashboard office, String code) {
        return office.steps().stream().filter(s -> s.stepCode().equals(code)).findFirst().orElseThrow();
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day.atTime(hour, minute), WIB).toInstant();
    }

    static StepFinished visit(UUID card, String type, String step, int visitNo, Instant entered, long waited,
                              long worked, StepOutcome outcome, Instant ticket, boolean completes) {
        return new StepFinished(card, BRANCH, type, step, visitNo, entered, entered.plusSeconds(waited),
                entered.plusSeconds(waited + worked), "petugas.uji", outcome,
                outcome == StepOutcome.RETURNED ? "Data tidak lengkap" : null, ticket, completes);
    }
}
