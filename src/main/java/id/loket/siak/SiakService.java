package id.loket.siak;

import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.Nik;
import id.loket.base.PersonalData;
import id.loket.base.PersonalData.Kind;
import id.loket.base.PersonalData.Screen;
import id.loket.siak.internal.LookupRunner;
import id.loket.siak.internal.SiakGateway;
import id.loket.siak.internal.SiakLookupEntity;
import id.loket.siak.internal.SiakLookupRepository;
import id.loket.siak.internal.SiakProperties;
import id.loket.workflow.ApplicationStatus;
import id.loket.workflow.CardChanged;
import id.loket.workflow.CardRow;
import id.loket.workflow.WorkflowService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step 3, the SIAK check: the counter officer looks the applicant's NIK up in SIAK, compares, and decides
 * "cocok" or records the mismatch. A lookup is saved before SIAK is asked, so an outage only delays it: it stays
 * PENDING ("menunggu SIAK") and the retrier completes it when SIAK is back.
 */
@Service
public class SiakService {

    public static final String STEP = "SIAK_CHECK";

    private final SiakLookupRepository lookups;
    private final LookupRunner runner;
    private final SiakGateway gateway;
    private final WorkflowService workflow;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final SiakProperties properties;
    private final Clock clock;

    SiakService(SiakLookupRepository lookups, LookupRunner runner, SiakGateway gateway, WorkflowService workflow,
                AuditService audit, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                SiakProperties properties, Clock clock) {
        this.lookups = lookups;
        this.runner = runner;
        this.gateway = gateway;
        this.workflow = workflow;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Saves the lookup as pending, then asks SIAK once, waiting at most loket.siak.first-try-wait. Without an
     * answer by then the lookup stays PENDING and completes in the background. Asking again for the same NIK
     * while pending changes nothing.
     */
    @PreAuthorize("hasRole('COUNTER')")
    public SiakLookup requestLookup(UUID applicationId, String nik) {
        LoketUser officer = CurrentUser.require();
        if (applicationId == null) {
            throw new BusinessException("siak.error.not-found");
        }
        String value = Nik.parse(nik).value();
        CardRow card = atSiakStep(applicationId);
        workflow.requireHolder(applicationId); // only the card's holder changes its work (claims a free card)
        SiakLookupEntity saved = tx.execute(s -> {
            SiakLookupEntity previous = lookups.findByApplicationId(applicationId).orElse(null);
            if (previous != null && previous.status() == LookupStatus.PENDING && value.equals(previous.nik())) {
                return null; // already waiting for SIAK: nothing new to ask
            }
            Instant now = Instant.now(clock);
            if (previous != null) {
                // a new row per lookup: the old one stays on record, and its late answer can no longer land here
                previous.supersede(now);
                lookups.saveAndFlush(previous);
            }
            SiakLookupEntity l = new SiakLookupEntity(officer.branchCode(), applicationId, card.displayNumber());
            l.request(value, officer.getUsername(), now, runner.firstRetryAt(now));
            lookups.saveAndFlush(l);
            audit.record(l.branchCode(), "siak-lookup", applicationId.toString(), "requested", new Nik(value).masked()
                    + (previous == null ? "" : " (replaces " + new Nik(previous.nik()).masked() + ")"));
            events.publishEvent(new CardChanged(applicationId, l.branchCode()));
            return l;
        });
        if (saved != null) {
            try {
                runner.firstTry(saved.id()).get(properties.firstTryWait().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // SIAK is slow: the lookup is saved and completes in the background
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // stays pending; the retrier tries again
            }
        }
        return tx.execute(s -> view(lookups.findByApplicationId(applicationId).orElseThrow()));
    }

    @PreAuthorize("hasAnyRole('COUNTER','OPERATOR','VERIFIER','HEAD_OF_OFFICE')")
    @Transactional
    public Optional<SiakLookup> lookup(UUID applicationId) {
        // another branch's lookup is not found: branch isolation (ADR 007) filters every read
        return lookups.findByApplicationId(applicationId).map(this::view);
    }

    /** "Cocok" needs a SIAK record; "tidak cocok" needs a note saying what differs. */
    @PreAuthorize("hasRole('COUNTER')")
    @Transactional
    public void decide(UUID applicationId, SiakDecision decision, String note) {
        workflow.requireHolder(applicationId); // only the card's holder changes its work (claims a free card)
        LoketUser officer = CurrentUser.require();
        if (decision == null) {
            throw new BusinessException("siak.error.decision");
        }
        SiakLookupEntity l = lookups.findByApplicationId(applicationId)
                .orElseThrow(() -> new BusinessException("siak.error.no-lookup"));
        atSiakStep(applicationId);
        if (l.status() == LookupStatus.PENDING) {
            throw new BusinessException("siak.error.pending");
        }
        String text = note == null ? "" : note.trim();
        if (text.length() > 500) {
            throw new BusinessException("siak.error.note-length");
        }
        if (decision == SiakDecision.MISMATCH && text.isEmpty()) {
            throw new BusinessException("siak.error.note-required");
        }
        if (decision == SiakDecision.MATCH && l.status() != LookupStatus.FOUND) {
            throw new BusinessException("siak.error.match-needs-record");
        }
        l.decide(decision, text.isEmpty() ? null : text, officer.getUsername(), Instant.now(clock));
        lookups.saveAndFlush(l);
        audit.record(l.branchCode(), "siak-lookup", applicationId.toString(), "decided",
                decision + (text.isEmpty() ? "" : ": " + text));
        events.publishEvent(new CardChanged(applicationId, l.branchCode()));
    }

    /** What the gateway knows (circuit, since when, last success and failure) and how many lookups of this branch wait. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SiakStatus status() {
        return new SiakStatus(gateway.connected(), gateway.since(),
                lookups.countByBranchCodeAndStatus(CurrentUser.require().branchCode(), LookupStatus.PENDING),
                gateway.circuit(), gateway.lastSuccess(), gateway.lastFailure());
    }

    private CardRow atSiakStep(UUID applicationId) {
        CardRow card = workflow.card(applicationId).orElseThrow(() -> new BusinessException("siak.error.not-found"));
        if (card.status() != ApplicationStatus.ACTIVE || !STEP.equals(card.stepCode())) {
            throw new BusinessException("siak.error.not-at-step", card.displayNumber());
        }
        return card;
    }

    private SiakLookup view(SiakLookupEntity l) {
        LoketUser user = CurrentUser.require();
        // who sees what in clear is the one personal-data policy's (base.PersonalData), audited when unmasked
        boolean unmasked = PersonalData.unmasked(user, Screen.SIAK_CHECK);
        java.util.function.BiFunction<Kind, String, String> show = (k, v) -> PersonalData.show(user, Screen.SIAK_CHECK, k, v);
        SiakFamily family = LookupRunner.family(l);
        if (family != null && unmasked) {
            audit.record(l.branchCode(), "siak-lookup", l.applicationId().toString(), "viewed-unmasked",
                    family.members().size() + " member(s)");
        }
        if (family != null && !unmasked) {
            family = new SiakFamily(show.apply(Kind.KK_NUMBER, family.kkNumber()), show.apply(Kind.NAME, family.headName()),
                    show.apply(Kind.ADDRESS, family.address()), family.rt(),
                    family.rw(), family.villageCode(), family.postalCode(), family.members().stream()
                    .map(m -> new SiakMember(show.apply(Kind.NIK, m.nik()), show.apply(Kind.NAME, m.fullName()), m.sexCode(),
                            m.birthPlace(), m.birthDate(), m.religionCode(), m.educationCode(), m.occupationCode(),
                            m.bloodTypeCode(), m.maritalStatusCode(), m.marriageDate(), m.relationshipCode(),
                            m.citizenshipCode(), show.apply(Kind.TRAVEL_DOCUMENT, m.passportNumber()),
                            show.apply(Kind.TRAVEL_DOCUMENT, m.kitapNumber()), show.apply(Kind.NAME, m.fatherName()),
                            show.apply(Kind.NAME, m.motherName()))).toList());
        }
        return new SiakLookup(l.applicationId(), show.apply(Kind.NIK, l.nik()), l.status(), family, l.errorKey(),
                l.attempts(), l.requestedAt(), l.completedAt(), l.decision(), l.note());
    }
}
