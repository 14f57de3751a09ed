package id.loket.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.dashboard.Spread;
import id.loket.workflow.StepFinished;
import id.loket.workflow.StepOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dashboards' arithmetic on hand-made histories, with exact expected values (ADR 008). */
class HistogramTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    void buckets_are_15_seconds_to_10_minutes_then_minutes_to_2_hours_then_quarter_hours_to_a_day() {
        assertThat(Histogram.bucket(0)).isEqualTo(15);
        assertThat(Histogram.bucket(1)).isEqualTo(15);
        assertThat(Histogram.bucket(15)).isEqualTo(15);
        assertThat(Histogram.bucket(16)).isEqualTo(30);
        assertThat(Histogram.bucket(300)).isEqualTo(300);
        assertThat(Histogram.bucket(301)).isEqualTo(315);
        assertThat(Histogram.bucket(600)).isEqualTo(600);
        assertThat(Histogram.bucket(601)).isEqualTo(660);
        assertThat(Histogram.bucket(7_200)).isEqualTo(7_200);
        assertThat(Histogram.bucket(7_201)).isEqualTo(8_100);
        assertThat(Histogram.bucket(86_400)).isEqualTo(86_400);
        assertThat(Histogram.bucket(86_401)).isEqualTo(Spread.BEYOND_SECONDS);
        assertThat(Histogram.bucket(9_000_000)).isEqualTo(Spread.BEYOND_SECONDS);
    }

    @Test
    void nearest_rank_percentiles_and_the_share_within_count_a_sample_on_the_standard_as_within() {
        Histogram h = new Histogram();
        for (long s : new long[] {60, 120, 180, 300, 301, 420, 600, 900, 1200, 3600}) {
            h.sample(s);
        }
        Spread spread = h.spread(5);
        assertThat(spread.count()).isEqualTo(10);
        assertThat(spread.p50Seconds()).isEqualTo(315); // 5th of 10: 301 s, in (300, 315]
        assertThat(spread.p90Seconds()).isEqualTo(1200); // 9th of 10
        assertThat(spread.shareWithin()).isEqualTo(0.4); // 60, 120, 180 and exactly 300
        assertThat(spread.standardMinutes()).isEqualTo(5);

        Histogram two = new Histogram().sample(30).sample(600);
        assertThat(two.percentile(0.5)).isEqualTo(30); // rank 1
        assertThat(two.percentile(0.9)).isEqualTo(600); // rank ceil(1.8) = 2
        assertThat(new Histogram().sample(7).spread(2)).isEqualTo(new Spread(1, 15, 15, 1.0, 2));
        assertThat(new Histogram().spread(3)).isEqualTo(Spread.empty(3));
    }

    @Test
    void a_card_sent_back_twice_gives_three_samples_of_its_step_and_two_returns() {
        UUID card = UUID.randomUUID();
        Instant t = at(2021, 3, 1, 9, 0);
        List<StepFinished> history = List.of(
                visit(card, "DATA_ENTRY", 4, t, 60, 100, StepOutcome.DONE, false),
                visit(card, "VERIFICATION", 5, t.plusSeconds(200), 10, 50, StepOutcome.RETURNED, false),
                visit(card, "DATA_ENTRY", 6, t.plusSeconds(300), 30, 200, StepOutcome.DONE, false),
                visit(card, "VERIFICATION", 7, t.plusSeconds(600), 10, 50, StepOutcome.RETURNED, false),
                visit(card, "DATA_ENTRY", 8, t.plusSeconds(700), 0, 250, StepOutcome.DONE, false));
        Aggregate a = aggregate(history);
        Histogram entry = a.duration(LocalDate.of(2021, 3, 1), "DATA_ENTRY", "*", Rollups.WORK);
        assertThat(entry.total()).isEqualTo(3);
        assertThat(entry.counts()).containsExactly(Map.entry(105, 1L), Map.entry(210, 1L), Map.entry(255, 1L));
        assertThat(entry.percentile(0.5)).isEqualTo(210);
        assertThat(a.duration(LocalDate.of(2021, 3, 1), "DATA_ENTRY", "BIRTH", Rollups.WORK).total()).isEqualTo(3);
        assertThat(a.counts.get(List.of(LocalDate.of(2021, 3, 1), "VERIFICATION", "*"))).containsExactly(0L, 2L);
        assertThat(a.counts.get(List.of(LocalDate.of(2021, 3, 1), "DATA_ENTRY", "*"))).containsExactly(3L, 0L);
    }

    @Test
    void a_step_over_midnight_is_dated_by_its_finish_day_with_its_clock_duration() {
        UUID card = UUID.randomUUID();
        Instant entered = at(2021, 3, 1, 23, 50);
        Aggregate a = aggregate(List.of(visit(card, "SIGNING", 6, entered, 300, 900, StepOutcome.DONE, false)));
        assertThat(a.duration(LocalDate.of(2021, 3, 1), "SIGNING", "*", Rollups.WORK).total()).isZero();
        Histogram work = a.duration(LocalDate.of(2021, 3, 2), "SIGNING", "*", Rollups.WORK);
        assertThat(work.counts()).containsExactly(Map.entry(900, 1L)); // 23:55 -> 00:10, 15 minutes of clock time
        assertThat(a.duration(LocalDate.of(2021, 3, 2), "SIGNING", "*", Rollups.WAIT).counts())
                .containsExactly(Map.entry(300, 1L));
        assertThat(work.spread(3).shareWithin()).isEqualTo(0.0);
    }

    @Test
    void lead_time_runs_from_the_ticket_to_the_handover_against_30_minutes() {
        Instant ticket = at(2021, 3, 1, 8, 0);
        StepFinished exactly = new StepFinished(UUID.randomUUID(), "CIBINONG", "BIRTH", "HANDOVER", 7,
                ticket.plusSeconds(1700), ticket.plusSeconds(1750), ticket.plusSeconds(1800), "ambil",
                StepOutcome.DONE, null, ticket, true);
        StepFinished late = new StepFinished(UUID.randomUUID(), "CIBINONG", "DEATH", "HANDOVER", 7,
                ticket.plusSeconds(1700), ticket.plusSeconds(1750), ticket.plusSeconds(1860), "ambil",
                StepOutcome.DONE, null, ticket, true);
        Aggregate a = aggregate(List.of(exactly, late));
        Histogram lead = a.duration(LocalDate.of(2021, 3, 1), Rollups.NO_STEP, "*", Rollups.LEAD);
        assertThat(lead.counts()).containsExactly(Map.entry(1800, 1L), Map.entry(1860, 1L));
        Spread spread = lead.spread(30);
        assertThat(spread.shareWithin()).isEqualTo(0.5);
        assertThat(spread.p50Seconds()).isEqualTo(1800);
        assertThat(spread.p90Seconds()).isEqualTo(1860);
        assertThat(a.duration(LocalDate.of(2021, 3, 1), Rollups.NO_STEP, "DEATH", Rollups.LEAD).counts())
                .containsExactly(Map.entry(1860, 1L));
    }

    @Test
    void the_queue_visit_is_an_arrival_in_the_hour_its_ticket_was_taken() {
        Instant ticket = at(2021, 3, 1, 8, 59);
        StepFinished queue = new StepFinished(UUID.randomUUID(), "CIBINONG", "BIRTH", "QUEUE", 1, ticket,
                ticket.plusSeconds(420), ticket.plusSeconds(420), "fo", StepOutcome.DONE, null, ticket, false);
        List<Object[]> arrivals = new ArrayList<>();
        Rollups.rows(queue, WIB, (table, row) -> {
            if (table == Rollups.Table.ARRIVAL_DAY) {
                arrivals.add(row);
            }
        });
        assertThat(arrivals).extracting(r -> List.of(r)).containsExactly(
                List.of(LocalDate.of(2021, 3, 1), "CIBINONG", "BIRTH", 8, 420, 1L),
                List.of(LocalDate.of(2021, 3, 1), "CIBINONG", "*", 8, 420, 1L));
    }

    // ---------------------------------------------------------------- helpers

    static Instant at(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, WIB).toInstant();
    }

    /** A visit entered at {@code entered}, claimed {@code waited} s later and finished {@code worked} s after that. */
    static StepFinished visit(UUID card, String step, int visitNo, Instant entered, long waited, long worked,
                              StepOutcome outcome, boolean completes) {
        return new StepFinished(card, "CIBINONG", "BIRTH", step, visitNo, entered, entered.plusSeconds(waited),
                entered.plusSeconds(waited + worked), "officer", outcome, outcome == StepOutcome.RETURNED ? "why" : null,
                entered.minusSeconds(3600), completes);
    }

    record Aggregate(Map<List<Object>, Histogram> durations, Map<List<Object>, List<Long>> counts) {

        Histogram duration(LocalDate day, String step, String type, String kind) {
            return durations.getOrDefault(List.of(day, step, type, kind), new Histogram());
        }
    }

    static Aggregate aggregate(List<StepFinished> events) {
        Map<List<Object>, Histogram> durations = new HashMap<>();
        Map<List<Object>, List<Long>> counts = new HashMap<>();
        for (StepFinished e : events) {
            Rollups.rows(e, WIB, (table, r) -> {
                if (table == Rollups.Table.DURATION_DAY) {
                    durations.computeIfAbsent(List.of(r[0], r[2], r[3], r[4]), k -> new Histogram())
                            .add((Integer) r[5], (Long) r[6]);
                } else if (table == Rollups.Table.COUNT_DAY) {
                    counts.merge(List.of(r[0], r[2], r[3]), List.of((Long) r[4], (Long) r[5]),
                            (x, y) -> List.of(x.get(0) + y.get(0), x.get(1) + y.get(1)));
                }
            });
        }
        return new Aggregate(durations, counts);
    }
}
