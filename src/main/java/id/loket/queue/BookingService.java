package id.loket.queue;

import id.loket.base.AccountService;
import id.loket.base.BusinessException;
import id.loket.base.RateLimiter;
import id.loket.base.Roles;
import id.loket.queue.QueueService.Receipt;
import id.loket.queue.internal.BookingDesk;
import id.loket.queue.internal.BookingRules;
import id.loket.queue.internal.KioskGate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Queue booking (issue 15): a citizen books a half-hour slot of a branch for an application type on a public page
 * and gets a code; the kiosk turns the code into a number served before walk-ins while its slot runs; a booking
 * nobody came for is released after the grace period. Capacity per slot: counters open x slot length / the
 * standard minutes of steps 1-2; closed on the days the complaint SLA calendar closes.
 */
@Service
public class BookingService {

    private final BookingDesk desk;
    private final BookingRules rules;
    private final KioskGate gate;
    private final AccountService accounts;
    private final Clock clock;
    private final RateLimiter bookingsPerAddress;

    BookingService(BookingDesk desk, BookingRules rules, KioskGate gate, AccountService accounts, Clock clock,
                   @Value("${loket.queue.booking.per-address-per-hour:10}") int perHour) {
        this.desk = desk;
        this.rules = rules;
        this.gate = gate;
        this.accounts = accounts;
        this.clock = clock;
        this.bookingsPerAddress = new RateLimiter(clock, perHour, Duration.ofHours(1));
    }

    public record SlotOffer(LocalTime start, int capacity, long booked, boolean open) {
    }

    public record Booked(String code, String branchName, LocalDate day, LocalTime slot, String typeCode) {
    }

    public record BranchCounters(String branchCode, String branchName, int countersOpen, int slotCapacity, long version) {
    }

    /** The branches one may book at (those this server runs), code -> name. */
    @PreAuthorize("permitAll()")
    public Map<String, String> branches() {
        Map<String, String> result = new LinkedHashMap<>();
        gate.branches().stream().sorted().forEach(code -> result.put(code,
                accounts.branch(code).map(AccountService.BranchRow::name).orElse(code)));
        return result;
    }

    @PreAuthorize("permitAll()")
    public int daysAhead() {
        return rules.daysAhead();
    }

    /** The day's slots and their free places; a closed, past or too distant day is refused on the day field. */
    @PreAuthorize("permitAll()")
    public List<SlotOffer> slots(String branchCode, LocalDate day) {
        return desk.slots(branchCode, day, Instant.now(clock)).stream()
                .map(s -> new SlotOffer(s.start(), s.capacity(), s.booked(), s.open())).toList();
    }

    /** Books a slot; the phone is optional (for the notice). A broken field is refused with {@link BookingInvalid}. */
    @PreAuthorize("permitAll()")
    public Booked book(String branchCode, LocalDate day, LocalTime slot, String typeCode, String phone,
                       String clientAddress) {
        if (clientAddress != null && !bookingsPerAddress.tryAcquire(clientAddress)) {
            throw new BusinessException("queue.booking.error.too-many");
        }
        BookingDesk.Made made = desk.book(branchCode, day, slot, typeCode, phone, Instant.now(clock));
        return new Booked(made.code(), made.branchName(), made.day(), made.slot(), made.typeCode());
    }

    /** The kiosk: "Punya kode booking?" -> a queue number (B-001) for the branch, from the office's networks only. */
    @PreAuthorize("permitAll()")
    public Receipt checkIn(String branchCode, String code, String clientAddress) {
        gate.check(branchCode, clientAddress);
        gate.countTicket(clientAddress);
        return desk.checkIn(branchCode, code, Instant.now(clock));
    }

    /** Every minute: bookings nobody turned into a number within the grace period free their place. */
    @Scheduled(fixedDelayString = "${loket.queue.booking.release-interval:60s}",
            initialDelayString = "${loket.queue.booking.release-interval:60s}")
    public void releaseExpired() {
        desk.releaseExpired(Instant.now(clock));
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<BranchCounters> counters() {
        return branches().entrySet().stream().map(e -> new BranchCounters(e.getKey(), e.getValue(),
                desk.countersOpen(e.getKey()), desk.capacity(e.getKey()), desk.countersVersion(e.getKey()))).toList();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public void changeCounters(String branchCode, long expectedVersion, Integer countersOpen) {
        desk.changeCounters(branchCode, expectedVersion, countersOpen);
    }
}
