package id.loket.workflow;

import id.loket.Officers;
import id.loket.catalog.CatalogService;
import id.loket.document.DocumentService;
import id.loket.population.Families;
import id.loket.population.FamilyService;
import id.loket.queue.QueueService;
import id.loket.queue.QueueService.Receipt;
import id.loket.queue.QueueService.TicketRow;
import id.loket.siak.LookupStatus;
import id.loket.siak.SiakDecision;
import id.loket.siak.SiakService;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Test data builder: real applications made through the real kiosk, call and intake paths. */
@Component
public class Applications {

    public static final String NIK = "3201014503900001";

    private final Officers officers;
    private final QueueService queue;
    private final WorkflowService workflow;
    private final CatalogService catalog;
    private final SiakService siak;

    private final FamilyService families;
    private final DocumentService documents;

    Applications(Officers officers, QueueService queue, WorkflowService workflow, CatalogService catalog,
                 FamilyService families, SiakService siak, DocumentService documents) {
        this.documents = documents;
        this.officers = officers;
        this.queue = queue;
        this.workflow = workflow;
        this.catalog = catalog;
        this.families = families;
        this.siak = siak;
    }

    /** A ticket taken at the kiosk and called by the front office (others waiting before it are skipped). */
    public TicketRow calledTicket(String typeCode) {
        Receipt receipt = queue.take("PUSAT", typeCode);
        return officers.as("fo", () -> {
            while (true) {
                TicketRow called = queue.callNext("Loket 1").orElseThrow();
                if (called.number().equals(receipt.number())) {
                    return called;
                }
                queue.skip(called.id());
            }
        });
    }

    /** An application with complete documents: registered and waiting at the first board step. */
    public UUID registered(String typeCode, String applicantName) {
        TicketRow ticket = calledTicket(typeCode);
        Set<String> all = catalog.catalog().type(typeCode).orElseThrow().documentCodes();
        return officers.as("fo", () -> workflow.completeIntake(new WorkflowService.IntakeForm(ticket.id(),
                applicantName, NIK, "081234567890", typeCode, all))).applicationId();
    }

    public UUID registered() {
        return registered("BIRTH", "Siti Nur'aini");
    }

    /** An application whose family (Families.family()) was entered and approved: waiting at step 6, signing. */
    public UUID atSigning() {
        UUID id = registered();
        siakVerified(id);
        next(id, "loket");
        next(id, "operator");
        next(id, "kasi");
        return id;
    }

    /**
     * Runs a signing as from the signer's browser at https://loket.example.go.id: the KK's QR code carries the
     * address the signer's request came in on when no public URL is configured.
     */
    public static <T> T fromSignersBrowser(java.util.function.Supplier<T> action) {
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setScheme("https");
        request.setServerName("loket.example.go.id");
        request.setServerPort(443);
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            return action.get();
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
    }

    public CardRow card(UUID id) {
        return officers.as("kadis", () -> workflow.card(id).orElseThrow());
    }

    /** The SIAK check done (step 3's guard): the counter officer looked the NIK up and marked it "cocok". */
    public void siakVerified(UUID id) {
        officers.run("loket", () -> {
            if (siak.requestLookup(id, NIK).status() != LookupStatus.FOUND) {
                throw new IllegalStateException("the SIAK simulator did not find " + NIK);
            }
            siak.decide(id, SiakDecision.MATCH, null);
        });
    }

    /**
     * Moves the card on as the officer of its step, doing the step's work first where a guard asks for it:
     * data entry submits a valid family, verification approves it, signing signs the KK, the pickup counter prints
     * it and hands it to the head of family. (Step 3's SIAK check is the test's own call,
     * {@link #siakVerified}, because SIAK tests look at the guard before it.)
     */
    public void next(UUID id, String officer) {
        // a finished card keeps its last step code: let the workflow itself refuse to move it
        String step = card(id).status() == ApplicationStatus.DONE ? WorkflowService.DONE : card(id).stepCode();
        if (FamilyService.ENTRY_STEP.equals(step)) {
            officers.run(officer, () -> {
                var draft = families.open(id);
                families.submit(id, draft.version(), Families.family());
            });
        } else if (FamilyService.VERIFY_STEP.equals(step)) {
            officers.run(officer, () -> families.approve(id));
        } else if (DocumentService.SIGNING_STEP.equals(step)) {
            fromSignersBrowser(() -> officers.as(officer, () -> documents.sign(id, documents.preview(id).contentHash())));
        } else if (DocumentService.HANDOVER_STEP.equals(step)) {
            officers.run(officer, () -> {
                documents.print(documents.current(id).orElseThrow().id());
                documents.handOver(id, "Ahmad Fauzi", Families.head().nik());
            });
        } else {
            officers.run(officer, () -> workflow.next(id, card(id).version()));
        }
    }
}
