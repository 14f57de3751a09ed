package id.loket.complaint.internal;

import id.loket.complaint.SlaState;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Working time between two instants: only inside each day's office hours (in the branch's time zone), never on a
 * closed weekday or a holiday, and never while the complaint waits on the citizen (pause intervals). Pure: the
 * calendar and the clock are handed in, so tests pin exact values.
 */
public final class SlaClock {

    /** Office hours of one weekday; {@code end} after {@code start}. */
    public record Window(LocalTime start, LocalTime end) {
        public Window {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("office hours must end after they start");
            }
        }
    }

    /** A stretch of stopped clock; {@code end == null} while it is still running. */
    public record Pause(Instant start, Instant end) {
    }

    private static final int MAX_DAYS = 3 * 366;

    private final Clock clock;
    private final ZoneId zone;
    private final Map<DayOfWeek, Window> hours;
    private final Set<LocalDate> holidays;
    private final double nearRatio;

    public SlaClock(Clock clock, ZoneId zone, Map<DayOfWeek, Window> hours, Set<LocalDate> holidays,
                    double nearRatio) {
        this.clock = clock;
        this.zone = zone;
        this.hours = hours.isEmpty() ? Map.of() : new EnumMap<>(hours);
        this.holidays = Set.copyOf(holidays);
        this.nearRatio = nearRatio;
    }

    /** Mon–Thu 08:00–16:00, Fri 08:00–16:30, closed at the weekend. */
    public static Map<DayOfWeek, Window> officeHours(LocalTime start, LocalTime endMonThu, LocalTime endFri) {
        Map<DayOfWeek, Window> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            map.put(d, new Window(start, endMonThu));
        }
        map.put(DayOfWeek.FRIDAY, new Window(start, endFri));
        return map;
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        return hours.containsKey(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** Working time in [from, to) outside the pauses; zero when {@code to} is not after {@code from}. */
    public Duration workingTime(Instant from, Instant to, List<Pause> pauses) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        List<Pause> closed = normalise(pauses, to);
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Optional<Instant[]> segment = segment(day, from, to);
            if (segment.isPresent()) {
                Instant s = segment.get()[0];
                Instant e = segment.get()[1];
                Duration d = Duration.between(s, e);
                for (Pause p : closed) {
                    d = d.minus(overlap(s, e, p.start(), p.end()));
                }
                total = total.plus(d);
            }
        }
        return total;
    }

    /**
     * The instant at which {@code budget} working time after {@code start} is used up, counting the pauses so far.
     * Empty while the clock is stopped (an open pause): the deadline moves until the citizen answers.
     */
    public Optional<Instant> deadline(Instant start, Duration budget, List<Pause> pauses) {
        if (pauses.stream().anyMatch(p -> p.end() == null)) {
            return Optional.empty();
        }
        List<Pause> closed = normalise(pauses, null);
        Duration left = budget;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            Window w = windowOf(day);
            if (w == null) {
                continue;
            }
            Instant s = max(start, day.atTime(w.start()).atZone(zone).toInstant());
            Instant e = day.atTime(w.end()).atZone(zone).toInstant();
            // walk the free parts of today's window, skipping pauses
            Instant cursor = s;
            for (Pause p : closed) {
                if (!p.end().isAfter(cursor) || !p.start().isBefore(e)) {
                    continue;
                }
                if (p.start().isAfter(cursor)) {
                    Duration free = Duration.between(cursor, p.start());
                    if (free.compareTo(left) >= 0) {
                        return Optional.of(cursor.plus(left));
                    }
                    left = left.minus(free);
                }
                cursor = max(cursor, p.end());
            }
            if (cursor.isBefore(e)) {
                Duration free = Duration.between(cursor, e);
                if (free.compareTo(left) >= 0) {
                    return Optional.of(cursor.plus(left));
                }
                left = left.minus(free);
            }
        }
        throw new IllegalStateException("no working time found within " + MAX_DAYS + " days");
    }

    /**
     * The close of office on the {@code days}-th working day after the day of {@code from} (LAPOR!'s "within
     * n hari kerja"): disposed on a Monday, 5 working days end at the close of the next Monday.
     */
    public Instant endOfWorkingDays(Instant from, int days) {
        LocalDate day = from.atZone(zone).toLocalDate();
        int counted = 0;
        for (int i = 0; i < MAX_DAYS; i++) {
            day = day.plusDays(1);
            if (isWorkingDay(day) && ++counted == days) {
                return day.atTime(hours.get(day.getDayOfWeek()).end()).atZone(zone).toInstant();
            }
        }
        throw new IllegalStateException("no working day found within " + MAX_DAYS + " days");
    }

    /**
     * Where a complaint stands against a target of {@code budget} working time from {@code start}: done at
     * {@code doneAt} (met or late), or measured until now (near once {@code nearRatio} of the budget is used).
     */
    public SlaState state(Instant start, Duration budget, List<Pause> pauses, Instant doneAt) {
        if (doneAt != null) {
            return workingTime(start, doneAt, pauses).compareTo(budget) <= 0 ? SlaState.MET : SlaState.LATE;
        }
        Duration used = workingTime(start, now(), pauses);
        if (used.compareTo(budget) >= 0) {
            return SlaState.OVERDUE;
        }
        return used.toMillis() >= budget.toMillis() * nearRatio ? SlaState.NEAR : SlaState.ON_TIME;
    }

    /** A fixed deadline (LAPOR!'s): the remaining working time decides "near", the same ratio of one working day. */
    public SlaState stateAgainstDeadline(Instant start, Instant deadline, Instant doneAt) {
        if (doneAt != null) {
            return doneAt.isAfter(deadline) ? SlaState.LATE : SlaState.MET;
        }
        Instant now = now();
        if (!now.isBefore(deadline)) {
            return SlaState.OVERDUE;
        }
        Duration total = workingTime(start, deadline, List.of());
        Duration used = workingTime(start, now, List.of());
        return used.toMillis() >= total.toMillis() * nearRatio ? SlaState.NEAR : SlaState.ON_TIME;
    }

    private Window windowOf(LocalDate day) {
        return isWorkingDay(day) ? hours.get(day.getDayOfWeek()) : null;
    }

    private Optional<Instant[]> segment(LocalDate day, Instant from, Instant to) {
        Window w = windowOf(day);
        if (w == null) {
            return Optional.empty();
        }
        Instant s = max(from, day.atTime(w.start()).atZone(zone).toInstant());
        Instant e = min(to, day.atTime(w.end()).atZone(zone).toInstant());
        return e.isAfter(s) ? Optional.of(new Instant[] {s, e}) : Optional.empty();
    }

    /** Sorted, merged, open pauses closed at {@code openEnd}, so overlaps are never subtracted twice. */
    private static List<Pause> normalise(List<Pause> pauses, Instant openEnd) {
        List<Pause> sorted = pauses.stream()
                .map(p -> p.end() == null ? new Pause(p.start(), openEnd) : p)
                .filter(p -> p.end() != null && p.end().isAfter(p.start()))
                .sorted(Comparator.comparing(Pause::start)).toList();
        List<Pause> merged = new ArrayList<>();
        for (Pause p : sorted) {
            if (!merged.isEmpty() && !p.start().isAfter(merged.getLast().end())) {
                Pause prev = merged.removeLast();
                merged.add(new Pause(prev.start(), max(prev.end(), p.end())));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    private static Duration overlap(Instant s1, Instant e1, Instant s2, Instant e2) {
        Instant s = max(s1, s2);
        Instant e = min(e1, e2);
        return e.isAfter(s) ? Duration.between(s, e) : Duration.ZERO;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
