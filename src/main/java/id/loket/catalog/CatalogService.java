package id.loket.catalog;

import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.base.Localized;
import id.loket.catalog.internal.ApplicationType;
import id.loket.catalog.internal.DocumentRepository;
import id.loket.catalog.internal.RequiredDocument;
import id.loket.catalog.internal.ServiceStep;
import id.loket.catalog.internal.StepRepository;
import id.loket.catalog.internal.TypeRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The service catalogue: the KK service's steps (who works each, its standard minutes, WIP limit, guard) and
 * its application types with their required documents. Rules are data here, read by everyone, edited by the
 * admin. A snapshot is kept in memory: the board reads it on every move.
 */
@Service
public class CatalogService {

    public static final String KK = "KK";

    private final StepRepository steps;
    private final TypeRepository types;
    private final DocumentRepository documents;
    private final AuditService audit;
    private final org.springframework.beans.factory.ObjectProvider<StepGuardCodes> guardCodes;
    private volatile Snapshot snapshot;

    CatalogService(StepRepository steps, TypeRepository types, DocumentRepository documents, AuditService audit,
                   org.springframework.beans.factory.ObjectProvider<StepGuardCodes> guardCodes) {
        this.guardCodes = guardCodes;
        this.steps = steps;
        this.types = types;
        this.documents = documents;
        this.audit = audit;
    }

    public record Step(String code, int seq, Localized name, String role, int standardMinutes, int wipLimit,
                       boolean onBoard, String guardCode, long version) {
    }

    public record Document(String code, Localized name) {
    }

    /**
     * {@code createsNewFamily}: the type makes a new family with a new KK number; otherwise the KK keeps its number.
     * {@code version}: what the admin saw when he edits the required documents.
     */
    public record AppType(String code, Localized name, boolean addition, List<Document> documents, boolean createsNewFamily,
                          long version) {

        public Set<String> documentCodes() {
            return documents.stream().map(Document::code).collect(Collectors.toSet());
        }
    }

    /** Everything the workflow needs to apply the rules, in step order. */
    public record Snapshot(String queuePrefix, List<Step> steps, List<AppType> types) {

        public Optional<Step> step(String code) {
            return steps.stream().filter(s -> s.code().equals(code)).findFirst();
        }

        public Optional<Step> next(Step step) {
            return steps.stream().filter(s -> s.seq() > step.seq()).min(Comparator.comparingInt(Step::seq));
        }

        public List<Step> boardSteps() {
            return steps.stream().filter(Step::onBoard).toList();
        }

        public Optional<AppType> type(String code) {
            return types.stream().filter(t -> t.code().equals(code)).findFirst();
        }
    }

    /** Public: the kiosk shows application types before anyone signs in. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Snapshot catalog() {
        Snapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        Map<String, RequiredDocument> docs = documents.findAll().stream()
                .collect(Collectors.toMap(RequiredDocument::code, Function.identity()));
        List<Step> stepList = steps.findByServiceCodeOrderBySeqAsc(KK).stream()
                .map(s -> new Step(s.code(), s.seq(), new Localized(s.nameId(), s.nameEn()), s.role(),
                        s.standardMinutes(), s.wipLimit(), s.onBoard(), s.guardCode(), s.version()))
                .toList();
        List<AppType> typeList = types.findAllByOrderBySortOrderAsc().stream()
                .filter(ApplicationType::active)
                .map(t -> new AppType(t.code(), new Localized(t.nameId(), t.nameEn()), t.addition(),
                        t.documentCodes().stream().map(docs::get).filter(Objects::nonNull)
                                .sorted(Comparator.comparing(RequiredDocument::code))
                                .map(d -> new Document(d.code(), new Localized(d.nameId(), d.nameEn()))).toList(),
                        t.createsNewFamily(), t.version()))
                .toList();
        return new Snapshot(steps.queuePrefix(KK), stepList, typeList);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Document> allDocuments() {
        return documents.findAll().stream().sorted(Comparator.comparing(RequiredDocument::code))
                .map(d -> new Document(d.code(), new Localized(d.nameId(), d.nameEn()))).toList();
    }

    /**
     * A step's new values. {@code guardCode} must be one the features register ({@link #guardCodes()}); taking a
     * step's guard away needs {@code guardRemovalConfirmed}, so a required control is never cleared by accident.
     */
    public record StepChange(String nameId, String nameEn, int standardMinutes, int wipLimit, String guardCode,
                             boolean guardRemovalConfirmed) {

        public StepChange(String nameId, String nameEn, int standardMinutes, int wipLimit, String guardCode) {
            this(nameId, nameEn, standardMinutes, wipLimit, guardCode, false);
        }
    }

    /** The guard codes a step may name: those the features register. */
    @PreAuthorize("hasRole('ADMIN')")
    public java.util.SortedSet<String> guardCodes() {
        return guardCodes.orderedStream().flatMap(g -> g.codes().stream())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeStep(String code, long expectedVersion, StepChange change) {
        ServiceStep step = steps.findByServiceCodeOrderBySeqAsc(KK).stream().filter(s -> s.code().equals(code))
                .findFirst().orElseThrow(() -> new BusinessException("catalog.error.step-not-found"));
        if (step.version() != expectedVersion) {
            throw new BusinessException("catalog.error.stale");
        }
        if (change.nameId() == null || change.nameId().isBlank() || change.nameEn() == null || change.nameEn().isBlank()
                || change.nameId().length() > 120 || change.nameEn().length() > 120) {
            throw new BusinessException("catalog.error.name");
        }
        if (change.standardMinutes() < 1 || change.standardMinutes() > 480) {
            throw new BusinessException("catalog.error.minutes");
        }
        if (change.wipLimit() < 1 || change.wipLimit() > 500) {
            throw new BusinessException("catalog.error.wip");
        }
        String guard = change.guardCode() == null || change.guardCode().isBlank() ? null : change.guardCode().trim();
        if (guard != null && !guard.equals(step.guardCode()) && !guardCodes().contains(guard)) {
            throw new BusinessException("catalog.error.guard-unknown", guard);
        }
        if (guard == null && step.guardCode() != null && !change.guardRemovalConfirmed()) {
            throw new BusinessException("catalog.error.guard-removal", step.guardCode());
        }
        String before = describe(step);
        step.change(change.nameId().trim(), change.nameEn().trim(), change.standardMinutes(), change.wipLimit(), guard);
        steps.flush();
        audit.record("*", "catalog-step", code, "changed", before + " -> " + describe(step));
        invalidateAfterCommit();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeRequiredDocuments(String typeCode, long expectedVersion, Set<String> documentCodes) {
        ApplicationType type = types.findById(typeCode)
                .orElseThrow(() -> new BusinessException("catalog.error.type-not-found"));
        if (type.version() != expectedVersion) {
            throw new BusinessException("catalog.error.stale");
        }
        if (documentCodes == null || !documents.findAllById(documentCodes).stream().map(RequiredDocument::code)
                .collect(Collectors.toSet()).containsAll(documentCodes)) {
            throw new BusinessException("catalog.error.document");
        }
        String before = type.documentCodes().stream().sorted().toList().toString();
        type.requireDocuments(documentCodes);
        types.flush(); // a concurrent save that passed the check above still fails on the version, not silently
        audit.record("*", "catalog-type", typeCode, "documents-changed",
                before + " -> " + documentCodes.stream().sorted().toList());
        invalidateAfterCommit();
    }

    private void invalidateAfterCommit() {
        snapshot = null;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                snapshot = null;
            }
        });
    }

    private static String describe(ServiceStep s) {
        return "name=" + s.nameId() + "/" + s.nameEn() + ", standard=" + s.standardMinutes() + "min, wip="
                + s.wipLimit() + ", guard=" + s.guardCode();
    }
}
