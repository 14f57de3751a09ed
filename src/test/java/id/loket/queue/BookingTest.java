package id.loket.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.complaint.ComplaintService;
import id.loket.queue.QueueService.Receipt;
import id.loket.queue.QueueService.TicketRow;
import id.loket.queue.internal.Booking;
import id.loket.queue.internal.BookingDesk;
import id.loket.queue.internal.BookingRepository;
import id.loket.queue.internal.BookingRules;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Queue booking (issue 15) with fixed times: the desk takes the instant it runs at, so capacity, closed days and
 * the grace period are tested on chosen days and minutes, not on today's clock. Each test books its own day
 * or slot (the tests share one database).
 */
@LoketIntegrationTest
class BookingTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired BookingDesk desk;
    @Autowired BookingService booking;
    @Autowired BookingRepository bookings;
    @Autowired QueueService queue;
    @Autowired ComplaintService complaints;
    @Autowired Officers officers;

    /** An office day at least {@code after} days from today (weekends and the calendar's holidays skipped). */
    private LocalDate openDay(int after) {
        LocalDate day = LocalDate.now(WIB).plusDays(after);
        while (!complaints.isOfficeOpen(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(WIB).toInstant();
    }

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BookingInvalid.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void capacity_is_counters_times_slot_over_the_standard_minutes_of_steps_one_and_two() {
        assertThat(BookingRules.capacity(2, 30, 10)).isEqualTo(6);
        assertThat(BookingRules.capacity(3, 30, 7)).isEqualTo(12); // 90 / 7, rounded down
        assertThat(BookingRules.capacity(0, 30, 10)).isZero();
        assertThat(BookingRules.capacity(1, 30, 0)).isEqualTo(30); // a zero standard never divides by zero
    }

    @Test
    void a_full_slot_is_refused_on_the_slot_field_and_shown_full() {
        long version = officers.as("admin", () -> booking.counters()).stream()
                .filter(c -> c.branchCode().equals("PUSAT")).findFirst().orElseThrow().version();
        officers.run("admin", () -> booking.changeCounters("PUSAT", version, 1)); // 1 x 30 / (5 + 5) = 3
        try {
            assertThat(officers.as("admin", () -> booking.counters()).getFirst().slotCapacity()).isEqualTo(3);
            LocalDate day = openDay(3);
            Instant now = at(day, 7, 0);
            LocalTime nine = LocalTime.of(9, 0);
            for (int i = 0; i < 3; i++) {
                assertThat(desk.book("PUSAT", day, nine, "BIRTH", i == 0 ? "0812-3456-7890" : null, now).code())
                        .matches("[A-HJ-NP-Z2-9]{6}");
            }
            refused(() -> desk.book("PUSAT", day, nine, "BIRTH", null, now), "slot", "queue.booking.error.full");
            BookingDesk.Slot slot = desk.slots("PUSAT", day, now).stream().filter(s -> s.start().equals(nine))
                    .findFirst().orElseThrow();
            assertThat(slot.booked()).isEqualTo(3);
            assertThat(slot.open()).isFalse();
            // the half hour after is free; a bad phone, type or slot is refused on its own field
            assertThat(desk.book("PUSAT", day, LocalTime.of(9, 30), "BIRTH", null, now).code()).isNotBlank();
            refused(() -> desk.book("PUSAT", day, LocalTime.of(9, 30), "BIRTH", "12345", now), "phone",
                    "queue.booking.error.phone");
            refused(() -> desk.book("PUSAT", day, LocalTime.of(9, 30), "PASPOR", null, now), "type",
                    "queue.booking.error.type");
            refused(() -> desk.book("PUSAT", day, LocalTime.of(9, 15), "BIRTH", null, now), "slot",
                    "queue.booking.error.slot");
            refused(() -> desk.book("PUSAT", day, LocalTime.of(16, 0), "BIRTH", null, now), "slot",
                    "queue.booking.error.slot");
            refused(() -> desk.book("PUSAT", day, LocalTime.of(8, 0), "BIRTH", null, at(day, 8, 1)), "slot",
                    "queue.booking.error.slot-past");
        } finally {
            long now = officers.as("admin", () -> booking.counters()).getFirst().version();
            officers.run("admin", () -> booking.changeCounters("PUSAT", now, 2));
        }
    }

    @Test
    void weekends_holidays_past_and_distant_days_are_closed() {
        LocalDate saturday = LocalDate.now(WIB).plusDays(2);
        while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
            saturday = saturday.plusDays(1);
        }
        LocalDate sat = saturday;
        refused(() -> desk.slots("PUSAT", sat, at(sat, 7, 0)), "day", "queue.booking.error.closed");
        refused(() -> desk.book("PUSAT", sat.plusDays(1), LocalTime.of(9, 0), "BIRTH", null, at(sat, 7, 0)), "day",
                "queue.booking.error.closed");

        LocalDate day = openDay(6);
        assertThat(desk.slots("PUSAT", day, at(day, 7, 0))).hasSize(14); // 08:00 to 14:30
        officers.run("admin", () -> complaints.addHoliday(day, "Cuti bersama (uji booking)", "cuti_bersama"));
        try {
            refused(() -> desk.slots("PUSAT", day, at(day, 7, 0)), "day", "queue.booking.error.closed");
            refused(() -> desk.book("PUSAT", day, LocalTime.of(9, 0), "BIRTH", null, at(day, 7, 0)), "day",
                    "queue.booking.error.closed");
        } finally {
            officers.run("admin", () -> complaints.holidays().stream().filter(h -> h.date().equals(day))
                    .forEach(h -> complaints.removeHoliday(h.id())));
        }
        assertThat(desk.slots("PUSAT", day, at(day, 7, 0))).isNotEmpty();
        refused(() -> desk.slots("PUSAT", day, at(day.plusDays(1), 7, 0)), "day", "queue.booking.error.day-past");
        refused(() -> desk.slots("PUSAT", day, at(day.minusDays(15), 7, 0)), "day", "queue.booking.error.too-far");
        refused(() -> desk.slots("ATLANTIS", day, at(day, 7, 0)), "branch", "queue.error.branch");
    }

    @Test
    void a_booking_not_used_within_the_grace_period_is_released_and_frees_its_place() {
        LocalDate day = openDay(4);
        LocalTime ten = LocalTime.of(10, 0);
        String late = desk.book("PUSAT", day, ten, "BIRTH", null, at(day, 7, 0)).code();
        String absent = desk.book("PUSAT", day, ten, "BIRTH", null, at(day, 7, 0)).code();
        refused(() -> desk.checkIn("PUSAT", late, at(day, 8, 59)), "code", "queue.booking.error.too-early");
        assertThat(slotAtTen(day).booked()).isEqualTo(2);

        // 10:15 is still within the grace period; 10:16 is not
        desk.releaseExpired(at(day, 10, 15));
        assertThat(status(absent)).isEqualTo(Booking.Status.BOOKED);
        refused(() -> desk.checkIn("PUSAT", late, at(day, 10, 16)), "code", "queue.booking.error.expired");
        assertThat(status(late)).isEqualTo(Booking.Status.RELEASED); // the refusal released it (and kept that)
        assertThat(desk.releaseExpired(at(day, 10, 16))).isGreaterThanOrEqualTo(1);
        assertThat(status(absent)).isEqualTo(Booking.Status.RELEASED);
        assertThat(slotAtTen(day).booked()).isZero();
        refused(() -> desk.checkIn("PUSAT", absent, at(day, 10, 5)), "code", "queue.booking.error.expired");
        refused(() -> desk.checkIn("PUSAT", "NOSUCH", at(day, 10, 5)), "code", "queue.booking.error.unknown-code");
    }

    @Test
    void the_code_becomes_a_b_number_called_before_walk_ins_within_its_slot() {
        Queues.empty(queue, officers);
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, WIB);
        String code = ("T" + UUID.randomUUID().toString().replace("-", "")).substring(0, 6).toUpperCase(Locale.ROOT);
        // made directly: its slot is the half hour around the real clock (the call screen runs on it)
        bookings.save(new Booking("PUSAT", code, "BIRTH", today,
                LocalTime.ofInstant(now, WIB).truncatedTo(ChronoUnit.MINUTES), now.minusSeconds(300),
                now.plusSeconds(1500), null, now.minusSeconds(86_400)));

        Receipt walkIn = queue.take("PUSAT", "BIRTH");
        assertThatThrownBy(() -> booking.checkIn("PUSAT", code, "203.0.113.9"))
                .hasMessageStartingWith("queue.error.network"); // the kiosk's networks only
        Receipt booked = booking.checkIn("PUSAT", " " + code.toLowerCase(Locale.ROOT) + " ", "127.0.0.1");
        assertThat(booked.number()).matches("B-\\d{3}");
        Receipt laterWalkIn = queue.take("PUSAT", "BIRTH");
        refused(() -> booking.checkIn("PUSAT", code, "127.0.0.1"), "code", "queue.booking.error.used");

        officers.run("fo", () -> {
            TicketRow first = queue.callNext("Loket 1").orElseThrow();
            assertThat(first.number()).isEqualTo(booked.number());
            QueueService.CallRow shown = queue.recentCalls("PUSAT", 1).getFirst();
            assertThat(shown.number()).isEqualTo(booked.number());
            assertThat(shown.booked()).isTrue();
            queue.skip(first.id());
            TicketRow second = queue.callNext("Loket 1").orElseThrow();
            assertThat(second.number()).isEqualTo(walkIn.number());
            assertThat(queue.recentCalls("PUSAT", 1).getFirst().booked()).isFalse();
            queue.skip(second.id());
            assertThat(queue.callNext("Loket 1").orElseThrow().number()).isEqualTo(laterWalkIn.number());
        });
        assertThat(status(code)).isEqualTo(Booking.Status.CHECKED_IN);
    }

    private BookingDesk.Slot slotAtTen(LocalDate day) {
        List<BookingDesk.Slot> slots = desk.slots("PUSAT", day, at(day, 7, 0));
        return slots.stream().filter(s -> s.start().equals(LocalTime.of(10, 0))).findFirst().orElseThrow();
    }

    private Booking.Status status(String code) {
        return bookings.findAll().stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow().status();
    }
}
