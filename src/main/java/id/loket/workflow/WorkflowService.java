package id.loket.workflow;

import id.loket.base.AccountService;
import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.DailySequences;
import id.loket.base.Localized;
import id.loket.base.LoketUser;
import id.loket.base.Nik;
import id.loket.base.PersonName;
import id.loket.catalog.CatalogService;
import id.loket.catalog.CatalogService.AppType;
import id.loket.catalog.CatalogService.Snapshot;
import id.loket.catalog.CatalogService.Step;
import id.loket.queue.QueueService;
import id.loket.queue.QueueService.TicketRow;
import id.loket.queue.TicketStatus;
import id.loket.workflow.internal.Application;
import id.loket.workflow.internal.ApplicationRepository;
import id.loket.workflow.internal.ClaimRules;
import id.loket.workflow.internal.StepVisit;
import id.loket.workflow.internal.StepVisitRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KK workflow: intake (step 2) registers an application, then cards move through the staffed steps.
 * Every rule comes from the catalogue (who works a step, its order, its guard); every move appends to the step
 * history, is audited, and is announced with {@link ApplicationMoved} after commit.
 */
@Service
public class WorkflowService {

    public static final String BOARD_ROLES = "hasAnyRole('FRONT_OFFICE','COUNTER','OPERATOR','VERIFIER','SIGNER',"
            + "'PICKUP','HEAD_OF_OFFICE')";
    /** Target of a move from the last step: the KK was handed over. */
    public static final String DONE = "DONE";

    private static final Pattern PHONE = Pattern.compile("(\\+62|62|0)8[0-9]{7,12}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ApplicationRepository applications;
    private final StepVisitRepository visits;
    private final CatalogService catalog;
    private final QueueService queue;
    private final DailySequences sequences;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<StepGuard> guardBeans;
    private volatile Map<String, StepGuard> guards;
    private final Clock clock;
    private final AccountService accounts;
    private final ClaimRules claimRules;

    WorkflowService(ApplicationRepository applications, StepVisitRepository visits, CatalogService catalog,
                    QueueService queue, DailySequences sequences, AuditService audit, ApplicationEventPublisher events,
                    org.springframework.beans.factory.ObjectProvider<StepGuard> guardBeans, Clock clock,
                    AccountService accounts, ClaimRules claimRules) {
        this.accounts = accounts;
        this.claimRules = claimRules;
        this.applications = applications;
        this.visits = visits;
        this.catalog = catalog;
        this.queue = queue;
        this.sequences = sequences;
        this.audit = audit;
        this.events = events;
        // guards come from features that themselves use this service: looked up on first use, not at start
        this.guardBeans = guardBeans;
        this.clock = clock;
    }

    public record IntakeForm(UUID ticketId, String applicantName, String nik, String phone, String typeCode,
                             Set<String> presentDocuments) {
    }

    /**
     * {@code trackingReference}: what the citizen types on the public status page with the last four digits of his
     * phone: the registration number, or for a returned file {@code BRANCH-YYYYMMDD-QUEUENUMBER} (no number yet).
     */
    public record IntakeResult(UUID applicationId, String registrationNumber, String queueNumber, boolean returned,
                               List<Localized> missingDocuments, String trackingReference) {
    }

    public record Visit(int visitNo, String stepCode, Localized stepName, int standardMinutes, Instant enteredAt,
                        Instant claimedAt, String claimedBy, Instant finishedAt, String actor, StepOutcome outcome,
                        String reason) {
    }

    public record Detail(CardRow card, String maskedNik, String maskedPhone, Localized typeName,
                         Map<Localized, Boolean> documents, List<Visit> timeline) {
    }

    // ---------------------------------------------------------------- intake (step 2)

    /**
     * The front office checked the file. Complete: the application is registered and its card enters the first
     * board step. Incomplete: it is returned with the list of missing documents and nothing else moves.
     */
    @PreAuthorize("hasRole('FRONT_OFFICE')")
    @Transactional
    public IntakeResult completeIntake(IntakeForm form) {
        LoketUser officer = CurrentUser.require();
        TicketRow ticket = queue.ticket(form.ticketId());
        if (ticket.status() != TicketStatus.CALLED) {
            throw new BusinessException("workflow.error.ticket-not-called", ticket.number());
        }
        // every field is checked before anything is refused, so the screen can mark all broken fields at once
        Map<String, BusinessException> invalid = new LinkedHashMap<>();
        String name = form.applicantName() == null ? "" : form.applicantName().trim().replaceAll("\\s+", " ");
        if (!PersonName.valid(name)) {
            invalid.put(IntakeInvalid.NAME, new BusinessException("workflow.error.name"));
        }
        Nik nik = null;
        try {
            nik = Nik.parse(form.nik());
        } catch (BusinessException e) {
            invalid.put(IntakeInvalid.NIK, e);
        }
        String phone = form.phone() == null ? "" : form.phone().replaceAll("[\\s\\-.()]", "");
        if (!PHONE.matcher(phone).matches()) {
            invalid.put(IntakeInvalid.PHONE, new BusinessException("workflow.error.phone"));
        }
        Snapshot snapshot = catalog.catalog();
        Optional<AppType> chosen = snapshot.type(form.typeCode());
        if (chosen.isEmpty()) {
            invalid.put(IntakeInvalid.TYPE, new BusinessException("workflow.error.type"));
        }
        if (!invalid.isEmpty()) {
            throw new IntakeInvalid(invalid);
        }
        AppType type = chosen.get();
        Set<String> present = form.presentDocuments() == null ? Set.of() : form.presentDocuments();
        Map<String, Boolean> checklist = new LinkedHashMap<>();
        type.documents().forEach(d -> checklist.put(d.code(), present.contains(d.code())));
        List<Localized> missing = type.documents().stream().filter(d -> !present.contains(d.code()))
                .map(CatalogService.Document::name).toList();

        Instant now = Instant.now(clock);
        List<Step> steps = snapshot.steps();
        Step queueStep = steps.get(0);
        Step intakeStep = steps.get(1);
        Application app = new Application(officer.branchCode(), ticket.id(), ticket.number(), type.code(), name,
                nik.value(), phone, checklist, now);
        // steps 1 and 2 happened before the application existed: their visits come from the ticket's times
        Instant called = ticket.calledAt() != null ? ticket.calledAt() : now;
        List<StepVisit> history = new java.util.ArrayList<>(List.of(
                new StepVisit(app.id(), 1, app.branchCode(), queueStep.code(), ticket.createdAt(), called,
                        ticket.calledBy(), called, ticket.calledBy(), StepOutcome.DONE),
                new StepVisit(app.id(), 2, app.branchCode(), intakeStep.code(), called, called, officer.getUsername(),
                        now, officer.getUsername(), missing.isEmpty() ? StepOutcome.DONE : StepOutcome.RETURNED)));
        String toStep;
        if (missing.isEmpty()) {
            Step first = snapshot.boardSteps().getFirst();
            LocalDate day = LocalDate.now(clock.withZone(officer.timeZone().zoneId()));
            int seq = sequences.next(officer.branchCode(), "registration", day);
            app.register("%s-%s-%04d".formatted(officer.branchCode(), DAY.format(day), seq));
            app.enter(first.code(), 3, now);
            history.add(new StepVisit(app.id(), 3, app.branchCode(), first.code(), now, null, null, null, null, null));
            toStep = first.code();
        } else {
            app.enter(intakeStep.code(), 2, called);
            app.returnToApplicant(now);
            toStep = "RETURNED";
        }
        applications.save(app);
        visits.saveAll(history);
        // steps 1 and 2 end here, inside this transaction: the dashboard's roll-ups are written with the history
        StepVisit queued = history.get(0);
        StepVisit intake = history.get(1);
        events.publishEvent(new StepFinished(app.id(), app.branchCode(), app.typeCode(), queued.stepCode(), 1,
                queued.enteredAt(), called, called, ticket.calledBy(), StepOutcome.DONE, null, queued.enteredAt(), false));
        events.publishEvent(new StepFinished(app.id(), app.branchCode(), app.typeCode(), intake.stepCode(), 2,
                called, called, now, officer.getUsername(), intake.outcome(), null, queued.enteredAt(), false));
        queue.markServed(ticket.id());
        audit.record(app.branchCode(), "application", app.id().toString(), missing.isEmpty() ? "registered" : "returned",
                "ticket=" + ticket.number() + ", type=" + type.code() + ", registration=" + app.registrationNumber()
                        + ", missing=" + missing.stream().map(Localized::id).toList());
        events.publishEvent(new ApplicationMoved(app.id(), app.branchCode(), intakeStep.code(), toStep));
        String reference = app.registrationNumber() != null ? app.registrationNumber()
                : "%s-%s-%s".formatted(app.branchCode(),
                        DAY.format(LocalDate.now(clock.withZone(officer.timeZone().zoneId()))), ticket.number());
        return new IntakeResult(app.id(), app.registrationNumber(), ticket.number(), !missing.isEmpty(), missing,
                reference);
    }

    // ---------------------------------------------------------------- the board

    @PreAuthorize(BOARD_ROLES)
    @Transactional(readOnly = true)
    public List<CardRow> board() {
        LoketUser user = CurrentUser.require();
        Instant startOfToday = LocalDate.now(clock.withZone(user.timeZone().zoneId()))
                .atStartOfDay(user.timeZone().zoneId()).toInstant();
        return applications.board(user.branchCode(), startOfToday);
    }

    @PreAuthorize(BOARD_ROLES)
    @Transactional(readOnly = true)
    public Optional<CardRow> card(UUID id) {
        return applications.card(id).filter(c -> sameBranch(id));
    }

    /** An officer takes a card in a step of his role: his working time starts now. */
    @PreAuthorize(BOARD_ROLES)
    @Transactional
    public void claim(UUID id, long expectedVersion) {
        LoketUser officer = CurrentUser.require();
        Application app = load(id, expectedVersion);
        Step step = ownedStep(app, officer);
        if (app.holder() != null) {
            throw new BusinessException(app.holder().equals(officer.getUsername())
                    ? "workflow.error.already-yours" : "workflow.error.held-by-other", app.holder());
        }
        Instant now = Instant.now(clock);
        app.claim(officer.getUsername(), now);
        visits.claim(app.id(), app.visitNo(), now, officer.getUsername());
        audit.record(app.branchCode(), "application", app.id().toString(), "claimed", step.code());
        events.publishEvent(new ApplicationMoved(app.id(), app.branchCode(), step.code(), step.code()));
    }

    /** The keyboard path and the drop on the next column: finish the current step. */
    @PreAuthorize(BOARD_ROLES)
    @Transactional
    public void next(UUID id, long expectedVersion) {
        Application app = load(id, expectedVersion);
        Snapshot snapshot = catalog.catalog();
        String target = snapshot.step(app.currentStep()).flatMap(snapshot::next).map(Step::code).orElse(DONE);
        move(app, target, null);
    }

    /**
     * Moves a card one step forward (its guard must hold), or back to an earlier board step with a reason
     * (rework). Only an officer whose role works the current step may move it, and not while another holds it.
     */
    @PreAuthorize(BOARD_ROLES)
    @Transactional
    public void move(UUID id, long expectedVersion, String targetStep, String reason) {
        move(load(id, expectedVersion), targetStep, reason);
    }

    private void move(Application app, String targetStep, String reason) {
        LoketUser officer = CurrentUser.require();
        Step step = ownedStep(app, officer);
        if (app.holder() != null && !app.holder().equals(officer.getUsername())) {
            throw new BusinessException("workflow.error.held-by-other", staffName(app.holder()));
        }
        Snapshot snapshot = catalog.catalog();
        Optional<Step> next = snapshot.next(step);
        Instant now = Instant.now(clock);
        // read before the visit is closed: its first claim (kept through releases) and the ticket's time
        StepVisit open = visits.visit(app.id(), app.visitNo()).orElseThrow();
        Instant started = visits.visit(app.id(), 1).map(StepVisit::enteredAt).orElse(open.enteredAt());
        boolean forward = next.map(n -> n.code().equals(targetStep)).orElse(DONE.equals(targetStep));
        if (forward) {
            if (step.guardCode() != null) {
                StepGuard guard = guards().get(step.guardCode());
                Optional<String> blocked = guard == null ? Optional.of("workflow.error.guard-missing")
                        : guard.blockingReason(app.id());
                if (blocked.isPresent()) {
                    throw new BusinessException(blocked.get(), app.registrationNumber());
                }
            }
            visits.finish(app.id(), app.visitNo(), now, officer.getUsername(), StepOutcome.DONE, null);
            events.publishEvent(finished(app, open, now, officer.getUsername(), StepOutcome.DONE, null, started,
                    next.isEmpty()));
        } else {
            Step target = snapshot.step(targetStep).filter(Step::onBoard)
                    .orElseThrow(() -> new BusinessException("workflow.error.unknown-step"));
            if (target.seq() >= step.seq()) {
                throw new BusinessException("workflow.error.skip");
            }
            String why = reason == null ? "" : reason.trim();
            if (why.isEmpty() || why.length() > 500) {
                throw new BusinessException("workflow.error.reason");
            }
            visits.finish(app.id(), app.visitNo(), now, officer.getUsername(), StepOutcome.RETURNED, why);
            events.publishEvent(finished(app, open, now, officer.getUsername(), StepOutcome.RETURNED, why, started,
                    false));
            app.reworked();
        }
        String to;
        if (forward && next.isEmpty()) {
            app.complete(now);
            to = DONE;
        } else {
            to = forward ? next.get().code() : targetStep;
            app.enter(to, app.visitNo() + 1, now);
            visits.save(new StepVisit(app.id(), app.visitNo(), app.branchCode(), to, now, null, null, null, null, null));
        }
        audit.record(app.branchCode(), "application", app.id().toString(), forward ? "moved" : "sent-back",
                step.code() + " -> " + to + (forward ? "" : ": " + reason.trim()));
        events.publishEvent(new ApplicationMoved(app.id(), app.branchCode(), step.code(), to));
    }

    /**
     * The closed visit as an event, published inside this transaction (the dashboard's roll-ups are written with the
     * history). A visit nobody claimed counts its working time from the finish, as the history row does.
     */
    private static StepFinished finished(Application app, StepVisit visit, Instant now, String actor,
                                         StepOutcome outcome, String reason, Instant started, boolean completes) {
        return new StepFinished(app.id(), app.branchCode(), app.typeCode(), visit.stepCode(), visit.visitNo(),
                visit.enteredAt(), visit.claimedAt() != null ? visit.claimedAt() : now, now, actor, outcome, reason,
                started, completes);
    }

    // ---------------------------------------------------------------- who holds a card

    /**
     * What a work screen may offer the signed-in officer: change the work only when his role works the card's
     * current step and nobody else holds it. {@code holderName} is the holder's display name (empty when free).
     */
    public record WorkState(boolean mayChange, boolean active, String holder, String holderName, boolean heldByMe) {
    }

    @PreAuthorize(BOARD_ROLES)
    @Transactional(readOnly = true)
    public WorkState workState(UUID id) {
        LoketUser officer = CurrentUser.require();
        Application app = applications.findById(id).filter(a -> a.branchCode().equals(officer.branchCode()))
                .orElseThrow(() -> new BusinessException("workflow.error.not-found"));
        boolean active = app.status() == ApplicationStatus.ACTIVE;
        boolean ownStep = active && catalog.catalog().step(app.currentStep()).map(s -> officer.hasRole(s.role()))
                .orElse(false);
        boolean mine = officer.getUsername().equals(app.holder());
        return new WorkState(ownStep && (app.holder() == null || mine), active, app.holder(),
                app.holder() == null ? "" : staffName(app.holder()), mine);
    }

    /**
     * The one check every feature's changing work calls first (SIAK lookup and decision, family entry and
     * verification, signing, printing, handover): only the officer holding the card may change its work. A card
     * nobody holds is claimed by the first officer of its step who changes something, so opening a work screen
     * to look takes nothing, while two officers can never work the same card.
     */
    @PreAuthorize(BOARD_ROLES)
    @Transactional
    public void requireHolder(UUID id) {
        LoketUser officer = CurrentUser.require();
        Application app = applications.lockById(id)
                .filter(a -> a.branchCode().equals(officer.branchCode()))
                .orElseThrow(() -> new BusinessException("workflow.error.not-found"));
        if (app.status() != ApplicationStatus.ACTIVE) {
            throw new BusinessException("workflow.error.not-active", displayNumber(app));
        }
        Step step = ownedStep(app, officer);
        if (app.holder() == null) {
            Instant now = Instant.now(clock);
            app.claim(officer.getUsername(), now);
            visits.claim(app.id(), app.visitNo(), now, officer.getUsername());
            audit.record(app.branchCode(), "application", app.id().toString(), "claimed", step.code() + " (work started)");
            events.publishEvent(new ApplicationMoved(app.id(), app.branchCode(), step.code(), step.code()));
        } else if (!app.holder().equals(officer.getUsername())) {
            throw new BusinessException("workflow.error.held-by-other", staffName(app.holder()));
        }
    }

    /** Whether the signed-in officer may release or reassign others' claims (the board shows the buttons). */
    @PreAuthorize(BOARD_ROLES)
    public boolean mayOverrideClaims() {
        LoketUser officer = CurrentUser.require();
        return claimRules.mayAny(officer.roles());
    }

    /**
     * Takes a card from its holder (on leave, gone home): it waits in its step for anyone of the step's role.
     * Only roles the claim rules name (Kepala Seksi, head of office) of the card's branch, always with a reason.
     */
    @PreAuthorize(BOARD_ROLES)
    @Transactional
    public void release(UUID id, long expectedVersion, String reason) {
        overrideClaim(load(id, expectedVersion), ClaimRules.RELEASE, null, reason);
    }

    /** Gives a held card to another officer of the same branch whose role works the card's step. */
    @PreAuthorize(BOARD_ROLES)
    @Transactional
    public void reassign(UUID id, long expectedVersion, String toUsername, String reason) {
        overrideClaim(load(id, expectedVersion), ClaimRules.REASSIGN, toUsername, reason);
    }

    /** Officers a card may be reassigned to: enabled, same branch, their role works the card's current step. */
    @PreAuthorize(BOARD_ROLES)
    @Transactional(readOnly = true)
    public Map<String, String> reassignCandidates(UUID id) {
        LoketUser officer = CurrentUser.require();
        Application app = applications.findById(id).filter(a -> a.branchCode().equals(officer.branchCode()))
                .orElseThrow(() -> new BusinessException("workflow.error.not-found"));
        Optional<Step> step = catalog.catalog().step(app.currentStep());
        Map<String, String> names = new java.util.TreeMap<>();
        if (step.isEmpty()) {
            return names;
        }
        accounts.staffNames().forEach((username, fullName) -> accounts.loadForLogin(username)
                .filter(u -> u.isEnabled() && u.branchCode().equals(app.branchCode()) && u.hasRole(step.get().role())
                        && !username.equals(app.holder()))
                .ifPresent(u -> names.put(username, fullName)));
        return names;
    }

    private void overrideClaim(Application app, String action, String toUsername, String reason) {
        LoketUser officer = CurrentUser.require();
        if (!claimRules.may(officer.roles(), action)) {
            throw new BusinessException("workflow.error.claim-override-denied");
        }
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > 500) {
            throw new BusinessException("workflow.error.override-reason");
        }
        if (app.holder() == null) {
            throw new BusinessException("workflow.error.not-claimed", displayNumber(app));
        }
        String was = app.holder();
        Instant now = Instant.now(clock);
        String detail;
        if (ClaimRules.REASSIGN.equals(action)) {
            Step step = catalog.catalog().step(app.currentStep())
                    .orElseThrow(() -> new BusinessException("workflow.error.unknown-step"));
            String to = toUsername == null ? "" : toUsername.trim();
            boolean fits = !to.isEmpty() && !to.equals(was) && accounts.loadForLogin(to)
                    .filter(u -> u.isEnabled() && u.branchCode().equals(app.branchCode()) && u.hasRole(step.role()))
                    .isPresent();
            if (!fits) {
                throw new BusinessException("workflow.error.reassign-target");
            }
            app.claim(to, now);
            detail = app.currentStep() + ": " + was + " -> " + to + ": " + why;
        } else {
            app.release();
            detail = app.currentStep() + ": " + was + ": " + why;
        }
        audit.record(app.branchCode(), "application", app.id().toString(),
                ClaimRules.REASSIGN.equals(action) ? "claim-reassigned" : "claim-released", detail);
        events.publishEvent(new ApplicationMoved(app.id(), app.branchCode(), app.currentStep(), app.currentStep()));
    }

    /** A disabled officer can no longer finish anything: the cards he held wait in their steps for others. */
    @org.springframework.context.event.EventListener
    void on(id.loket.base.AccountDisabled disabled) {
        for (Application app : applications.findByHolderAndStatus(disabled.username(), ApplicationStatus.ACTIVE)) {
            app.release();
            audit.record(app.branchCode(), "application", app.id().toString(), "claim-released",
                    app.currentStep() + ": " + disabled.username() + ": account disabled");
            events.publishEvent(new ApplicationMoved(app.id(), app.branchCode(), app.currentStep(), app.currentStep()));
        }
    }

    private String staffName(String username) {
        return accounts.staffNames().getOrDefault(username, username);
    }

    // ---------------------------------------------------------------- detail

    @PreAuthorize(BOARD_ROLES)
    @Transactional(readOnly = true)
    public Detail detail(UUID id) {
        Application app = applications.findById(id).filter(a -> sameBranch(a.id()))
                .orElseThrow(() -> new BusinessException("workflow.error.not-found"));
        Snapshot snapshot = catalog.catalog();
        Map<Localized, Boolean> documents = new LinkedHashMap<>();
        snapshot.type(app.typeCode()).ifPresent(t -> t.documents().forEach(d ->
                documents.put(d.name(), app.documents().getOrDefault(d.code(), false))));
        List<Visit> timeline = visits.findByApplicationIdOrderByVisitNoAsc(id).stream().map(v -> {
            Optional<Step> step = snapshot.step(v.stepCode());
            return new Visit(v.visitNo(), v.stepCode(), step.map(Step::name).orElse(new Localized(v.stepCode(), v.stepCode())),
                    step.map(Step::standardMinutes).orElse(0), v.enteredAt(), v.claimedAt(), v.claimedBy(),
                    v.finishedAt(), v.actor(), v.outcome(), v.reason());
        }).toList();
        CardRow card = applications.card(id).orElseThrow();
        String phone = app.applicantPhone();
        return new Detail(card, new Nik(app.applicantNik()).masked(),
                phone.substring(0, Math.min(4, phone.length())) + "****" + phone.substring(Math.max(4, phone.length() - 3)),
                snapshot.type(app.typeCode()).map(AppType::name).orElse(new Localized(app.typeCode(), app.typeCode())),
                documents, timeline);
    }

    /**
     * The applicant's NIK as intake took it, unmasked, for the counter officer's SIAK lookup (so he need not type it
     * again); the view of the unmasked NIK is audited.
     */
    @PreAuthorize("hasRole('COUNTER')")
    @Transactional
    public Optional<String> applicantNik(UUID id) {
        return applications.findById(id).map(app -> {
            audit.record(app.branchCode(), "application", id.toString(), "viewed-nik", "SIAK check");
            return app.applicantNik();
        });
    }

    private Map<String, StepGuard> guards() {
        Map<String, StepGuard> current = guards;
        if (current == null) {
            current = guardBeans.orderedStream().collect(Collectors.toMap(StepGuard::code, Function.identity()));
            guards = current;
        }
        return current;
    }

    private boolean sameBranch(UUID id) {
        // read paths only (card, detail): a central user reads every branch's copies (ADR 007)
        return applications.findById(id).map(a -> CurrentUser.require().mayRead(a.branchCode())).orElse(false);
    }

    private Application load(UUID id, long expectedVersion) {
        Application app = applications.lockById(id)
                .filter(a -> a.branchCode().equals(CurrentUser.require().branchCode()))
                .orElseThrow(() -> new BusinessException("workflow.error.not-found"));
        if (app.version() != expectedVersion) {
            // someone else moved it since this officer's screen was drawn
            throw new BusinessException("workflow.error.moved-by-other", displayNumber(app));
        }
        if (app.status() != ApplicationStatus.ACTIVE) {
            throw new BusinessException("workflow.error.not-active", displayNumber(app));
        }
        return app;
    }

    private Step ownedStep(Application app, LoketUser officer) {
        Step step = catalog.catalog().step(app.currentStep())
                .orElseThrow(() -> new BusinessException("workflow.error.unknown-step"));
        if (!officer.hasRole(step.role())) {
            throw new BusinessException("workflow.error.not-your-step", new BusinessException.Key("role." + step.role()));
        }
        return step;
    }

    private static String displayNumber(Application app) {
        return app.registrationNumber() != null ? app.registrationNumber() : app.queueNumber();
    }
}
