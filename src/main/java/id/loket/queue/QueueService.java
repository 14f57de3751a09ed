package id.loket.queue;

import id.loket.base.AccountService;
import id.loket.base.AuditService;
import id.loket.base.BranchTimeZone;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.DailySequences;
import id.loket.base.Localized;
import id.loket.base.LoketUser;
import id.loket.base.Roles;
import id.loket.catalog.CatalogService;
import id.loket.queue.internal.KioskGate;
import id.loket.queue.internal.Ticket;
import id.loket.queue.internal.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Step 1 of the service: the applicant takes a number at the kiosk; front-office officers call it. */
@Service
public class QueueService {

    private final TicketRepository tickets;
    private final CatalogService catalog;
    private final AccountService accounts;
    private final DailySequences sequences;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final KioskGate kioskGate;

    QueueService(TicketRepository tickets, CatalogService catalog, AccountService accounts, DailySequences sequences,
                 AuditService audit, ApplicationEventPublisher events, Clock clock, KioskGate kioskGate) {
        this.kioskGate = kioskGate;
        this.tickets = tickets;
        this.catalog = catalog;
        this.accounts = accounts;
        this.sequences = sequences;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public record Receipt(UUID id, String number, Localized typeName, List<Localized> documents, Instant takenAt,
                          BranchTimeZone timeZone, String branchName, long waitingBefore) {
    }

    public record TicketRow(UUID id, String branchCode, String number, String typeCode, TicketStatus status,
                            String counter, int callCount, Instant createdAt, Instant calledAt, String calledBy) {
    }

    /** {@code booked}: the number came from a queue booking (the TV shows it apart from walk-ins). */
    public record CallRow(String number, String counter, Instant calledAt, boolean booked) {
    }

    private TicketRow row(Ticket t) {
        return new TicketRow(t.id(), t.branchCode(), t.number(), t.typeCode(), t.status(), t.counter(), t.callCount(),
                t.createdAt(), t.calledAt(), t.calledBy());
    }

    private LocalDate today(BranchTimeZone zone) {
        return LocalDate.now(clock.withZone(zone.zoneId()));
    }

    /** A number taken inside the server (demo data, tests): no browser, so no network or per-address limit. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Receipt take(String branchCode, String typeCode) {
        return take(branchCode, typeCode, null);
    }

    /**
     * The kiosk: anyone on the office's networks may take a number for a branch this server runs, up to the
     * per-address limit; the ticket lists the documents to have ready.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Receipt take(String branchCode, String typeCode, String clientAddress) {
        kioskGate.check(branchCode, clientAddress);
        AccountService.BranchRow branch = accounts.branch(branchCode)
                .orElseThrow(() -> new BusinessException("queue.error.branch"));
        CatalogService.Snapshot snapshot = catalog.catalog();
        CatalogService.AppType type = snapshot.type(typeCode)
                .orElseThrow(() -> new BusinessException("queue.error.type"));
        kioskGate.countTicket(clientAddress);
        LocalDate day = today(branch.timeZone());
        int seq = sequences.next(branchCode, "queue-" + CatalogService.KK, day);
        String number = "%s-%03d".formatted(snapshot.queuePrefix(), seq);
        Ticket ticket = tickets.save(new Ticket(branchCode, CatalogService.KK, day, seq, number, typeCode, Instant.now(clock)));
        long waiting = tickets.countByBranchCodeAndDayAndStatus(branchCode, day, TicketStatus.WAITING) - 1;
        return new Receipt(ticket.id(), number, type.name(),
                type.documents().stream().map(CatalogService.Document::name).toList(), ticket.createdAt(),
                branch.timeZone(), branch.name(), Math.max(0, waiting));
    }

    /** Whether the kiosk or the TV display may open for this branch from this address; refuses with the reason. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public void checkPublicAccess(String branchCode, String clientAddress) {
        kioskGate.check(branchCode, clientAddress);
    }

    @PreAuthorize("hasRole('" + Roles.FRONT_OFFICE + "')")
    @Transactional(readOnly = true)
    public List<TicketRow> waiting() {
        LoketUser user = CurrentUser.require();
        return tickets.findByBranchCodeAndDayAndStatusOrderBySeqAsc(user.branchCode(), today(user.timeZone()),
                TicketStatus.WAITING).stream().map(this::row).toList();
    }

    /** Tickets called today and not yet served or skipped: the officer's current applicants. */
    @PreAuthorize("hasRole('" + Roles.FRONT_OFFICE + "')")
    @Transactional(readOnly = true)
    public List<TicketRow> called() {
        LoketUser user = CurrentUser.require();
        return tickets.findByBranchCodeAndDayAndStatusOrderBySeqAsc(user.branchCode(), today(user.timeZone()),
                TicketStatus.CALLED).stream().map(this::row).toList();
    }

    /** Today's numbers closed as "tidak hadir": a citizen who stepped out and is back is called from here. */
    @PreAuthorize("hasRole('" + Roles.FRONT_OFFICE + "')")
    @Transactional(readOnly = true)
    public List<TicketRow> noShows() {
        LoketUser user = CurrentUser.require();
        return tickets.findByBranchCodeAndDayAndStatusOrderBySeqAsc(user.branchCode(), today(user.timeZone()),
                TicketStatus.NO_SHOW).stream().map(this::row).toList();
    }

    @PreAuthorize("hasRole('" + Roles.FRONT_OFFICE + "')")
    @Transactional
    public Optional<TicketRow> callNext(String counter) {
        LoketUser user = CurrentUser.require();
        String desk = checkCounter(counter);
        LocalDate day = today(user.timeZone());
        List<Ticket> previous = calledAt(user.branchCode(), day, desk);
        return tickets.lockNextWaiting(user.branchCode(), day, Instant.now(clock)).map(t -> {
            close(previous, t, desk);
            t.call(desk, user.getUsername(), Instant.now(clock));
            announce(t, "called");
            return row(t);
        });
    }

    /**
     * Calls a chosen number out of order: a waiting one, or one marked "tidak hadir" today (the citizen had
     * stepped out and is back). Audited as an out-of-order call.
     */
    @PreAuthorize("hasRole('" + Roles.FRONT_OFFICE + "')")
    @Transactional
    public TicketRow callChosen(UUID ticketId, String counter) {
        LoketUser user = CurrentUser.require();
        String desk = checkCounter(counter);
        Ticket t = tickets.findById(ticketId)
                .filter(x -> x.branchCode().equals(user.branchCode()) && x.day().equals(today(user.timeZone())))
                .orElseThrow(() -> new BusinessException("queue.error.not-found"));
        if (t.status() != TicketStatus.WAITING && t.status() != TicketStatus.NO_SHOW) {
            throw new BusinessException("queue.error.not-waiting", t.number());
        }
        close(calledAt(t.branchCode(), t.day(), desk), t, desk);
        t.call(desk, user.getUsername(), Instant.now(clock));
        announce(t, "called-out-of-order");
        return row(t);
    }

    /**
     * One number at a time per counter: calling another closes the one still called there as "tidak hadir"
     * (a served number was already closed by intake; a transferred one is at its new counter).
     */
    private void close(List<Ticket> calledAtDesk, Ticket next, String desk) {
        for (Ticket previous : calledAtDesk) {
            if (!previous.id().equals(next.id())) {
                previous.noShow(Instant.now(clock));
                audit.record(previous.branchCode(), "ticket", previous.id().toString(), "no-show",
                        previous.number() + ": " + next.number() + " called at " + desk);
            }
        }
    }

    /**
     * The numbers still called at one counter, locked. Calls of a branch take the day's queue counter first and
     * so run one after another: InnoDB's next-key locks on the ticket index let two officers calling at once
     * deadlock whatever order the rows were locked in (seen in CI). A call takes milliseconds.
     */
    private List<Ticket> calledAt(String branchCode, LocalDate day, String desk) {
        sequences.hold(branchCode, "queue-" + CatalogService.KK, day);
        return tickets.findByBranchCodeAndDayAndStatusAndCounter(branchCode, day, TicketStatus.CALLED, desk);
    }

    @PreAuthorize("hasRole('" + Roles.FRONT_OFFICE + "')")
    @Transactional
    public TicketRow recall(UUID ticketId) {
        Ticket t = calledTicket(ticketId);
        t.call(t.counter(), CurrentUser.actorName(), Instant.now(clock));
        announce(t, "recalled");
        return row(t);
    }

    @PreAuthorize("hasRole('" + Roles.FRONT_OFFICE + "')")
    @Transactional
    public TicketRow transfer(UUID ticketId, String counter) {
        Ticket t = calledTicket(ticketId);
        String desk = checkCounter(counter);
        if (desk.equals(t.counter())) {
            throw new BusinessException("queue.error.same-counter");
        }
        t.call(desk, CurrentUser.actorName(), Instant.now(clock));
        announce(t, "transferred");
        return row(t);
    }

    @PreAuthorize("hasRole('" + Roles.FRONT_OFFICE + "')")
    @Transactional
    public void skip(UUID ticketId) {
        Ticket t = calledTicket(ticketId);
        t.noShow(Instant.now(clock));
        audit.record(t.branchCode(), "ticket", t.id().toString(), "no-show", t.number());
    }

    @PreAuthorize("hasRole('" + Roles.FRONT_OFFICE + "')")
    @Transactional(readOnly = true)
    public TicketRow ticket(UUID ticketId) {
        return tickets.findById(ticketId).filter(t -> t.branchCode().equals(CurrentUser.require().branchCode()))
                .map(this::row).orElseThrow(() -> new BusinessException("queue.error.not-found"));
    }

    /** Intake finished for this ticket (the file was accepted or returned): it leaves the queue. */
    @PreAuthorize("hasRole('" + Roles.FRONT_OFFICE + "')")
    @Transactional
    public void markServed(UUID ticketId) {
        Ticket t = calledTicket(ticketId);
        t.served(Instant.now(clock));
        audit.record(t.branchCode(), "ticket", t.id().toString(), "served", t.number());
    }

    /** The TV display: the latest calls of today, newest first. Numbers and counters only, no names. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<CallRow> recentCalls(String branchCode, int limit) {
        BranchTimeZone zone = accounts.branch(branchCode).map(AccountService.BranchRow::timeZone).orElse(BranchTimeZone.WIB);
        // the newest call per counter only: a counter shows the one number it serves now
        java.util.Set<String> counters = new java.util.HashSet<>();
        return tickets.findByBranchCodeAndDayAndCalledAtNotNullOrderByCalledAtDesc(branchCode, today(zone), Limit.of(limit * 10))
                .stream().filter(t -> counters.add(t.counter())).limit(limit)
                .map(t -> new CallRow(t.number(), t.counter(), t.calledAt(), t.isBooked())).toList();
    }

    private Ticket calledTicket(UUID ticketId) {
        Ticket t = tickets.findById(ticketId)
                .filter(x -> x.branchCode().equals(CurrentUser.require().branchCode()))
                .orElseThrow(() -> new BusinessException("queue.error.not-found"));
        if (t.status() != TicketStatus.CALLED) {
            throw new BusinessException("queue.error.not-called", t.number());
        }
        return t;
    }

    private static String checkCounter(String counter) {
        if (counter == null || counter.isBlank() || counter.trim().length() > 40) {
            throw new BusinessException("queue.error.counter");
        }
        return counter.trim();
    }

    private void announce(Ticket t, String action) {
        audit.record(t.branchCode(), "ticket", t.id().toString(), action, t.number() + " -> " + t.counter());
        events.publishEvent(new TicketCalled(t.id(), t.branchCode(), t.number(), t.counter()));
    }
}
