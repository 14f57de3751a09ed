package id.loket.queue.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The booking rules from configuration ({@code loket.queue.booking.*}): which half hours may be booked, how far
 * ahead, how early before and how late after its start a booking may turn into a number. Pure, so the
 * arithmetic is tested with fixed times.
 */
@Component
public class BookingRules {

    private final LocalTime firstSlot;
    private final LocalTime lastSlot;
    private final int slotMinutes;
    private final int daysAhead;
    private final Duration grace;
    private final Duration early;
    private final int defaultCounters;

    public BookingRules(@Value("${loket.queue.booking.first-slot:08:00}") LocalTime firstSlot,
                        @Value("${loket.queue.booking.last-slot:14:30}") LocalTime lastSlot,
                        @Value("${loket.queue.booking.slot-minutes:30}") int slotMinutes,
                        @Value("${loket.queue.booking.days-ahead:14}") int daysAhead,
                        @Value("${loket.queue.booking.grace:15m}") Duration grace,
                        @Value("${loket.queue.booking.early:60m}") Duration early,
                        @Value("${loket.queue.booking.default-counters:2}") int defaultCounters) {
        this.firstSlot = firstSlot;
        this.lastSlot = lastSlot;
        this.slotMinutes = slotMinutes;
        this.daysAhead = daysAhead;
        this.grace = grace;
        this.early = early;
        this.defaultCounters = defaultCounters;
    }

    public int slotMinutes() { return slotMinutes; }
    public int daysAhead() { return daysAhead; }
    public Duration grace() { return grace; }
    public Duration early() { return early; }
    public int defaultCounters() { return defaultCounters; }

    /** The slots of a day, from the first to the last start. */
    public List<LocalTime> slots() {
        List<LocalTime> slots = new ArrayList<>();
        for (LocalTime t = firstSlot; !t.isAfter(lastSlot); t = t.plusMinutes(slotMinutes)) {
            slots.add(t);
            if (t.plusMinutes(slotMinutes).isBefore(t)) {
                break; // past midnight
            }
        }
        return slots;
    }

    /**
     * Citizens one slot can take: the counters open times the slot's minutes over the standard minutes of steps
     * 1-2 (queue and intake) from the catalogue, rounded down. 2 counters x 30 min / (5 + 5) min = 6.
     */
    public static int capacity(int countersOpen, int slotMinutes, int standardMinutesOfIntake) {
        if (countersOpen <= 0 || slotMinutes <= 0) {
            return 0;
        }
        return countersOpen * slotMinutes / Math.max(1, standardMinutesOfIntake);
    }
}
