package id.loket.population;

import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.Nik;
import id.loket.base.Roles;
import id.loket.population.internal.Family;
import id.loket.population.internal.FamilyMember;
import id.loket.population.internal.FamilyRepository;
import id.loket.workflow.ApplicationMoved;
import id.loket.workflow.CardRow;
import id.loket.workflow.StepGuard;
import id.loket.workflow.StepWork;
import id.loket.workflow.WorkflowService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Steps 4 and 5 on the family's data: the operator enters the family (prefilled from the baseline), the Kepala
 * Seksi compares it with the baseline and approves or returns it. Guards keep a card in its step until that work
 * is done, so dragging on the board cannot skip it.
 */
@Service
public class FamilyService {

    public static final String ENTRY_STEP = "DATA_ENTRY";
    public static final String VERIFY_STEP = "VERIFICATION";

    private final FamilyRepository families;
    private final ReferenceData references;
    private final WorkflowService workflow;
    private final AuditService audit;
    private final List<BaselineProvider> baselines;
    private final JsonMapper json;
    private final Clock clock;

    FamilyService(FamilyRepository families, ReferenceData references, WorkflowService workflow, AuditService audit,
                  List<BaselineProvider> baselines, JsonMapper json, Clock clock) {
        this.families = families;
        this.references = references;
        this.workflow = workflow;
        this.audit = audit;
        this.baselines = baselines;
        this.json = json;
        this.clock = clock;
    }

    /** The family as a screen shows it; NIKs are masked unless the officer works the case. */
    public record FamilyView(UUID applicationId, String status, long version, FamilyForm form, String baselineSource,
                             boolean unmasked, List<Violation> warnings) {
    }

    @PreAuthorize("hasAnyRole('OPERATOR','VERIFIER','HEAD_OF_OFFICE')")
    @Transactional
    public FamilyView open(UUID applicationId) {
        CardRow card = card(applicationId);
        LoketUser user = CurrentUser.require();
        Family family = families.findByApplicationId(applicationId).orElse(null);
        if (family == null) {
            if (!user.hasRole(Roles.OPERATOR)) {
                return new FamilyView(applicationId, Family.DRAFT, -1, FamilyForm.empty(), "NONE", false, List.of());
            }
            // start from SIAK / the old KK when a feature provides it, so the operator corrects instead of retyping
            Optional<BaselineProvider> provider = baselines.stream().filter(b -> b.baseline(applicationId).isPresent()).findFirst();
            FamilyForm baseline = provider.flatMap(b -> b.baseline(applicationId)).orElse(FamilyForm.empty());
            family = new Family(user.branchCode(), applicationId, provider.map(BaselineProvider::source).orElse("NONE"),
                    json.writeValueAsString(baseline), Instant.now(clock), user.getUsername());
            apply(family, baseline);
            families.save(family);
            audit.record(user.branchCode(), "application", applicationId.toString(), "family-draft-created",
                    "baseline=" + family.baselineSource());
        }
        boolean unmasked = user.hasRole(Roles.OPERATOR) || user.hasRole(Roles.VERIFIER);
        FamilyForm form = toForm(family);
        if (unmasked) {
            audit.record(family.branchCode(), "application", applicationId.toString(), "family-viewed-unmasked",
                    card.displayNumber());
        } else {
            form = masked(form);
        }
        return new FamilyView(applicationId, family.status(), family.version(), form, family.baselineSource(), unmasked,
                List.of());
    }

    /** Saves the draft; every rule is checked first and nothing is saved when one is broken. */
    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional
    public FamilyView save(UUID applicationId, long version, FamilyForm form) {
        workflow.requireHolder(applicationId); // only the card's holder changes its work (claims a free card)
        CardRow card = card(applicationId);
        if (!ENTRY_STEP.equals(card.stepCode())) {
            throw new BusinessException("population.error.not-in-entry", card.displayNumber());
        }
        Family family = families.findByApplicationId(applicationId)
                .orElseThrow(() -> new BusinessException("population.error.no-draft"));
        if (family.version() != version) {
            throw new BusinessException("population.error.changed-by-other");
        }
        FamilyForm clean = normalize(form);
        FamilyRules.Result result = FamilyRules.check(clean, references, LocalDate.now(clock.withZone(
                CurrentUser.require().timeZone().zoneId())));
        List<Violation> errors = new ArrayList<>(result.errors());
        List<String> niks = clean.members().stream().map(MemberForm::nik).filter(n -> n != null && n.length() == 16).toList();
        if (!niks.isEmpty()) {
            for (String taken : families.niksInOtherActiveFamilies(niks, applicationId,
                    clean.kkNumber() == null ? "" : clean.kkNumber())) {
                errors.add(new Violation("population.error.member.nik-in-other-kk", new Nik(taken).masked()));
            }
        }
        if (!errors.isEmpty()) {
            throw new FamilyInvalid(errors);
        }
        apply(family, clean);
        family.status(Family.DRAFT);
        families.saveAndFlush(family);
        audit.record(family.branchCode(), "application", applicationId.toString(), "family-saved",
                clean.members().size() + " members, kk=" + clean.kkNumber());
        return new FamilyView(applicationId, family.status(), family.version(), clean, family.baselineSource(), true,
                result.warnings());
    }

    /** Saves and submits for verification: the card moves to step 5. */
    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional
    public void submit(UUID applicationId, long version, FamilyForm form) {
        workflow.requireHolder(applicationId); // only the card's holder changes its work (claims a free card)
        save(applicationId, version, form);
        Family family = families.findByApplicationId(applicationId).orElseThrow();
        family.status(Family.SUBMITTED);
        families.flush();
        workflow.next(applicationId, card(applicationId).version());
    }

    @PreAuthorize("hasAnyRole('VERIFIER','HEAD_OF_OFFICE')")
    @Transactional
    public FamilyDiff diff(UUID applicationId) {
        Family family = families.findByApplicationId(applicationId)
                .orElseThrow(() -> new BusinessException("population.error.no-draft"));
        FamilyForm baseline = family.baselineJson() == null ? FamilyForm.empty()
                : json.readValue(family.baselineJson(), FamilyForm.class);
        FamilyForm entered = toForm(family);
        if (!CurrentUser.require().hasRole(Roles.VERIFIER)) {
            return FamilyDiff.between(family.baselineSource(), masked(baseline), masked(entered));
        }
        audit.record(family.branchCode(), "application", applicationId.toString(), "family-viewed-unmasked", "diff");
        return FamilyDiff.between(family.baselineSource(), baseline, entered);
    }

    @PreAuthorize("hasRole('VERIFIER')")
    @Transactional
    public void approve(UUID applicationId) {
        workflow.requireHolder(applicationId); // only the card's holder changes its work (claims a free card)
        Family family = families.findByApplicationId(applicationId)
                .orElseThrow(() -> new BusinessException("population.error.no-draft"));
        CardRow card = card(applicationId);
        if (!VERIFY_STEP.equals(card.stepCode()) || !Family.SUBMITTED.equals(family.status())) {
            throw new BusinessException("population.error.not-in-verification", card.displayNumber());
        }
        family.status(Family.APPROVED);
        families.flush();
        audit.record(family.branchCode(), "application", applicationId.toString(), "family-approved", null);
        workflow.next(applicationId, card.version());
    }

    @PreAuthorize("hasRole('VERIFIER')")
    @Transactional
    public void returnToEntry(UUID applicationId, String reason) {
        workflow.requireHolder(applicationId); // only the card's holder changes its work (claims a free card)
        CardRow card = card(applicationId);
        workflow.move(applicationId, card.version(), ENTRY_STEP, reason);
    }

    /** A card sent back to data entry (from the board or the verifier) reopens its family for editing. */
    @EventListener
    void on(ApplicationMoved moved) {
        if (ENTRY_STEP.equals(moved.toStep()) && moved.fromStep() != null && !ENTRY_STEP.equals(moved.fromStep())) {
            families.findByApplicationId(moved.applicationId()).ifPresent(f -> f.status(Family.DRAFT));
        }
    }

    /**
     * The verified family as the KK prints it (steps 6 and 7). Only an approved family is ever printed; the caller
     * (the document feature) audits what it does with it.
     */
    @PreAuthorize("hasAnyRole('SIGNER','HEAD_OF_OFFICE')")
    @Transactional(readOnly = true)
    public FamilyForm approvedFamily(UUID applicationId) {
        Family family = families.findByApplicationId(applicationId)
                .filter(f -> Family.APPROVED.equals(f.status()))
                .orElseThrow(() -> new BusinessException("population.error.not-approved"));
        return toForm(family);
    }

    /** Whether any family here already has this KK number (a new number must not). */
    @PreAuthorize("hasRole('SIGNER')")
    @Transactional(readOnly = true)
    public boolean kkNumberInUse(String kkNumber) {
        return families.existsByKkNumber(kkNumber);
    }

    /** A new family gets its KK number when its first KK is signed; a family that has one keeps it. */
    @PreAuthorize("hasRole('SIGNER')")
    @Transactional
    public void recordKkNumber(UUID applicationId, KkNumber number) {
        Family family = families.findByApplicationId(applicationId)
                .orElseThrow(() -> new BusinessException("population.error.not-approved"));
        if (family.kkNumber() == null) {
            family.issuedKkNumber(number.value());
            audit.record(family.branchCode(), "application", applicationId.toString(), "kk-number-issued", number.value());
        }
    }

    /** For the step guards; runs inside the move that asks. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> familyStatus(UUID applicationId) {
        return families.findByApplicationId(applicationId).map(Family::status);
    }

    private CardRow card(UUID applicationId) {
        return workflow.card(applicationId).orElseThrow(() -> new BusinessException("workflow.error.not-found"));
    }

    private void apply(Family family, FamilyForm f) {
        family.header(blankToNull(f.kkNumber()), f.address(), f.rt(), f.rw(), f.villageCode(), f.postalCode(),
                Instant.now(clock), CurrentUser.actorName());
        List<MemberForm> members = f.members() == null ? List.of() : f.members();
        family.replaceMembers(IntStream.range(0, members.size())
                .mapToObj(i -> new FamilyMember(family, i + 1, members.get(i))).toList());
    }

    private static FamilyForm toForm(Family f) {
        return new FamilyForm(f.kkNumber(), f.address(), f.rt(), f.rw(), f.villageCode(), f.postalCode(),
                f.members().stream().map(FamilyMember::toForm).toList());
    }

    private static FamilyForm masked(FamilyForm f) {
        return new FamilyForm(Nik.mask(f.kkNumber()),
                f.address(), f.rt(), f.rw(), f.villageCode(), f.postalCode(),
                f.members().stream().map(m -> new MemberForm(m.fullName(), Nik.mask(m.nik()), m.sexCode(), m.birthPlace(),
                        m.birthDate(), m.religionCode(), m.educationCode(), m.occupationCode(), m.bloodTypeCode(),
                        m.maritalStatusCode(), m.marriageDate(), m.marriageDateUnknown(), m.relationshipCode(),
                        m.citizenshipCode(), m.passportNumber() == null ? null : "****", m.kitapNumber() == null ? null : "****",
                        m.fatherName(), m.motherName(), m.movedOut())).toList());
    }

    /** Trims, removes typing noise from numbers and pads RT/RW to three digits as the KK prints them. */
    static FamilyForm normalize(FamilyForm f) {
        List<MemberForm> members = f.members() == null ? List.of() : f.members().stream().map(m -> new MemberForm(
                trim(m.fullName()), digits(m.nik()), m.sexCode(), trim(m.birthPlace()), m.birthDate(), m.religionCode(),
                m.educationCode(), m.occupationCode(), m.bloodTypeCode(), m.maritalStatusCode(), m.marriageDate(),
                m.marriageDateUnknown(), m.relationshipCode(), m.citizenshipCode(), blankToNull(trim(m.passportNumber())),
                blankToNull(trim(m.kitapNumber())), blankToNull(trim(m.fatherName())), blankToNull(trim(m.motherName())),
                m.movedOut())).toList();
        return new FamilyForm(blankToNull(digits(f.kkNumber())), trim(f.address()), pad(f.rt()), pad(f.rw()),
                f.villageCode(), trim(f.postalCode()), members);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim().replaceAll("\\s+", " ");
    }

    private static String digits(String s) {
        return s == null ? null : s.replaceAll("[\\s.\\-]", "");
    }

    private static String pad(String s) {
        String t = s == null ? "" : s.trim();
        return t.matches("\\d{1,3}") ? "%03d".formatted(Integer.parseInt(t)) : t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Guards and work links that tie steps 4 and 5 to this feature. */
    @Configuration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        StepGuard familyComplete(FamilyService service) {
            return StepGuard.when("family-complete", id -> service.familyStatus(id).filter(Family.SUBMITTED::equals).isPresent(),
                    "population.guard.entry");
        }

        @Bean
        StepGuard familyVerified(FamilyService service) {
            return StepGuard.when("family-verified", id -> service.familyStatus(id).filter(Family.APPROVED::equals).isPresent(),
                    "population.guard.verify");
        }

        @Bean
        StepWork dataEntryWork() {
            return StepWork.at(ENTRY_STEP, "keluarga/");
        }

        @Bean
        StepWork verificationWork() {
            return StepWork.at(VERIFY_STEP, "verifikasi/");
        }
    }
}
