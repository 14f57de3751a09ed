package id.loket;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.base.BusinessException;
import id.loket.base.Roles;
import id.loket.base.account.AccountBootstrap;
import id.loket.complaint.ComplaintChannel;
import id.loket.complaint.ComplaintService;
import id.loket.document.DocumentService;
import id.loket.population.Families;
import id.loket.population.FamilyForm;
import id.loket.population.FamilyService;
import id.loket.queue.QueueService;
import id.loket.siak.SiakService;
import id.loket.workflow.Applications;
import id.loket.workflow.WorkflowService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 11.2, as a matrix: every public method of the branch-owning services that takes the id of an application,
 * family, lookup, document, complaint or ticket (found by reflection, so a new method is tried automatically) is
 * called by an officer of another branch holding every role, once with a record of branch PUSAT and once with a
 * random unknown id. The two outcomes must be the same "not found": no data, no different error, no change.
 */
@LoketIntegrationTest
class BranchIsolationTest {

    /** All roles, so only the branch can stop him. */
    static final String OUTSIDER = "isolasi.cibinong";

    enum Kind { APPLICATION, DOCUMENT, COMPLAINT, TICKET }

    /** Ids that are not branch-owned records: office-wide settings (admin only). */
    static final Set<String> NOT_BRANCH_OWNED = Set.of("ComplaintService.removeHoliday");

    @Autowired ApplicationContext context;
    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired AccountBootstrap accounts;
    @Autowired QueueService queue;
    @Autowired DocumentService documents;
    @Autowired ComplaintService complaints;

    @Test
    void an_officer_of_another_branch_gets_the_same_not_found_as_for_an_unknown_id_from_every_method() {
        accounts.ensureBranch("CIBINONG", "UPT Dukcapil Cibinong", id.loket.base.BranchTimeZone.WIB);
        accounts.ensureUser(OUTSIDER, "Petugas Cibinong", "CIBINONG", Set.copyOf(Roles.ALL), "loket123");

        // PUSAT's records: an application past signing (lookup, family, signed KK), a complaint, a waiting ticket
        UUID application = applications.atSigning();
        applications.next(application, "tte");
        UUID document = officers.as("ambil", () -> documents.current(application).orElseThrow().id());
        String complaintNumber = officers.as("aduan", () -> complaints.file(new ComplaintService.Intake(
                ComplaintChannel.TELEPON, false, "Ahmad Fauzi", "081299990000", "3201012501900001", "DATA_KK",
                "KK belum jadi setelah 3 minggu.", null, null))).value();
        UUID complaint = officers.as("aduan", () -> complaints.list(new ComplaintService.Filter(null, null, null,
                null, false, complaintNumber)).getFirst().id());
        UUID ticket = queue.take("PUSAT", "BIRTH").id();
        Map<Kind, UUID> ofPusat = Map.of(Kind.APPLICATION, application, Kind.DOCUMENT, document,
                Kind.COMPLAINT, complaint, Kind.TICKET, ticket);

        List<String> tried = new ArrayList<>();
        Map<String, String> leaks = new LinkedHashMap<>();
        for (Class<?> type : List.of(WorkflowService.class, SiakService.class, FamilyService.class,
                DocumentService.class, ComplaintService.class, QueueService.class)) {
            Object bean = context.getBean(type);
            for (Method method : AopUtils.getTargetClass(bean).getDeclaredMethods()) {
                String name = type.getSimpleName() + "." + method.getName();
                Optional<Kind> kind = idKind(type, method);
                if (kind.isEmpty() || NOT_BRANCH_OWNED.contains(name)) {
                    continue;
                }
                tried.add(name);
                String unknown = officers.as(OUTSIDER, () -> outcome(bean, method, UUID.randomUUID()));
                String other = officers.as(OUTSIDER, () -> outcome(bean, method, ofPusat.get(kind.get())));
                assertThat(unknown).as(name + " with an unknown id").doesNotContain(AccessDeniedException.class.getName());
                if (!unknown.equals(other)) {
                    leaks.put(name, "unknown id: " + unknown + " / PUSAT's id: " + other);
                }
            }
        }
        assertThat(tried).as("the matrix found the services' id methods")
                .contains("FamilyService.diff", "FamilyService.approvedFamily", "FamilyService.recordKkNumber",
                        "FamilyService.familyStatus", "SiakService.lookup", "DocumentService.print",
                        "ComplaintService.detail", "QueueService.recall", "WorkflowService.detail");
        assertThat(leaks).as("methods that answer an officer of another branch differently from an unknown id")
                .isEmpty();
        // and nothing of PUSAT changed under the outsider's calls
        assertThat(applications.card(application).stepCode()).isEqualTo(DocumentService.HANDOVER_STEP);
    }

    /** Which kind of id a method takes, by the parameter's name; fails for an id the matrix does not know yet. */
    static Optional<Kind> idKind(Class<?> service, Method method) {
        if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                || method.isSynthetic()) {
            return Optional.empty();
        }
        for (Parameter p : method.getParameters()) {
            if (p.getType() != UUID.class) {
                continue;
            }
            String name = service.getSimpleName() + "." + method.getName();
            switch (p.getName()) {
                case "applicationId": return Optional.of(Kind.APPLICATION);
                case "documentId": return Optional.of(Kind.DOCUMENT);
                case "ticketId": return Optional.of(Kind.TICKET);
                case "id":
                    if (service == WorkflowService.class) {
                        return Optional.of(Kind.APPLICATION);
                    }
                    if (service == ComplaintService.class) {
                        return NOT_BRANCH_OWNED.contains(name) ? Optional.empty() : Optional.of(Kind.COMPLAINT);
                    }
                    // fall through
                default:
                    throw new AssertionError(name + " takes an id '" + p.getName()
                            + "' the branch isolation matrix does not know: add its kind here");
            }
        }
        return Optional.empty();
    }

    /** Calls the method with plausible other arguments and says what the caller would see. */
    static String outcome(Object bean, Method method, UUID id) {
        Object[] args = Arrays.stream(method.getParameters()).map(p -> argument(p, id)).toArray();
        try {
            return "returned " + describe(method.invoke(bean, args));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BusinessException b) {
                return "refused " + b.messageKey();
            }
            return "failed " + cause.getClass().getName(); // the message may hold the id itself
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object argument(Parameter p, UUID id) {
        Class<?> t = p.getType();
        if (t == UUID.class) {
            return id;
        }
        if (t == long.class || t == Long.class) {
            return 0L;
        }
        if (t == int.class || t == Integer.class) {
            return 0;
        }
        if (t == boolean.class || t == Boolean.class) {
            return false;
        }
        if (t == String.class) {
            return p.getName().toLowerCase().contains("nik") ? Applications.NIK : "Catatan uji isolasi cabang";
        }
        if (t.isEnum()) {
            return t.getEnumConstants()[0];
        }
        if (t == FamilyForm.class) {
            return Families.family();
        }
        if (t == LocalDate.class) {
            return LocalDate.now();
        }
        if (Set.class.isAssignableFrom(t)) {
            return new HashSet<>();
        }
        if (Collection.class.isAssignableFrom(t)) {
            return List.of();
        }
        return null;
    }

    static String describe(Object value) {
        if (value == null || value instanceof Optional<?> o && o.isEmpty()
                || value instanceof Collection<?> c && c.isEmpty()) {
            return "nothing";
        }
        return "something (" + value.getClass().getSimpleName() + ")";
    }
}
