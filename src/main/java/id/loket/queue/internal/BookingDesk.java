package id.loket.queue.internal;

import id.loket.base.AccountService;
import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.base.DailySequences;
import id.loket.catalog.CatalogService;
import id.loket.complaint.ComplaintService;
import id.loket.queue.BookingInvalid;
import id.loket.queue.BookingMade;
import id.loket.queue.QueueService.Receipt;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booking rules at an explicit instant (the public {@code BookingService} passes the clock's now; tests pass
 * fixed times). Bookings of a branch and day are taken one after another behind that day's booking counter row,
 * so two citizens can never both get the last place of a slot.
 */
@Component
public class BookingDesk {

    /** Booked and checked-in bookings hold a place; released ones free it. */
    static final Set<Booking.Status> HOLDING = EnumSet.of(Booking.Status.BOOKED, Booking.Status.CHECKED_IN);
    private static final Pattern PHONE = Pattern.compile("(\\+62|62|0)8[0-9]{7,12}");
    /** No 0/O, 1/I/L: read aloud and typed at a kiosk without mistakes. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BookingRepository bookings;
    private final BranchCountersRepository counters;
    private final TicketRepository tickets;
    private final BookingRules rules;
    private final CatalogService catalog;
    private final AccountService accounts;
    private final ComplaintService calendar;
    private final DailySequences sequences;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final KioskGate gate;

    BookingDesk(BookingRepository bookings, BranchCountersRepository counters, TicketRepository tickets,
                BookingRules rules, CatalogService catalog, AccountService accounts, ComplaintService calendar,
                DailySequences sequences, AuditService audit, ApplicationEventPublisher events, KioskGate gate) {
        this.bookings = bookings;
        this.counters = counters;
        this.tickets = tickets;
        this.rules = rules;
        this.catalog = catalog;
        this.accounts = accounts;
        this.calendar = calendar;
        this.sequences = sequences;
        this.audit = audit;
        this.events = events;
        this.gate = gate;
    }

    public record Slot(LocalTime start, int capacity, long booked, boolean past) {
        public boolean open() {
            return !past && booked < capacity;
        }
    }

    public record Made(String code, String branchCode, String branchName, LocalDate day, LocalTime slot,
                       String typeCode, Instant slotStart) {
    }

    public int countersOpen(String branchCode) {
        return counters.findById(branchCode).map(BranchCounters::countersOpen).orElse(rules.defaultCounters());
    }

    /** The capacity of every slot of a branch: counters open x slot length / standard minutes of steps 1-2. */
    public int capacity(String branchCode) {
        List<CatalogService.Step> steps = catalog.catalog().steps();
        int intakeMinutes = steps.stream().limit(2).mapToInt(CatalogService.Step::standardMinutes).sum();
        return BookingRules.capacity(countersOpen(branchCode), rules.slotMinutes(), intakeMinutes);
    }

    /** The day's slots with their places, or a refusal on the day field (closed, past, too far ahead). */
    @Transactional(readOnly = true)
    public List<Slot> slots(String branchCode, LocalDate day, Instant now) {
        ZoneId zone = zone(branchCode);
        checkDay(day, now, zone);
        int capacity = capacity(branchCode);
        Map<LocalTime, Long> taken = bookings.findByBranchCodeAndDayAndStatusIn(branchCode, day, HOLDING).stream()
                .collect(Collectors.groupingBy(Booking::slotTime, Collectors.counting()));
        List<Slot> result = new ArrayList<>();
        for (LocalTime t : rules.slots()) {
            boolean past = !day.atTime(t).atZone(zone).toInstant().isAfter(now);
            result.add(new Slot(t, capacity, taken.getOrDefault(t, 0L), past));
        }
        return result;
    }

    @Transactional
    public Made book(String branchCode, LocalDate day, LocalTime slot, String typeCode, String phone, Instant now) {
        ZoneId zone = zone(branchCode);
        if (catalog.catalog().type(typeCode).isEmpty()) {
            throw new BookingInvalid("type", "queue.booking.error.type");
        }
        String cleanPhone = phone == null ? "" : phone.replaceAll("[\\s\\-.()]", "");
        if (!cleanPhone.isEmpty() && !PHONE.matcher(cleanPhone).matches()) {
            throw new BookingInvalid("phone", "queue.booking.error.phone");
        }
        checkDay(day, now, zone);
        if (slot == null || !rules.slots().contains(slot)) {
            throw new BookingInvalid("slot", "queue.booking.error.slot");
        }
        Instant start = day.atTime(slot).atZone(zone).toInstant();
        if (!start.isAfter(now)) {
            throw new BookingInvalid("slot", "queue.booking.error.slot-past");
        }
        // the day's booking counter row: bookings of a branch and day run one after another from here on
        sequences.next(branchCode, "booking", day);
        long taken = bookings.countByBranchCodeAndDayAndSlotTimeAndStatusIn(branchCode, day, slot, HOLDING);
        if (taken >= capacity(branchCode)) {
            throw new BookingInvalid("slot", "queue.booking.error.full", slot.toString());
        }
        String code = newCode();
        Booking booking = bookings.save(new Booking(branchCode, code, typeCode, day, slot, start,
                start.plusSeconds(rules.slotMinutes() * 60L), cleanPhone.isEmpty() ? null : cleanPhone, now));
        audit.record(branchCode, "booking", booking.id().toString(), "booked",
                code + ": " + day + " " + slot + ", type=" + typeCode);
        events.publishEvent(new BookingMade(booking.id(), branchCode, code, typeCode, day, slot, start, booking.phone()));
        return new Made(code, branchCode, branchName(branchCode), day, slot, typeCode, start);
    }

    /**
     * The kiosk turns a booking code into a queue number ({@code B-001}) served before walk-ins while its slot
     * runs. From {@code early} before the slot's start until {@code grace} after it; later the booking is released.
     */
    @Transactional(noRollbackFor = BusinessException.class)
    public Receipt checkIn(String branchCode, String code, Instant now) {
        String clean = code == null ? "" : code.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        Booking booking = clean.isEmpty() || clean.length() > 12 ? null : bookings.lockByCode(clean)
                .filter(b -> b.branchCode().equals(branchCode)).orElse(null);
        if (booking == null) {
            throw new BookingInvalid("code", "queue.booking.error.unknown-code");
        }
        if (booking.status() == Booking.Status.CHECKED_IN) {
            throw new BookingInvalid("code", "queue.booking.error.used");
        }
        if (booking.status() == Booking.Status.RELEASED) {
            throw new BookingInvalid("code", "queue.booking.error.expired");
        }
        if (now.isBefore(booking.slotStart().minus(rules.early()))) {
            throw new BookingInvalid("code", "queue.booking.error.too-early", booking.slotTime().toString());
        }
        if (now.isAfter(booking.slotStart().plus(rules.grace()))) {
            release(booking, now);
            throw new BookingInvalid("code", "queue.booking.error.expired");
        }
        ZoneId zone = zone(branchCode);
        LocalDate today = LocalDate.ofInstant(now, zone);
        AccountService.BranchRow branch = accounts.branch(branchCode)
                .orElseThrow(() -> new BusinessException("queue.error.branch"));
        CatalogService.Snapshot snapshot = catalog.catalog();
        CatalogService.AppType type = snapshot.type(booking.typeCode())
                .orElseThrow(() -> new BusinessException("queue.error.type"));
        // booked numbers have their own day counter, so the walk-ins' KK-001, KK-002 ... stay gap-free; the call
        // order among waiting tickets is their arrival (created_at), see TicketRepository.lockNextWaiting
        int seq = sequences.next(branchCode, "queue-booked-" + CatalogService.KK, today);
        // the walk-ins' counter row is what calls lock (QueueService.calledAt): it must exist once a ticket does
        sequences.ensure(branchCode, "queue-" + CatalogService.KK, today);
        String number = "B-%03d".formatted(seq);
        Ticket ticket = tickets.save(new Ticket(branchCode, CatalogService.KK, today, seq, number, booking.typeCode(), now)
                .booked(booking.slotStart(), booking.slotEnd()));
        booking.checkedIn(ticket.id(), now);
        audit.record(branchCode, "booking", booking.id().toString(), "checked-in", booking.code() + " -> " + number);
        long waiting = tickets.countByBranchCodeAndDayAndStatus(branchCode, today, id.loket.queue.TicketStatus.WAITING) - 1;
        return new Receipt(ticket.id(), number, type.name(),
                type.documents().stream().map(CatalogService.Document::name).toList(), now, branch.timeZone(),
                branch.name(), Math.max(0, waiting));
    }

    /** Releases every booking nobody came for within the grace period; returns how many. */
    @Transactional
    public int releaseExpired(Instant now) {
        List<Booking> expired = bookings.findByStatusAndSlotStartLessThan(Booking.Status.BOOKED, now.minus(rules.grace()));
        expired.forEach(b -> release(b, now));
        return expired.size();
    }

    private void release(Booking booking, Instant now) {
        booking.release(now);
        audit.record(booking.branchCode(), "booking", booking.id().toString(), "released",
                booking.code() + ": not used within " + rules.grace().toMinutes() + " min of " + booking.slotTime());
    }

    @Transactional
    public void changeCounters(String branchCode, long expectedVersion, Integer open) {
        if (!gate.branches().contains(branchCode)) {
            throw new BusinessException("queue.error.branch");
        }
        if (open == null || open < 0 || open > 100) {
            throw new BusinessException("queue.booking.error.counters");
        }
        BranchCounters row = counters.findById(branchCode).orElse(null);
        int before = row == null ? rules.defaultCounters() : row.countersOpen();
        if ((row == null ? 0 : row.version()) != expectedVersion) {
            throw new BusinessException("queue.error.settings-stale");
        }
        if (row == null) {
            counters.save(new BranchCounters(branchCode, open));
        } else {
            row.change(open);
        }
        counters.flush();
        audit.record(branchCode, "queue-setting", "counters-" + branchCode, "changed", before + " -> " + open);
    }

    public long countersVersion(String branchCode) {
        return counters.findById(branchCode).map(BranchCounters::version).orElse(0L);
    }

    private void checkDay(LocalDate day, Instant now, ZoneId zone) {
        if (day == null) {
            throw new BookingInvalid("day", "queue.booking.error.day");
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (day.isBefore(today)) {
            throw new BookingInvalid("day", "queue.booking.error.day-past");
        }
        if (day.isAfter(today.plusDays(rules.daysAhead()))) {
            throw new BookingInvalid("day", "queue.booking.error.too-far", rules.daysAhead());
        }
        if (!calendar.isOfficeOpen(day)) {
            throw new BookingInvalid("day", "queue.booking.error.closed");
        }
    }

    private ZoneId zone(String branchCode) {
        if (branchCode == null || !gate.branches().contains(branchCode)) {
            throw new BookingInvalid("branch", "queue.error.branch");
        }
        return accounts.branch(branchCode).map(b -> b.timeZone().zoneId())
                .orElseThrow(() -> new BookingInvalid("branch", "queue.error.branch"));
    }

    private String branchName(String branchCode) {
        return accounts.branch(branchCode).map(AccountService.BranchRow::name).orElse(branchCode);
    }

    private static String newCode() {
        char[] c = new char[6];
        for (int i = 0; i < c.length; i++) {
            c[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(c);
    }
}
