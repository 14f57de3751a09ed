package id.loket.demo;

import id.loket.catalog.CatalogService;
import id.loket.population.FamilyService;
import id.loket.queue.QueueService;
import id.loket.queue.QueueService.Receipt;
import id.loket.queue.QueueService.TicketRow;
import id.loket.siak.LookupStatus;
import id.loket.siak.SiakDecision;
import id.loket.siak.SiakService;
import id.loket.workflow.WorkflowService;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo profile only ({@code loket.demo.applications}): on first start a few KK applications are walked by the demo
 * officers through the real services to different steps, so every column of the board has work (two KKs wait for
 * the TTE officer) and two numbers wait in the queue. Families come from the SIAK simulator's records.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "loket.demo.applications", havingValue = "true")
class DemoApplications implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoApplications.class);
    /** The server's own branch (PUSAT unless configured: the demo office's second branch server runs CIBINONG). */
    private final String branch;

    private final QueueService queue;
    private final CatalogService catalog;
    private final WorkflowService workflow;
    private final SiakService siak;
    private final FamilyService families;
    private final UserDetailsService users;

    DemoApplications(QueueService queue, CatalogService catalog, WorkflowService workflow, SiakService siak,
                     FamilyService families, UserDetailsService users,
                     @org.springframework.beans.factory.annotation.Value("${loket.branch.code:PUSAT}") String branch) {
        this.branch = branch;
        this.queue = queue;
        this.catalog = catalog;
        this.workflow = workflow;
        this.siak = siak;
        this.families = families;
        this.users = users;
    }

    /** How far the demo officers take an application. */
    private enum Upto { SIAK_CHECK, DATA_ENTRY, VERIFICATION, SIGNING }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (!as("kadis", workflow::board).isEmpty()) {
                return;
            }
            walk("BIRTH", "Siti Nur'aini", "3201014503900001", Upto.SIGNING);
            walk("DATA_CHANGE", "Budi Santoso", "3201020808800001", Upto.SIGNING);
            walk("FOREIGNER_KITAP", "Yuki Tanaka", "3201036109820001", Upto.VERIFICATION);
            walk("ADD_MEMBER", "Ahmad Fauzi", "3201011207870003", Upto.DATA_ENTRY);
            walk("MOVE_IN", "Rudi Hartono", "3201010101900002", Upto.SIAK_CHECK);
            queue.take(branch, "NEW_FAMILY");
            queue.take(branch, "BIRTH");
        } catch (RuntimeException e) {
            // demo data is a convenience: a failure here must not stop the application
            LOG.warn("Demo applications were not all created: {}", e.toString());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void walk(String type, String name, String nik, Upto upto) {
        Receipt receipt = queue.take(branch, type);
        TicketRow ticket = as("fo", () -> {
            while (true) {
                TicketRow called = queue.callNext("Loket 1").orElseThrow();
                if (called.number().equals(receipt.number())) {
                    return called;
                }
                queue.skip(called.id());
            }
        });
        Set<String> documents = catalog.catalog().type(type).orElseThrow().documentCodes();
        UUID id = as("fo", () -> workflow.completeIntake(new WorkflowService.IntakeForm(ticket.id(), name, nik,
                "081234567890", type, documents))).applicationId();
        if (upto == Upto.SIAK_CHECK) {
            return;
        }
        boolean found = as("loket", () -> siak.requestLookup(id, nik).status() == LookupStatus.FOUND);
        if (!found) {
            return;
        }
        as("loket", () -> {
            siak.decide(id, SiakDecision.MATCH, null);
            workflow.next(id, workflow.card(id).orElseThrow().version());
            return null;
        });
        if (upto == Upto.DATA_ENTRY) {
            return;
        }
        // the operator submits the family as SIAK has it (the prefill), the Kepala Seksi approves it
        as("operator", () -> {
            var draft = families.open(id);
            families.submit(id, draft.version(), draft.form());
            return null;
        });
        if (upto == Upto.VERIFICATION) {
            return;
        }
        as("kasi", () -> {
            families.approve(id);
            return null;
        });
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return work.get();
    }
}
