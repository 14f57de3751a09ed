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
import id.loket.sync.DownstreamLog;
import id.loket.sync.ServerMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private final DownstreamLog downstream;
    private final ServerMode mode;
    private volatile Snapshot snapshot;

    CatalogService(StepRepository steps, TypeRepository types, DocumentRepository documents, AuditService audit,
                   org.springframework.beans.factory.ObjectProvider<StepGuardCodes> guardCodes,
                   DownstreamLog downstream, ServerMode mode) {
        this.guardCodes = guardCodes;
        this.downstream = downstream;
        this.mode = mode;
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
        toBranches();
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
        toBranches();
        invalidateAfterCommit();
    }

    /** The downstream {@code catalog} event's type and layout (docs/events.md). */
    static final String DOWNSTREAM_TYPE = "catalog";
    static final int DOWNSTREAM_SCHEMA = 1;

    /**
     * On the central, a catalogue change goes to every branch in the same transaction: the whole catalogue (steps,
     * required documents, each type's documents), so a branch that missed one applies the latest and is current.
     */
    private void toBranches() {
        if (!mode.central()) {
            return;
        }
        List<Map<String, Object>> stepRows = new ArrayList<>();
        for (ServiceStep s : steps.findByServiceCodeOrderBySeqAsc(KK)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", s.code());
            row.put("nameId", s.nameId());
            row.put("nameEn", s.nameEn());
            row.put("standardMinutes", s.standardMinutes());
            row.put("wipLimit", s.wipLimit());
            row.put("guardCode", s.guardCode());
            stepRows.add(row);
        }
        List<Map<String, Object>> documentRows = documents.findAll().stream()
                .sorted(Comparator.comparing(RequiredDocument::code))
                .map(d -> Map.<String, Object>of("code", d.code(), "nameId", d.nameId(), "nameEn", d.nameEn()))
                .toList();
        List<Map<String, Object>> typeRows = types.findAllByOrderBySortOrderAsc().stream()
                .map(t -> Map.<String, Object>of("code", t.code(), "documents",
                        t.documentCodes().stream().sorted().toList()))
                .toList();
        downstream.append(DOWNSTREAM_TYPE, DOWNSTREAM_SCHEMA, DownstreamLog.ALL_BRANCHES, "catalog",
                Map.of("service", KK, "steps", stepRows, "documents", documentRows, "types", typeRows));
    }

    /**
     * A branch applies the central's catalogue (inside the downstream transaction): each step, document and type's
     * documents that differ are changed and audited as coming from the central. Types the branch does not have are
     * left out (types are created by a release, not by the admin).
     */
    @SuppressWarnings("unchecked")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void applyFromCentral(Map<String, Object> data) {
        Map<String, ServiceStep> ours = steps.findByServiceCodeOrderBySeqAsc(KK).stream()
                .collect(Collectors.toMap(ServiceStep::code, Function.identity()));
        for (Map<String, Object> row : (List<Map<String, Object>>) data.getOrDefault("steps", List.of())) {
            ServiceStep step = ours.get((String) row.get("code"));
            if (step == null) {
                continue;
            }
            String nameId = (String) row.get("nameId");
            String nameEn = (String) row.get("nameEn");
            int minutes = ((Number) row.get("standardMinutes")).intValue();
            int wip = ((Number) row.get("wipLimit")).intValue();
            String guard = (String) row.get("guardCode");
            if (nameId.equals(step.nameId()) && nameEn.equals(step.nameEn()) && minutes == step.standardMinutes()
                    && wip == step.wipLimit() && Objects.equals(guard, step.guardCode())) {
                continue;
            }
            String before = describe(step);
            step.change(nameId, nameEn, minutes, wip, guard);
            audit.record("*", "catalog-step", step.code(), "changed-by-central", before + " -> " + describe(step));
        }
        Map<String, RequiredDocument> docs = documents.findAll().stream()
                .collect(Collectors.toMap(RequiredDocument::code, Function.identity()));
        for (Map<String, Object> row : (List<Map<String, Object>>) data.getOrDefault("documents", List.of())) {
            String code = (String) row.get("code");
            RequiredDocument doc = docs.get(code);
            String nameId = (String) row.get("nameId");
            String nameEn = (String) row.get("nameEn");
            if (doc == null) {
                documents.save(new RequiredDocument(code, nameId, nameEn));
                audit.record("*", "catalog-document", code, "added-by-central", nameId + "/" + nameEn);
            } else if (!doc.nameId().equals(nameId) || !doc.nameEn().equals(nameEn)) {
                doc.rename(nameId, nameEn);
                audit.record("*", "catalog-document", code, "changed-by-central", nameId + "/" + nameEn);
            }
        }
        documents.flush(); // new documents exist before a type names them
        for (Map<String, Object> row : (List<Map<String, Object>>) data.getOrDefault("types", List.of())) {
            Optional<ApplicationType> type = types.findById((String) row.get("code"));
            Set<String> wanted = Set.copyOf((List<String>) row.get("documents"));
            if (type.isEmpty() || type.get().documentCodes().equals(wanted)) {
                continue;
            }
            String before = type.get().documentCodes().stream().sorted().toList().toString();
            type.get().requireDocuments(wanted);
            audit.record("*", "catalog-type", type.get().code(), "documents-changed-by-central",
                    before + " -> " + wanted.stream().sorted().toList());
        }
        steps.flush();
        types.flush();
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
