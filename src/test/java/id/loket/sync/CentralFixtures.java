package id.loket.sync;

import id.loket.Officers;
import id.loket.base.BranchTimeZone;
import id.loket.base.Roles;
import id.loket.base.account.AccountBootstrap;
import id.loket.catalog.CatalogService;
import id.loket.document.DocumentService;
import id.loket.population.Families;
import id.loket.population.FamilyService;
import id.loket.queue.QueueService;
import id.loket.siak.LookupStatus;
import id.loket.siak.SiakDecision;
import id.loket.siak.SiakService;
import id.loket.sync.internal.central.EnrollmentService;
import id.loket.workflow.Applications;
import id.loket.workflow.CardRow;
import id.loket.workflow.WorkflowService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The central's test data: its own users ({@code dinas.kadis}, {@code dinas.admin}, at the central's own branch), officers of the test branch
 * {@code ASAL} (one per step role), applications walked through the real services at ASAL, and envelopes made by
 * hand from ASAL's rows as a branch's outbox would send them, under another branch code. Imported by
 * {@link CentralIntegrationTest} only (a branch context has no enrollment).
 */
public class CentralFixtures {

    public static final String SOURCE = "ASAL";
    static final Map<String, String> OFFICER_OF_ROLE = Map.of(Roles.FRONT_OFFICE, "asal.fo", Roles.COUNTER,
            "asal.loket", Roles.OPERATOR, "asal.op", Roles.VERIFIER, "asal.kasi", Roles.SIGNER, "asal.tte",
            Roles.PICKUP, "asal.ambil");

    private final AccountBootstrap bootstrap;
    private final Officers officers;
    private final QueueService queue;
    private final WorkflowService workflow;
    private final CatalogService catalog;
    private final SiakService siak;
    private final FamilyService families;
    private final DocumentService documents;
    private final JdbcTemplate jdbc;
    private final EnrollmentService enrollment;
    private final AtomicLong seq = new AtomicLong(1000);

    CentralFixtures(AccountBootstrap bootstrap, Officers officers, QueueService queue, WorkflowService workflow,
                    CatalogService catalog, SiakService siak, FamilyService families, DocumentService documents,
                    JdbcTemplate jdbc, EnrollmentService enrollment) {
        this.bootstrap = bootstrap;
        this.officers = officers;
        this.queue = queue;
        this.workflow = workflow;
        this.catalog = catalog;
        this.siak = siak;
        this.families = families;
        this.documents = documents;
        this.jdbc = jdbc;
        this.enrollment = enrollment;
    }

    public void users() {
        bootstrap.ensureBranch(SOURCE, "UPT Asal", BranchTimeZone.WIB);
        bootstrap.ensureUser("dinas.kadis", "Kepala Dinas Pusat", "PUSAT", Set.of(Roles.HEAD_OF_OFFICE), "loket123");
        bootstrap.ensureUser("dinas.admin", "Admin Pusat", "PUSAT", Set.of(Roles.ADMIN), "loket123");
        OFFICER_OF_ROLE.forEach((role, user) -> bootstrap.ensureUser(user, user, SOURCE, Set.of(role), "loket123"));
    }

    /** A new branch enrolled at the central by its admin; its key. */
    public EnrollmentService.IssuedKey enrolled(String code) {
        return officers.as("dinas.admin", () -> enrollment.enroll(code, "UPT " + code, BranchTimeZone.WIB));
    }

    public static String newCode() {
        return "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- the branch's own work

    public UUID registered(String typeCode, boolean allDocuments) {
        UUID ticket = queue.take(SOURCE, typeCode).id();
        String fo = OFFICER_OF_ROLE.get(Roles.FRONT_OFFICE);
        officers.run(fo, () -> {
            while (true) {
                QueueService.TicketRow called = queue.callNext("Loket 1").orElseThrow();
                if (called.id().equals(ticket)) {
                    return;
                }
                queue.skip(called.id());
            }
        });
        Set<String> docs = allDocuments ? catalog.catalog().type(typeCode).orElseThrow().documentCodes() : Set.of();
        return officers.as(fo, () -> workflow.completeIntake(new WorkflowService.IntakeForm(ticket, "Siti Nur'aini",
                Applications.NIK, "081234567890", typeCode, docs))).applicationId();
    }

    public CardRow card(UUID id) {
        return officers.as(OFFICER_OF_ROLE.get(Roles.VERIFIER), () -> workflow.card(id).orElseThrow());
    }

    /** Moves the card on from its step as that step's officer, doing the step's work (as the workflow tests do). */
    public void next(UUID id, boolean claimFirst) {
        CardRow card = card(id);
        String step = card.stepCode();
        String role = catalog.catalog().step(step).orElseThrow().role();
        String officer = OFFICER_OF_ROLE.get(role);
        if (claimFirst) {
            officers.run(officer, () -> workflow.claim(id, card.version()));
        }
        if ("SIAK_CHECK".equals(step) || role.equals(Roles.COUNTER)) {
            officers.run(officer, () -> {
                if (siak.requestLookup(id, Applications.NIK).status() != LookupStatus.FOUND) {
                    throw new IllegalStateException("SIAK simulator did not find the NIK");
                }
                siak.decide(id, SiakDecision.MATCH, null);
            });
        }
        if (FamilyService.ENTRY_STEP.equals(step)) {
            officers.run(officer, () -> {
                var draft = families.open(id);
                families.submit(id, draft.version(), Families.family());
            });
        } else if (FamilyService.VERIFY_STEP.equals(step)) {
            officers.run(officer, () -> families.approve(id));
        } else if (DocumentService.SIGNING_STEP.equals(step)) {
            Applications.fromSignersBrowser(() -> officers.as(officer,
                    () -> documents.sign(id, documents.preview(id).contentHash())));
        } else if (DocumentService.HANDOVER_STEP.equals(step)) {
            officers.run(officer, () -> {
                documents.print(documents.current(id).orElseThrow().id());
                documents.handOver(id, "Ahmad Fauzi", Families.head().nik());
            });
        } else {
            officers.run(officer, () -> workflow.next(id, card(id).version()));
        }
    }

    /** Sends the card back from its step to an earlier one, with a reason, as that step's officer. */
    public void sendBack(UUID id, String toStep) {
        CardRow card = card(id);
        String officer = OFFICER_OF_ROLE.get(catalog.catalog().step(card.stepCode()).orElseThrow().role());
        officers.run(officer, () -> workflow.move(id, card.version(), toStep, "data kurang jelas"));
    }

    // ---------------------------------------------------------------- envelopes as a branch's outbox sends them

    /**
     * The source branch's rows of a table as row-state envelopes of {@code branch}: every UUID mapped through
     * {@code ids} (the copy is another branch's data), registration numbers re-prefixed, times as ISO-8601 in UTC.
     */
    public List<Envelope> envelopes(String table, String branch, Map<String, String> ids, String order) {
        List<Envelope> result = new ArrayList<>();
        jdbc.query("SELECT * FROM " + table + " WHERE branch_code = ? ORDER BY " + order, rs -> {
            var meta = rs.getMetaData();
            Map<String, Object> data = new LinkedHashMap<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                String column = meta.getColumnLabel(c).toLowerCase(Locale.ROOT);
                Object value = switch (meta.getColumnType(c)) {
                    case java.sql.Types.TIMESTAMP -> {
                        LocalDateTime t = rs.getObject(c, LocalDateTime.class);
                        yield t == null ? null : t.toInstant(ZoneOffset.UTC).toString();
                    }
                    case java.sql.Types.DATE -> {
                        LocalDate d = rs.getObject(c, LocalDate.class);
                        yield d == null ? null : d.toString();
                    }
                    default -> rs.getObject(c);
                };
                if (value instanceof UUID u) {
                    value = u.toString();
                }
                if (value instanceof String s && s.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                    value = ids.computeIfAbsent(s, k -> UUID.randomUUID().toString());
                }
                if ("branch_code".equals(column)) {
                    value = branch;
                }
                if ("registration_number".equals(column) && value != null) {
                    value = ((String) value).replace(SOURCE + "-", branch + "-");
                }
                data.put(column, value);
            }
            String aggregate = (String) data.getOrDefault("application_id", data.get("id"));
            result.add(new Envelope(UUID.randomUUID(), 1, table, branch, aggregate, seq.incrementAndGet(),
                    Instant.now(), data));
        }, SOURCE);
        return result;
    }

    public static Map<String, String> idMap() {
        return new HashMap<>();
    }
}
