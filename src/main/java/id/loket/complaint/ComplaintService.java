package id.loket.complaint;

import id.loket.base.AuditService;
import id.loket.base.BranchTimeZone;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.RateLimiter;
import id.loket.base.Roles;
import id.loket.complaint.internal.CentralDecision;
import id.loket.complaint.internal.CentralDecisionRepository;
import id.loket.complaint.internal.Complaint;
import id.loket.complaint.internal.ComplaintCategory;
import id.loket.complaint.internal.ComplaintCategoryRepository;
import id.loket.complaint.internal.ComplaintEvent;
import id.loket.complaint.internal.ComplaintEventRepository;
import id.loket.complaint.internal.ComplaintRepository;
import id.loket.complaint.internal.Holiday;
import id.loket.complaint.internal.HolidayRepository;
import id.loket.complaint.internal.SlaClock;
import id.loket.complaint.internal.SlaClock.Pause;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import id.loket.sync.DownstreamLog;
import id.loket.sync.ServerMode;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint tracker: intake from every channel (and the public web form), routing to the Sekretaris or a
 * Bidang, escalation to the Kepala Dinas, the working-hours SLA, and the figures for the dashboard. Every change
 * writes one timeline row and one audit row in the same transaction. Contact details leave this class masked for
 * anyone who is not the desk, the Sekretaris, the Kepala Dinas or the current holder's division.
 */
@Service
public class ComplaintService {

    static final String STAFF = "hasAnyRole('COMPLAINT_DESK','SECRETARY','HEAD_DAFDUK','HEAD_CAPIL','HEAD_OF_OFFICE')";

    static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 4000;
    static final int MAX_ANSWER = 4000;
    static final int MAX_NOTE = 1000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    private static final Pattern NIK = Pattern.compile("[0-9]{16}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9./-]{1,40}");
    /** Control characters other than tab and line breaks never belong in a complaint. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    private final ComplaintRepository complaints;
    private final ComplaintEventRepository events;
    private final ComplaintCategoryRepository categories;
    private final HolidayRepository holidays;
    private final AuditService audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final String branchCode;
    private final ZoneId zone;
    private final Map<java.time.DayOfWeek, SlaClock.Window> officeHours;
    private final double nearRatio;
    private final int laporFollowUpDays;
    private final int boardResolvedDays;
    private final RateLimiter publicSubmissions;
    private final RateLimiter statusLookups;
    private final CentralDecisionRepository decisions;
    private final DownstreamLog downstream;
    private final ServerMode mode;
    private final TransactionTemplate rootSession;

    ComplaintService(ComplaintRepository complaints, ComplaintEventRepository events,
                     ComplaintCategoryRepository categories, HolidayRepository holidays, AuditService audit,
                     ApplicationEventPublisher publisher, Clock clock, CentralDecisionRepository decisions,
                     DownstreamLog downstream, ServerMode mode, PlatformTransactionManager transactions,
                     @Value("${loket.branch.code:PUSAT}") String branchCode,
                     @Value("${loket.branch.time-zone:WIB}") BranchTimeZone branchZone,
                     @Value("${loket.complaint.hours.start:08:00}") LocalTime start,
                     @Value("${loket.complaint.hours.end-mon-thu:16:00}") LocalTime endMonThu,
                     @Value("${loket.complaint.hours.end-fri:16:30}") LocalTime endFri,
                     @Value("${loket.complaint.sla.near-ratio:0.75}") double nearRatio,
                     @Value("${loket.complaint.lapor.follow-up-days:5}") int laporFollowUpDays,
                     @Value("${loket.complaint.public.max-submissions:5}") int maxSubmissions,
                     @Value("${loket.complaint.public.max-status-lookups:20}") int maxLookups,
                     @Value("${loket.complaint.public.window-minutes:10}") int windowMinutes,
                     @Value("${loket.complaint.board.resolved-days:14}") int boardResolvedDays) {
        this.complaints = complaints;
        this.events = events;
        this.categories = categories;
        this.holidays = holidays;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
        this.branchCode = branchCode;
        this.zone = branchZone.zoneId();
        this.officeHours = SlaClock.officeHours(start, endMonThu, endFri);
        this.nearRatio = nearRatio;
        this.laporFollowUpDays = laporFollowUpDays;
        this.boardResolvedDays = boardResolvedDays;
        this.publicSubmissions = new RateLimiter(clock, maxSubmissions, Duration.ofMinutes(windowMinutes));
        this.statusLookups = new RateLimiter(clock, maxLookups, Duration.ofMinutes(windowMinutes));
        this.decisions = decisions;
        this.downstream = downstream;
        this.mode = mode;
        this.rootSession = new TransactionTemplate(transactions);
        this.rootSession.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ---- records in and out ----

    /** What the complaint desk records. Phone may be empty only for an anonymous complaint. */
    public record Intake(ComplaintChannel channel, boolean anonymous, String name, String phone, String nik,
                         String categoryCode, String description, String kkRegistrationNumber,
                         String laporTrackingId) {
    }

    /** The public web form; {@code website} is the honeypot field that people never see and bots fill in. */
    public record PublicForm(boolean anonymous, String name, String phone, String nik, String categoryCode,
                             String description, String kkRegistrationNumber, String website) {
    }

    public record CategoryRow(String code, String nameId, String nameEn, Division suggestedDivision,
                              int followUpHours, int resolutionHours, long version) {
        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameId;
        }
    }

    /**
     * A complaint as lists and board cards show it; phone already masked when {@code masked}, absent when
     * {@code contactWithheld} (an anonymous complaint: see {@link #contact}).
     */
    public record ComplaintRow(UUID id, long version, String number, ComplaintChannel channel, String categoryCode,
                               ComplaintStatus status, Division division, boolean anonymous, String complainantName,
                               String phone, boolean masked, Instant receivedAt, SlaState followUpSla,
                               SlaState resolutionSla, Instant laporDeadline, SlaState laporSla,
                               boolean contactWithheld) {
        /** Overdue or nearly so on any of its targets: highlighted and listed for the Sekretaris and Kepala Dinas. */
        public boolean needsAttention() {
            return followUpSla.needsAttention() || resolutionSla.needsAttention()
                    || (laporSla != null && laporSla.needsAttention());
        }

        public boolean overdue() {
            return followUpSla == SlaState.OVERDUE || resolutionSla == SlaState.OVERDUE || laporSla == SlaState.OVERDUE;
        }
    }

    public record TimelineEntry(Instant occurredAt, String actor, String action, ComplaintStatus fromStatus,
                                ComplaintStatus toStatus, Division division, String note) {
    }

    public record ComplaintDetail(ComplaintRow row, String nik, String description, String kkRegistrationNumber,
                                  String laporTrackingId, String answer, Instant followUpDue, Instant resolutionDue,
                                  Instant firstFollowUpAt, Instant resolvedAt, Division suggestedDivision,
                                  List<TimelineEntry> timeline, Set<ComplaintAction> actions) {
    }

    /** Empty fields match everything; {@code text} looks in the number, name and description. */
    public record Filter(ComplaintStatus status, String categoryCode, ComplaintChannel channel, Division division,
                         boolean attentionOnly, String text) {
        public static final Filter ALL = new Filter(null, null, null, null, false, null);
    }

    /** What a citizen sees on the status page: nothing else. */
    public record PublicStatus(String number, ComplaintStatus status, String answer) {
    }

    public record HolidayRow(UUID id, LocalDate date, String name, String kind) {
    }

    /**
     * Complaint figures for the Kepala Dinas dashboard over complaints received in [from, to] (branch dates).
     * Medians are working minutes (office hours, holidays and waiting on the citizen excluded), null when none.
     */
    public record Figures(LocalDate from, LocalDate to, long total, Map<ComplaintChannel, Long> byChannel,
                          Map<String, Long> byCategory, Map<ComplaintStatus, Long> byStatus,
                          Long medianMinutesToFollowUp, Long medianMinutesToResolution, long overdue,
                          long nearlyOverdue, Map<Division, Long> openByDivision, Map<Division, Long> overdueByDivision) {
    }

    // ---- reference data ----

    /** Categories for the intake and the public form, with their suggested division and SLA targets. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<CategoryRow> categories() {
        return categories.findAllByOrderByCodeAsc().stream().filter(ComplaintCategory::active)
                .map(ComplaintService::toRow).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void changeTargets(String categoryCode, long version, int followUpHours, int resolutionHours) {
        ComplaintCategory category = categories.findByCode(categoryCode)
                .orElseThrow(() -> new BusinessException("complaint.error.category"));
        checkVersion(category.version(), version);
        if (followUpHours < 1 || followUpHours > 400 || resolutionHours < followUpHours || resolutionHours > 2000) {
            throw new BusinessException("complaint.error.targets");
        }
        category.changeTargets(followUpHours, resolutionHours);
        audit.record(branchCode, "complaint-category", categoryCode, "targets-changed",
                "followUpHours=" + followUpHours + ", resolutionHours=" + resolutionHours);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<HolidayRow> holidays() {
        return holidays.findAllByOrderByDateAsc().stream()
                .map(h -> new HolidayRow(h.id(), h.date(), h.name(), h.kind())).toList();
    }

    /**
     * Whether the office opens on this day by the calendar the complaint SLA counts with (office weekdays, minus
     * the holidays and cuti bersama the admin keeps). Public: the queue booking page closes the other days.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public boolean isOfficeOpen(LocalDate day) {
        return day != null && slaClock().isWorkingDay(day);
    }

    /** A local holiday or a newly announced cuti bersama; the office is closed that day. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void addHoliday(LocalDate date, String name, String kind) {
        if (date == null) {
            throw new BusinessException("complaint.error.holiday-date");
        }
        String cleanName = text(name, 160, true, "complaint.error.holiday-name");
        if (!Set.of("libur", "cuti_bersama", "lokal").contains(kind)) {
            throw new BusinessException("complaint.error.holiday-kind");
        }
        if (holidays.existsByDate(date)) {
            throw new BusinessException("complaint.error.holiday-exists", date.toString());
        }
        holidays.save(new Holiday(branchCode, date, cleanName, kind));
        audit.record(branchCode, "complaint-holiday", date.toString(), "added", kind + ": " + cleanName);
    }

    /** Also how an office declares a cuti bersama a working day: it removes the day. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void removeHoliday(UUID id) {
        Holiday holiday = holidays.findById(id).orElseThrow(() -> new BusinessException("complaint.error.not-found"));
        holidays.delete(holiday);
        audit.record(branchCode, "complaint-holiday", holiday.date().toString(), "removed", holiday.name());
    }

    // ---- intake ----

    @Transactional
    @PreAuthorize("hasRole('COMPLAINT_DESK')")
    public ComplaintNumber file(Intake intake) {
        if (intake.channel() == null) {
            throw new BusinessException("complaint.error.channel");
        }
        LoketUser user = CurrentUser.require();
        return create(intake, user.branchCode(), user.timeZone().zoneId());
    }

    /**
     * The public web form. Anti-abuse: a filled honeypot is refused, and one address may file at most
     * {@code loket.complaint.public.max-submissions} complaints per window.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public ComplaintNumber submitPublic(PublicForm form, String clientAddress) {
        if (form.website() != null && !form.website().isEmpty()) {
            throw new BusinessException("complaint.error.rejected");
        }
        String key = clientAddress == null ? "?" : clientAddress;
        if (!publicSubmissions.allows(key)) {
            throw new BusinessException("complaint.error.rate-limit");
        }
        ComplaintNumber number = create(new Intake(ComplaintChannel.WEB, form.anonymous(), form.name(), form.phone(),
                form.nik(), form.categoryCode(), form.description(), form.kkRegistrationNumber(), null), branchCode, zone);
        // counted only once accepted: a citizen correcting a typo is not an abuser
        if (!publicSubmissions.tryAcquire(key)) {
            throw new BusinessException("complaint.error.rate-limit");
        }
        return number;
    }

    /** The number's day is the branch's calendar day, in the branch's own time zone. */
    private ComplaintNumber create(Intake in, String branch, ZoneId branchZone) {
        boolean anonymous = in.anonymous();
        String name = anonymous ? null : text(in.name(), MAX_NAME, true, "complaint.error.name");
        String phone = phone(in.phone(), !anonymous);
        String nik = blank(in.nik()) ? null : in.nik().trim();
        if (nik != null && !NIK.matcher(nik).matches()) {
            throw new BusinessException("complaint.error.nik");
        }
        ComplaintCategory category = blank(in.categoryCode()) ? null
                : categories.findByCode(in.categoryCode()).filter(ComplaintCategory::active).orElse(null);
        if (category == null) {
            throw new BusinessException("complaint.error.category");
        }
        if (in.description() != null && in.description().strip().length() > MAX_DESCRIPTION) {
            // refused, never cut: the citizen's words are kept whole or not at all (issue 12.7)
            throw new BusinessException("complaint.error.description-too-long", in.description().strip().length(),
                    MAX_DESCRIPTION);
        }
        String description = text(in.description(), MAX_DESCRIPTION, true, "complaint.error.description");
        String kk = reference(in.kkRegistrationNumber(), false, "complaint.error.kk-reference");
        String lapor = in.channel() == ComplaintChannel.LAPOR
                ? reference(in.laporTrackingId(), true, "complaint.error.lapor-id") : null;

        Instant now = clock.instant();
        LocalDate day = now.atZone(branchZone).toLocalDate();
        complaints.bumpNumber(branch, day);
        int sequence = complaints.currentNumber(branch, day);
        if (sequence > 9999) {
            throw new BusinessException("complaint.error.day-full");
        }
        ComplaintNumber number = ComplaintNumber.of(branch, day, sequence);
        Complaint c = new Complaint(branch, number.value(), in.channel(), anonymous, name, phone, nik,
                category.code(), description, kk, lapor, now);
        complaints.save(c);
        changed(c, "RECEIVED", null, null);
        return number;
    }

    // ---- routing ----

    @Transactional
    @PreAuthorize("hasAnyRole('COMPLAINT_DESK','SECRETARY')")
    public void assign(UUID id, long version, Division division, String note) {
        Complaint c = load(id, version);
        ComplaintStatus from = c.status();
        String cleanNote = text(note, MAX_NOTE, false, "complaint.error.note");
        if (division == null) {
            throw new BusinessException("complaint.error.division");
        }
        c.assign(division, clock.instant());
        changed(c, "ASSIGNED", from, cleanNote);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('COMPLAINT_DESK','SECRETARY')")
    public void reassign(UUID id, long version, Division division, String reason) {
        Complaint c = load(id, version);
        ComplaintStatus from = c.status();
        String cleanReason = text(reason, MAX_NOTE, true, "complaint.error.reason");
        if (division == null) {
            throw new BusinessException("complaint.error.division");
        }
        c.reassign(division);
        changed(c, "REASSIGNED", from, cleanReason);
    }

    /** The holder records what was done; the first follow-up moves it to "in progress". */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY','HEAD_DAFDUK','HEAD_CAPIL','HEAD_OF_OFFICE')")
    public void followUp(UUID id, long version, String note) {
        Complaint c = load(id, version);
        requireHolder(c);
        ComplaintStatus from = c.status();
        String cleanNote = text(note, MAX_NOTE, true, "complaint.error.note");
        c.followUp(clock.instant());
        changed(c, "FOLLOWED_UP", from, cleanNote);
    }

    /** Stops the SLA clock until the citizen answers. */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY','HEAD_DAFDUK','HEAD_CAPIL')")
    public void waitForCitizen(UUID id, long version, String note) {
        Complaint c = load(id, version);
        requireHolder(c);
        ComplaintStatus from = c.status();
        String cleanNote = text(note, MAX_NOTE, true, "complaint.error.note");
        c.waitForCitizen(clock.instant());
        changed(c, "WAITING", from, cleanNote);
    }

    /** The citizen answered (often by calling the desk): the clock runs again. */
    @Transactional
    @PreAuthorize("hasAnyRole('COMPLAINT_DESK','SECRETARY','HEAD_DAFDUK','HEAD_CAPIL')")
    public void citizenAnswered(UUID id, long version, String note) {
        Complaint c = load(id, version);
        if (!CurrentUser.require().hasRole(Roles.COMPLAINT_DESK)) {
            requireHolder(c);
        }
        ComplaintStatus from = c.status();
        String cleanNote = text(note, MAX_NOTE, true, "complaint.error.note");
        c.citizenAnswered();
        changed(c, "RESUMED", from, cleanNote);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY','HEAD_DAFDUK','HEAD_CAPIL')")
    public void escalate(UUID id, long version, String reason) {
        Complaint c = load(id, version);
        requireHolder(c);
        ComplaintStatus from = c.status();
        String cleanReason = text(reason, MAX_NOTE, true, "complaint.error.reason");
        c.escalate(clock.instant());
        changed(c, "ESCALATED", from, cleanReason);
    }

    /** Resolved by the holder, with the answer given to the citizen (shown on the public status page). */
    @Transactional
    @PreAuthorize("hasAnyRole('SECRETARY','HEAD_DAFDUK','HEAD_CAPIL','HEAD_OF_OFFICE')")
    public void resolve(UUID id, long version, String answer) {
        Complaint c = load(id, version);
        requireHolder(c);
        ComplaintStatus from = c.status();
        String cleanAnswer = text(answer, MAX_ANSWER, true, "complaint.error.answer");
        c.resolve(cleanAnswer, clock.instant());
        changed(c, "RESOLVED", from, cleanAnswer);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('COMPLAINT_DESK','SECRETARY','HEAD_OF_OFFICE')")
    public void reopen(UUID id, long version, String reason) {
        Complaint c = load(id, version);
        ComplaintStatus from = c.status();
        String cleanReason = text(reason, MAX_NOTE, true, "complaint.error.reason");
        c.reopen();
        changed(c, "REOPENED", from, cleanReason);
    }

    /**
     * The board's one entry point (drag-and-drop and the "next status" button): moving a card to a column means
     * the action that leads there from where it is. {@code division} is needed to (re)assign, {@code text} is the
     * note, reason or answer.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public void move(UUID id, long version, ComplaintStatus target, Division division, String text) {
        Complaint c = load(id, version);
        ComplaintAction action = actionTo(c.status(), target);
        LoketUser user = CurrentUser.require();
        if (action == null || !allowedActions(c, user).contains(action)
                || (action == ComplaintAction.REOPEN && target != reopenedStatus(c))) {
            throw new BusinessException("complaint.error.transition");
        }
        switch (action) {
            case ASSIGN -> assign(id, version, division, text);
            case REASSIGN -> reassign(id, version, division, text);
            case FOLLOW_UP -> followUp(id, version, text);
            case WAIT_FOR_CITIZEN -> waitForCitizen(id, version, text);
            case CITIZEN_ANSWERED -> citizenAnswered(id, version, text);
            case ESCALATE -> escalate(id, version, text);
            case RESOLVE -> resolve(id, version, text);
            case REOPEN -> reopen(id, version, text);
        }
    }

    /** Reopening returns to whoever resolved it: the Kepala Dinas (escalated) or a division (in progress). */
    private static ComplaintStatus reopenedStatus(Complaint c) {
        return c.division() == Division.KEPALA_DINAS ? ComplaintStatus.ESCALATED : ComplaintStatus.IN_PROGRESS;
    }

    /** Which action a move from one column to another stands for; null when no single action does. */
    public static ComplaintAction actionTo(ComplaintStatus from, ComplaintStatus to) {
        if (from == null || to == null || from == to) {
            return null;
        }
        return switch (to) {
            case NEW -> null;
            case ASSIGNED -> from == ComplaintStatus.NEW ? ComplaintAction.ASSIGN
                    : from == ComplaintStatus.RESOLVED ? null : from == ComplaintStatus.ESCALATED ? null
                    : ComplaintAction.REASSIGN;
            case IN_PROGRESS -> from == ComplaintStatus.ASSIGNED ? ComplaintAction.FOLLOW_UP
                    : from == ComplaintStatus.WAITING_CITIZEN ? ComplaintAction.CITIZEN_ANSWERED
                    : from == ComplaintStatus.RESOLVED ? ComplaintAction.REOPEN : null;
            case WAITING_CITIZEN -> from == ComplaintStatus.IN_PROGRESS ? ComplaintAction.WAIT_FOR_CITIZEN : null;
            case ESCALATED -> from == ComplaintStatus.ASSIGNED || from == ComplaintStatus.IN_PROGRESS
                    ? ComplaintAction.ESCALATE : from == ComplaintStatus.RESOLVED ? ComplaintAction.REOPEN : null;
            case RESOLVED -> from == ComplaintStatus.ASSIGNED || from == ComplaintStatus.IN_PROGRESS
                    || from == ComplaintStatus.ESCALATED ? ComplaintAction.RESOLVE : null;
        };
    }

    // ---- the central: decisions on complaints escalated at a branch (issue 14.3) ----

    /** The downstream {@code complaint_decision} event's type and layout (docs/events.md). */
    static final String DECISION_TYPE = "complaint_decision";
    static final int DECISION_SCHEMA = 1;

    /** What the Kepala Dinas decided at the central; {@code pending} while the branch's complaint does not show it yet. */
    public record SentDecision(ComplaintAction action, String note, String decidedBy, Instant decidedAt,
                               boolean pending) {
    }

    /** A complaint escalated to the Kepala Dinas at a branch, as the central shows it. */
    public record BranchEscalation(String branchCode, ComplaintRow row, String description, List<TimelineEntry> timeline,
                                   List<SentDecision> decisions) {

        /** Sent to the branch and not yet reflected by the replicated complaint: "dikirim ke cabang". */
        public boolean sentToBranch() {
            return decisions.stream().anyMatch(SentDecision::pending);
        }
    }

    /**
     * On the central: the complaints escalated to the Kepala Dinas at every branch (replicated rows), with his
     * decisions sent down. Contacts are masked: the branch's desk keeps them.
     */
    @PreAuthorize("hasRole('HEAD_OF_OFFICE')")
    public List<BranchEscalation> branchEscalations() {
        if (!mode.central()) {
            throw new BusinessException("complaint.error.not-central");
        }
        return acrossBranches(() -> {
            List<Complaint> list = complaints.findByStatusAndBranchCodeNotOrderByReceivedAtAsc(ComplaintStatus.ESCALATED,
                    mode.branchCode());
            Map<UUID, List<CentralDecision>> sent = decisions.findByComplaintIdInOrderByDecidedAtAsc(
                    list.stream().map(Complaint::id).toList()).stream()
                    .collect(Collectors.groupingBy(CentralDecision::complaintId));
            SlaClock sla = slaClock();
            Map<String, ComplaintCategory> cats = categoryMap();
            List<BranchEscalation> result = new ArrayList<>();
            for (Complaint c : list) {
                List<ComplaintEvent> timeline = events.findByComplaintIdOrderByOccurredAtAsc(c.id());
                // masked for everyone here: row(..., null user) gives the masked contact
                ComplaintRow row = row(c, cats.get(c.categoryCode()), pauses(timeline), sla, null, Screen.LIST);
                result.add(new BranchEscalation(c.branchCode(), row, c.description(),
                        timeline.stream().map(e -> new TimelineEntry(e.occurredAt(), e.actor(), e.action(),
                                e.fromStatus(), e.toStatus(), e.division(), e.note())).toList(),
                        sent.getOrDefault(c.id(), List.of()).stream().map(d -> new SentDecision(d.action(), d.note(),
                                d.decidedBy(), d.decidedAt(), d.complaintVersion() == c.version())).toList()));
            }
            return result;
        });
    }

    /**
     * On the central: the Kepala Dinas follows up ({@link ComplaintAction#FOLLOW_UP}) or resolves
     * ({@link ComplaintAction#RESOLVE}) a complaint escalated at a branch. The replicated row is not touched: the
     * decision goes to the branch as a downstream event in this transaction, audited here, and the branch applies it
     * as his action, which then comes back up as the complaint's new state.
     */
    @PreAuthorize("hasRole('HEAD_OF_OFFICE')")
    public void decideForBranch(UUID id, long version, ComplaintAction action, String text) {
        if (!mode.central()) {
            throw new BusinessException("complaint.error.not-central");
        }
        LoketUser user = CurrentUser.require();
        acrossBranches(() -> {
            Complaint c = complaints.findById(id).filter(x -> !x.branchCode().equals(mode.branchCode()))
                    .orElseThrow(() -> new BusinessException("complaint.error.not-found"));
            checkVersion(c.version(), version);
            if (c.status() != ComplaintStatus.ESCALATED || c.division() != Division.KEPALA_DINAS
                    || (action != ComplaintAction.FOLLOW_UP && action != ComplaintAction.RESOLVE)) {
                throw new BusinessException("complaint.error.transition");
            }
            String clean = action == ComplaintAction.RESOLVE ? text(text, MAX_ANSWER, true, "complaint.error.answer")
                    : text(text, MAX_NOTE, true, "complaint.error.note");
            if (decisions.existsByComplaintIdAndComplaintVersion(id, c.version())) {
                throw new BusinessException("complaint.error.decision-pending");
            }
            Instant now = clock.instant();
            decisions.save(new CentralDecision(id, c.branchCode(), c.version(), action, clean, user.getUsername(), now));
            Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("complaintId", id.toString());
            data.put("number", c.number());
            data.put("complaintVersion", c.version());
            data.put("action", action.name());
            data.put("text", clean);
            data.put("decidedBy", user.getUsername());
            data.put("decidedByName", user.fullName());
            data.put("decidedAt", now.toString());
            UUID eventId = downstream.append(DECISION_TYPE, DECISION_SCHEMA, c.branchCode(), id.toString(), data);
            audit.record(c.branchCode(), "complaint", id.toString(), "decision-sent-to-branch",
                    "number=" + c.number() + ", action=" + action + ", event=" + eventId);
            return null;
        });
    }

    /**
     * The central's view across branches: the transaction's Hibernate session is opened without the officer, so as
     * the root tenant (ADR 007: the cross-branch view of the central), then the officer is back for the audit.
     * Only the Kepala Dinas, only on the central (both checked by the callers).
     */
    private <T> T acrossBranches(java.util.function.Supplier<T> work) {
        SecurityContext officer = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return rootSession.execute(status -> {
                SecurityContextHolder.setContext(officer);
                return work.get();
            });
        } finally {
            SecurityContextHolder.setContext(officer);
        }
    }

    /**
     * At the branch, inside the downstream transaction: the version of a complaint still escalated to the Kepala
     * Dinas, so the central's decision can be applied as his action; empty when it has moved on meanwhile.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    Optional<Complaint> escalatedForDecision(UUID id) {
        return complaints.findById(id)
                .filter(c -> c.status() == ComplaintStatus.ESCALATED && c.division() == Division.KEPALA_DINAS);
    }

    /** A decision that arrived after the complaint moved on at the branch: kept in the audit trail, not applied. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void decisionNotApplicable(UUID id, String number, String action, String decidedBy) {
        audit.record(branchCode, "complaint", id.toString(), "central-decision-not-applied",
                "number=" + number + ", action=" + action + ", decidedBy=" + decidedBy + ": no longer escalated");
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<ComplaintRow> list(Filter filter) {
        LoketUser user = CurrentUser.require();
        Filter f = filter == null ? Filter.ALL : filter;
        String text = blank(f.text()) ? null : f.text().trim().toLowerCase(Locale.ROOT);
        // a central user reads every branch's complaints (ADR 007; the tenant filter still bounds everyone else)
        List<Complaint> visible = (user.readsAllBranches() ? complaints.findAllByOrderByReceivedAtDesc()
                : complaints.findByBranchCodeOrderByReceivedAtDesc(user.branchCode())).stream()
                .filter(c -> visible(c, user))
                .filter(c -> f.status() == null || c.status() == f.status())
                .filter(c -> blank(f.categoryCode()) || c.categoryCode().equals(f.categoryCode()))
                .filter(c -> f.channel() == null || c.channel() == f.channel())
                .filter(c -> f.division() == null || c.division() == f.division())
                .filter(c -> text == null || c.number().toLowerCase(Locale.ROOT).contains(text)
                        || (c.complainantName() != null && c.complainantName().toLowerCase(Locale.ROOT).contains(text))
                        || c.description().toLowerCase(Locale.ROOT).contains(text))
                .toList();
        List<ComplaintRow> rows = rows(visible, user, Screen.LIST);
        return f.attentionOnly() ? rows.stream().filter(ComplaintRow::needsAttention).toList() : rows;
    }

    /** The board's cards: open complaints, plus those resolved in the last {@code loket.complaint.board.resolved-days}. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<ComplaintRow> board() {
        LoketUser user = CurrentUser.require();
        Instant since = clock.instant().minus(Duration.ofDays(boardResolvedDays));
        return rows(complaints.findForBoard(user.branchCode(), since).stream().filter(c -> visible(c, user)).toList(),
                user, Screen.BOARD);
    }

    /** Overdue and nearly overdue open complaints, for the Sekretaris and the Kepala Dinas (and the desk). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('COMPLAINT_DESK','SECRETARY','HEAD_OF_OFFICE')")
    public List<ComplaintRow> attention() {
        return list(new Filter(null, null, null, null, true, null));
    }

    /** Read-write: showing an unmasked contact writes an audit row. */
    @Transactional
    @PreAuthorize(STAFF)
    public ComplaintDetail detail(UUID id) {
        LoketUser user = CurrentUser.require();
        Complaint c = complaints.findById(id).filter(x -> user.mayRead(x.branchCode())).filter(x -> visible(x, user))
                .orElseThrow(() -> new BusinessException("complaint.error.not-found"));
        List<ComplaintEvent> timeline = events.findByComplaintIdOrderByOccurredAtAsc(id);
        SlaClock sla = slaClock();
        ComplaintCategory category = categories.findByCode(c.categoryCode()).orElseThrow();
        List<Pause> pauses = pauses(timeline);
        ComplaintRow row = row(c, category, pauses, sla, user, Screen.DETAIL);
        Contact contact = contact(c, user, Screen.DETAIL);
        if (!contact.masked() && (contact.phone() != null || contact.nik() != null)) {
            audit.record(c.branchCode(), "complaint-contact", c.id().toString(), "viewed",
                    "number=" + c.number() + (c.anonymous() ? ", anonymous" : ""));
        }
        Instant followUpDue = c.firstFollowUpAt() != null ? null
                : sla.deadline(c.receivedAt(), Duration.ofHours(category.followUpHours()), pauses).orElse(null);
        Instant resolutionDue = c.status() == ComplaintStatus.RESOLVED ? null
                : sla.deadline(c.receivedAt(), Duration.ofHours(category.resolutionHours()), pauses).orElse(null);
        return new ComplaintDetail(row, contact.nik(), c.description(), c.kkRegistrationNumber(),
                c.laporTrackingId(), c.answer(), followUpDue, resolutionDue, c.firstFollowUpAt(), c.resolvedAt(),
                category.suggestedDivision(),
                timeline.stream().map(e -> new TimelineEntry(e.occurredAt(), e.actor(), e.action(), e.fromStatus(),
                        e.toStatus(), e.division(), e.note())).toList(),
                allowedActions(c, user));
    }

    /**
     * The public status page: the complaint number and the phone given at intake must both match. A wrong number
     * and a wrong phone look the same, and lookups per address are limited, so numbers cannot be probed.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<PublicStatus> publicStatus(String number, String phone, String clientAddress) {
        if (!statusLookups.tryAcquire(clientAddress == null ? "?" : clientAddress)) {
            throw new BusinessException("complaint.error.rate-limit");
        }
        ComplaintNumber parsed;
        String normalisedPhone;
        try {
            parsed = ComplaintNumber.parse(number);
            normalisedPhone = phone(phone, true);
        } catch (BusinessException e) {
            return Optional.empty();
        }
        return complaints.findByNumber(parsed.value())
                .filter(c -> c.phone() != null && c.phone().equals(normalisedPhone))
                .map(c -> new PublicStatus(c.number(), c.status(),
                        c.status() == ComplaintStatus.RESOLVED ? c.answer() : null));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SECRETARY','HEAD_OF_OFFICE')")
    public Figures figures(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessException("complaint.error.period");
        }
        String branch = CurrentUser.require().branchCode();
        List<Complaint> list = complaints.findByBranchCodeAndReceivedAtGreaterThanEqualAndReceivedAtLessThan(branch,
                from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        SlaClock sla = slaClock();
        Map<String, ComplaintCategory> cats = categoryMap();
        Map<UUID, List<Pause>> pauses = pausesOf(list.stream().map(Complaint::id).toList());
        Map<ComplaintChannel, Long> byChannel = new EnumMap<>(ComplaintChannel.class);
        Map<ComplaintStatus, Long> byStatus = new EnumMap<>(ComplaintStatus.class);
        Map<String, Long> byCategory = new TreeMap<>();
        List<Long> toFollowUp = new ArrayList<>();
        List<Long> toResolution = new ArrayList<>();
        long overdue = 0;
        long near = 0;
        // open complaints by who holds them (a complaint not yet routed is the secretariat's desk: no division)
        Map<Division, Long> openByDivision = new EnumMap<>(Division.class);
        Map<Division, Long> overdueByDivision = new EnumMap<>(Division.class);
        for (Complaint c : list) {
            byChannel.merge(c.channel(), 1L, Long::sum);
            byStatus.merge(c.status(), 1L, Long::sum);
            byCategory.merge(c.categoryCode(), 1L, Long::sum);
            List<Pause> p = pauses.getOrDefault(c.id(), List.of());
            if (c.firstFollowUpAt() != null) {
                toFollowUp.add(sla.workingTime(c.receivedAt(), c.firstFollowUpAt(), p).toMinutes());
            }
            if (c.resolvedAt() != null) {
                toResolution.add(sla.workingTime(c.receivedAt(), c.resolvedAt(), p).toMinutes());
            }
            if (c.status().open()) {
                ComplaintRow row = row(c, cats.get(c.categoryCode()), p, sla, null, Screen.LIST);
                if (c.division() != null) {
                    openByDivision.merge(c.division(), 1L, Long::sum);
                }
                if (row.overdue()) {
                    overdue++;
                    if (c.division() != null) {
                        overdueByDivision.merge(c.division(), 1L, Long::sum);
                    }
                } else if (row.needsAttention()) {
                    near++;
                }
            }
        }
        return new Figures(from, to, list.size(), byChannel, byCategory, byStatus, median(toFollowUp),
                median(toResolution), overdue, near, openByDivision, overdueByDivision);
    }

    // ---- helpers ----

    private Complaint load(UUID id, long version) {
        LoketUser user = CurrentUser.require();
        Complaint c = complaints.findByIdAndBranchCode(id, user.branchCode()).filter(x -> visible(x, user))
                .orElseThrow(() -> new BusinessException("complaint.error.not-found"));
        checkVersion(c.version(), version);
        return c;
    }

    private static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new OptimisticLockingFailureException("changed by someone else");
        }
    }

    private void requireHolder(Complaint c) {
        if (c.division() == null || !CurrentUser.require().hasRole(c.division().role())) {
            throw new BusinessException("complaint.error.not-holder");
        }
    }

    private void changed(Complaint c, String action, ComplaintStatus from, String note) {
        Instant now = clock.instant();
        events.save(new ComplaintEvent(c.branchCode(), c.id(), now, CurrentUser.actorName(), action, from,
                c.status(), c.division(), note));
        // the audit trail keeps who/what/status; the citizen's words stay in the complaint's own timeline
        audit.record(c.branchCode(), "complaint", c.id().toString(), action.toLowerCase(Locale.ROOT),
                "number=" + c.number() + ", status=" + from + "->" + c.status() + ", division=" + c.division());
        publisher.publishEvent(new ComplaintStatusChanged(c.id(), c.branchCode(), c.status()));
    }

    private static boolean seesAll(LoketUser user) {
        return user.hasRole(Roles.COMPLAINT_DESK) || user.hasRole(Roles.SECRETARY)
                || user.hasRole(Roles.HEAD_OF_OFFICE);
    }

    /** Rule 6: the desk, the Sekretaris, the Kepala Dinas, and a Bidang for complaints it holds or held. */
    private static boolean visible(Complaint c, LoketUser user) {
        return seesAll(user) || (user.hasRole(Roles.HEAD_DAFDUK) && c.heldOrOnceHeldBy(Division.DAFDUK))
                || (user.hasRole(Roles.HEAD_CAPIL) && c.heldOrOnceHeldBy(Division.CAPIL));
    }

    /** A Bidang that no longer holds the complaint keeps its history but not the citizen's contact details. */
    private static boolean entitledToContacts(Complaint c, LoketUser user) {
        return user != null && (seesAll(user) || (c.division() != null && user.hasRole(c.division().role())));
    }

    private Set<ComplaintAction> allowedActions(Complaint c, LoketUser user) {
        Set<ComplaintAction> actions = EnumSet.noneOf(ComplaintAction.class);
        boolean desk = user.hasRole(Roles.COMPLAINT_DESK) || user.hasRole(Roles.SECRETARY);
        boolean holder = c.division() != null && user.hasRole(c.division().role());
        switch (c.status()) {
            case NEW -> {
                if (desk) {
                    actions.add(ComplaintAction.ASSIGN);
                }
            }
            case ASSIGNED, IN_PROGRESS -> {
                if (desk) {
                    actions.add(ComplaintAction.REASSIGN);
                }
                if (holder) {
                    actions.addAll(List.of(ComplaintAction.FOLLOW_UP, ComplaintAction.ESCALATE, ComplaintAction.RESOLVE));
                    if (c.status() == ComplaintStatus.IN_PROGRESS) {
                        actions.add(ComplaintAction.WAIT_FOR_CITIZEN);
                    }
                }
            }
            case WAITING_CITIZEN -> {
                if (desk) {
                    actions.add(ComplaintAction.REASSIGN);
                }
                if (holder || user.hasRole(Roles.COMPLAINT_DESK)) {
                    actions.add(ComplaintAction.CITIZEN_ANSWERED);
                }
            }
            case ESCALATED -> {
                if (holder) {
                    actions.addAll(List.of(ComplaintAction.FOLLOW_UP, ComplaintAction.RESOLVE));
                }
            }
            case RESOLVED -> {
                if (desk || user.hasRole(Roles.HEAD_OF_OFFICE)) {
                    actions.add(ComplaintAction.REOPEN);
                }
            }
        }
        return actions;
    }

    private List<ComplaintRow> rows(List<Complaint> list, LoketUser user, Screen screen) {
        SlaClock sla = slaClock();
        Map<String, ComplaintCategory> cats = categoryMap();
        Map<UUID, List<Pause>> pauses = pausesOf(list.stream().map(Complaint::id).toList());
        return list.stream().map(c -> row(c, cats.get(c.categoryCode()), pauses.getOrDefault(c.id(), List.of()),
                sla, user, screen)).toList();
    }

    /** The screens a complainant's identity can reach; export and public status carry none at all. */
    enum Screen { LIST, BOARD, DETAIL }

    /** What of the complainant one reader gets on one screen. */
    record Contact(String name, String phone, String nik, boolean masked, boolean withheld) {
    }

    /**
     * The one rule for the complainant's identity (issue 11.9). Named complaints: the desk, the Sekretaris, the
     * Kepala Dinas and the current holder see the contact, a former holder sees it masked. Anonymous complaints:
     * only the desk, who must reply, sees phone and NIK, and only on the complaint's own page (audited there);
     * no one gets them in lists or on the board, not even masked, because the division handling it may be
     * the one complained about.
     */
    static Contact contact(Complaint c, LoketUser user, Screen screen) {
        if (c.anonymous()) {
            boolean desk = user != null && user.hasRole(Roles.COMPLAINT_DESK) && screen == Screen.DETAIL;
            return desk ? new Contact(null, c.phone(), c.nik(), false, false)
                    : new Contact(null, null, null, true, c.phone() != null || c.nik() != null);
        }
        return entitledToContacts(c, user) ? new Contact(c.complainantName(), c.phone(), c.nik(), false, false)
                : new Contact(c.complainantName(), maskPhone(c.phone()), maskNik(c.nik()), true, false);
    }

    private ComplaintRow row(Complaint c, ComplaintCategory category, List<Pause> pauses, SlaClock sla,
                             LoketUser user, Screen screen) {
        SlaState followUp = sla.state(c.receivedAt(), Duration.ofHours(category.followUpHours()), pauses,
                c.firstFollowUpAt());
        SlaState resolution = sla.state(c.receivedAt(), Duration.ofHours(category.resolutionHours()), pauses,
                c.resolvedAt());
        Instant laporDeadline = null;
        SlaState laporSla = null;
        if (c.channel() == ComplaintChannel.LAPOR) {
            // LAPOR! disposes the report to the office when it reaches us: its own clock, no pauses
            laporDeadline = sla.endOfWorkingDays(c.receivedAt(), laporFollowUpDays);
            laporSla = sla.stateAgainstDeadline(c.receivedAt(), laporDeadline, c.firstFollowUpAt());
        }
        Contact contact = contact(c, user, screen);
        return new ComplaintRow(c.id(), c.version(), c.number(), c.channel(), c.categoryCode(), c.status(),
                c.division(), c.anonymous(), contact.name(), contact.phone(), contact.masked(),
                c.receivedAt(), followUp, resolution, laporDeadline, laporSla, contact.withheld());
    }

    private Map<String, ComplaintCategory> categoryMap() {
        return categories.findAll().stream().collect(Collectors.toMap(ComplaintCategory::code, Function.identity()));
    }

    private SlaClock slaClock() {
        Set<LocalDate> closed = holidays.findAll().stream().map(Holiday::date).collect(Collectors.toSet());
        return new SlaClock(clock, zone, officeHours, closed, nearRatio);
    }

    private Map<UUID, List<Pause>> pausesOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<ComplaintEvent>> byComplaint = events.findWaitEvents(ids, ComplaintStatus.WAITING_CITIZEN)
                .stream().collect(Collectors.groupingBy(ComplaintEvent::complaintId));
        Map<UUID, List<Pause>> result = new HashMap<>();
        byComplaint.forEach((id, list) -> result.put(id, pauses(list)));
        return result;
    }

    /** Waiting on the citizen, derived from the timeline: from entering WAITING_CITIZEN until leaving it. */
    static List<Pause> pauses(List<ComplaintEvent> timeline) {
        List<Pause> pauses = new ArrayList<>();
        Instant since = null;
        for (ComplaintEvent e : timeline) {
            if (e.toStatus() == ComplaintStatus.WAITING_CITIZEN && since == null) {
                since = e.occurredAt();
            } else if (e.fromStatus() == ComplaintStatus.WAITING_CITIZEN && e.toStatus() != ComplaintStatus.WAITING_CITIZEN
                    && since != null) {
                pauses.add(new Pause(since, e.occurredAt()));
                since = null;
            }
        }
        if (since != null) {
            pauses.add(new Pause(since, null));
        }
        return pauses;
    }

    private static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static CategoryRow toRow(ComplaintCategory c) {
        return new CategoryRow(c.code(), c.nameId(), c.nameEn(), c.suggestedDivision(), c.followUpHours(),
                c.resolutionHours(), c.version());
    }

    static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.length() <= 6 ? "*".repeat(phone.length())
                : phone.substring(0, 4) + "*".repeat(phone.length() - 6) + phone.substring(phone.length() - 2);
    }

    static String maskNik(String nik) {
        return nik == null ? null : nik.substring(0, 6) + "*".repeat(10);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Trimmed text within its limit; markup is kept as typed and only ever shown as text. */
    private static String text(String value, int max, boolean required, String errorKey) {
        if (blank(value)) {
            if (required) {
                throw new BusinessException(errorKey, max);
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max || CONTROL.matcher(trimmed).find()) {
            throw new BusinessException(errorKey, max);
        }
        return trimmed;
    }

    /** Digits with an optional leading +, spaces and dashes dropped. */
    private static String phone(String value, boolean required) {
        if (blank(value)) {
            if (required) {
                throw new BusinessException("complaint.error.phone");
            }
            return null;
        }
        String digits = value.replaceAll("[\\s-]", "");
        if (!PHONE.matcher(digits).matches()) {
            throw new BusinessException("complaint.error.phone");
        }
        return digits;
    }

    private static String reference(String value, boolean required, String errorKey) {
        if (blank(value)) {
            if (required) {
                throw new BusinessException(errorKey);
            }
            return null;
        }
        String trimmed = value.trim();
        if (!REFERENCE.matcher(trimmed).matches()) {
            throw new BusinessException(errorKey);
        }
        return trimmed;
    }

    /** For views: the branch's time zone. */
    public ZoneId zone() {
        return zone;
    }
}
