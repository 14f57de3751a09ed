package id.loket.complaint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.complaint.SlaState;
import id.loket.complaint.internal.SlaClock.Pause;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Office hours Mon–Thu 08:00–16:00, Fri 08:00–16:30 WIB; 24 and 25 Dec 2026 are holidays (holidays.csv). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SlaClockTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25"));

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }

    private static SlaClock clockAt(String now) {
        return new SlaClock(Clock.fixed(wib(now), WIB), WIB,
                SlaClock.officeHours(LocalTime.of(8, 0), LocalTime.of(16, 0), LocalTime.of(16, 30)), HOLIDAYS, 0.75);
    }

    private final SlaClock sla = clockAt("2026-11-25T09:00");

    @Test
    void time_within_one_working_day_counts_in_full() {
        assertThat(sla.workingTime(wib("2026-11-25T09:00"), wib("2026-11-25T11:30"), List.of()))
                .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void the_weekend_does_not_count_and_friday_runs_until_half_past_four() {
        // Fri 15:00-16:30 = 90, Mon 08:00-09:00 = 60
        assertThat(sla.workingTime(wib("2026-11-27T15:00"), wib("2026-11-30T09:00"), List.of()))
                .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void time_outside_office_hours_does_not_count() {
        // received Saturday night: the clock starts Monday 08:00
        assertThat(sla.workingTime(wib("2026-11-28T21:00"), wib("2026-11-30T10:00"), List.of()))
                .isEqualTo(Duration.ofMinutes(120));
        assertThat(sla.workingTime(wib("2026-11-25T16:10"), wib("2026-11-26T07:50"), List.of()))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void public_holidays_do_not_count() {
        // Wed 23 Dec 15:00-16:00 = 60, Thu 24 and Fri 25 holidays, weekend, Mon 28 08:00-09:00 = 60
        assertThat(sla.workingTime(wib("2026-12-23T15:00"), wib("2026-12-28T09:00"), List.of()))
                .isEqualTo(Duration.ofMinutes(120));
    }

    @Test
    void time_waiting_on_the_citizen_is_paused() {
        // Wed 09:00-16:00 = 420 + Thu 08:00-12:00 = 240, minus the pause Wed 14:00-16:00 and Thu 08:00-10:00 = 240
        List<Pause> pauses = List.of(new Pause(wib("2026-11-25T14:00"), wib("2026-11-26T10:00")));
        assertThat(sla.workingTime(wib("2026-11-25T09:00"), wib("2026-11-26T12:00"), pauses))
                .isEqualTo(Duration.ofMinutes(420));
    }

    @Test
    void overlapping_pauses_are_not_subtracted_twice_and_an_open_pause_runs_until_the_end() {
        List<Pause> pauses = List.of(new Pause(wib("2026-11-25T10:00"), wib("2026-11-25T11:00")),
                new Pause(wib("2026-11-25T10:30"), wib("2026-11-25T11:30")),
                new Pause(wib("2026-11-25T13:00"), null));
        // 09:00-14:00 = 300, minus 10:00-11:30 = 90 and 13:00-14:00 = 60
        assertThat(sla.workingTime(wib("2026-11-25T09:00"), wib("2026-11-25T14:00"), pauses))
                .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void a_deadline_crosses_the_weekend() {
        // 2 hours from Fri 15:00: 90 minutes on Friday, 30 on Monday
        assertThat(sla.deadline(wib("2026-11-27T15:00"), Duration.ofHours(2), List.of()))
                .contains(wib("2026-11-30T08:30"));
    }

    @Test
    void a_deadline_skips_holidays_and_pauses() {
        // 4 hours from Wed 23 Dec 14:00: 14:00-15:00 = 60, paused 15:00-15:30, 15:30-16:00 = 30,
        // Thu/Fri holidays, weekend, the remaining 150 from Mon 28 Dec 08:00
        List<Pause> pauses = List.of(new Pause(wib("2026-12-23T15:00"), wib("2026-12-23T15:30")));
        assertThat(sla.deadline(wib("2026-12-23T14:00"), Duration.ofHours(4), pauses))
                .contains(wib("2026-12-28T10:30"));
    }

    @Test
    void a_deadline_received_before_office_hours_starts_at_opening() {
        assertThat(sla.deadline(wib("2026-11-25T06:45"), Duration.ofHours(1), List.of()))
                .contains(wib("2026-11-25T09:00"));
    }

    @Test
    void there_is_no_deadline_while_the_clock_is_paused() {
        assertThat(sla.deadline(wib("2026-11-25T09:00"), Duration.ofHours(2),
                List.of(new Pause(wib("2026-11-25T10:00"), null)))).isEmpty();
    }

    @Test
    void lapor_five_working_days_end_at_closing_time_of_the_fifth_working_day() {
        assertThat(sla.endOfWorkingDays(wib("2026-11-30T10:00"), 5)).isEqualTo(wib("2026-12-07T16:00"));
        // Wed 23 (1), Thu 24 and Fri 25 holidays, Mon 28 (2), Tue 29 (3), Wed 30 (4), Thu 31 (5)
        assertThat(sla.endOfWorkingDays(wib("2026-12-22T10:00"), 5)).isEqualTo(wib("2026-12-31T16:00"));
        // Sat 28 Nov counts from Monday; the fifth working day is a Friday, closing 16:30
        assertThat(sla.endOfWorkingDays(wib("2026-11-28T10:00"), 5)).isEqualTo(wib("2026-12-04T16:30"));
    }

    @Test
    void state_turns_near_at_three_quarters_and_overdue_at_the_target() {
        Instant received = wib("2026-11-25T08:00");
        Duration fourHours = Duration.ofHours(4);
        assertThat(clockAt("2026-11-25T10:59").state(received, fourHours, List.of(), null)).isEqualTo(SlaState.ON_TIME);
        assertThat(clockAt("2026-11-25T11:00").state(received, fourHours, List.of(), null)).isEqualTo(SlaState.NEAR);
        assertThat(clockAt("2026-11-25T12:00").state(received, fourHours, List.of(), null)).isEqualTo(SlaState.OVERDUE);
        // a pause of an hour keeps it on time at 11:30
        assertThat(clockAt("2026-11-25T11:30").state(received, fourHours,
                List.of(new Pause(wib("2026-11-25T09:00"), wib("2026-11-25T10:00"))), null)).isEqualTo(SlaState.ON_TIME);
        assertThat(sla.state(received, fourHours, List.of(), wib("2026-11-25T12:00"))).isEqualTo(SlaState.MET);
        assertThat(sla.state(received, fourHours, List.of(), wib("2026-11-25T12:01"))).isEqualTo(SlaState.LATE);
    }

    @Test
    void lapor_deadline_state_follows_the_fixed_deadline() {
        Instant received = wib("2026-11-30T10:00");
        Instant deadline = sla.endOfWorkingDays(received, 5);
        assertThat(clockAt("2026-12-01T10:00").stateAgainstDeadline(received, deadline, null)).isEqualTo(SlaState.ON_TIME);
        assertThat(clockAt("2026-12-07T09:00").stateAgainstDeadline(received, deadline, null)).isEqualTo(SlaState.NEAR);
        assertThat(clockAt("2026-12-07T16:00").stateAgainstDeadline(received, deadline, null)).isEqualTo(SlaState.OVERDUE);
        assertThat(sla.stateAgainstDeadline(received, deadline, wib("2026-12-07T15:59"))).isEqualTo(SlaState.MET);
    }
}
