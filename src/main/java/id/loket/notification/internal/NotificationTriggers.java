package id.loket.notification.internal;

import id.loket.base.AccountService;
import id.loket.catalog.CatalogService;
import id.loket.complaint.ComplainantContacts;
import id.loket.complaint.ComplaintStatus;
import id.loket.complaint.ComplaintStatusChanged;
import id.loket.document.DocumentService;
import id.loket.notification.MessageType;
import id.loket.workflow.ApplicantContacts;
import id.loket.workflow.ApplicantContacts.Contact;
import id.loket.workflow.ApplicationMoved;
import id.loket.workflow.ApplicationStatus;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns domain events into outbox rows. Plain (synchronous) listeners on purpose: they run inside the transaction
 * that publishes the event, so the message commits or rolls back with the intake, move or answer it announces.
 */
@Component
class NotificationTriggers {

    private final MessageOutbox outbox;
    private final ApplicantContacts applicants;
    private final ComplainantContacts complainants;
    private final CatalogService catalog;
    private final AccountService accounts;
    private final NotificationProperties properties;
    private final String documentPublicUrl;
    private final Locale locale;

    NotificationTriggers(MessageOutbox outbox, ApplicantContacts applicants, ComplainantContacts complainants,
                         CatalogService catalog, AccountService accounts, NotificationProperties properties,
                         @Value("${loket.document.public-url:}") String documentPublicUrl,
                         @Value("${loket.default-locale:id}") String defaultLocale) {
        this.outbox = outbox;
        this.applicants = applicants;
        this.complainants = complainants;
        this.catalog = catalog;
        this.accounts = accounts;
        this.properties = properties;
        this.documentPublicUrl = documentPublicUrl == null ? "" : documentPublicUrl.trim();
        this.locale = Locale.forLanguageTag(defaultLocale);
    }

    @EventListener
    void on(ApplicationMoved moved) {
        if (moved.fromStep() != null && moved.fromStep().equals(moved.toStep())) {
            return; // a claim or release: nothing a citizen needs to hear
        }
        String intake = catalog.catalog().steps().get(1).code();
        if (intake.equals(moved.fromStep())) {
            applicants.of(moved.applicationId()).ifPresent(this::intakeDone);
        } else if (DocumentService.HANDOVER_STEP.equals(moved.toStep())) {
            applicants.of(moved.applicationId()).ifPresent(c -> outbox.enqueue(c.branchCode(), MessageType.KK_READY,
                    // per visit: a KK reworked after the signature and signed again is ready again
                    "kk-ready:" + c.applicationId() + ":" + c.visitNo(), c.phone(),
                    values(c.branchCode(), c.registrationNumber())));
        }
    }

    private void intakeDone(Contact c) {
        if (c.status() == ApplicationStatus.RETURNED) {
            Map<String, String> values = values(c.branchCode(), c.queueNumber());
            values.put("dokumen", c.missingDocuments().stream().map(d -> d.in(locale)).collect(Collectors.joining(", ")));
            outbox.enqueue(c.branchCode(), MessageType.RETURNED, "returned:" + c.applicationId(), c.phone(), values);
        } else if (c.registrationNumber() != null) {
            outbox.enqueue(c.branchCode(), MessageType.RECEIVED, "received:" + c.applicationId(), c.phone(),
                    values(c.branchCode(), c.registrationNumber()));
        }
    }

    @EventListener
    void on(ComplaintStatusChanged changed) {
        if (changed.status() != ComplaintStatus.RESOLVED) {
            return;
        }
        complainants.answered(changed.complaintId()).filter(a -> a.phone() != null && !a.phone().isBlank())
                .ifPresent(a -> {
                    Map<String, String> values = values(a.branchCode(), a.number());
                    values.put("jawaban", a.answer());
                    // per resolution: a reopened complaint answered again is a new answer
                    outbox.enqueue(a.branchCode(), MessageType.COMPLAINT_ANSWER,
                            "complaint-answer:" + a.complaintId() + ":" + a.resolvedAt().toEpochMilli(), a.phone(),
                            values);
                });
    }

    private Map<String, String> values(String branchCode, String number) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("nomor", number == null ? "" : number);
        values.put("cabang", accounts.branch(branchCode).map(AccountService.BranchRow::name).orElse(branchCode));
        values.put("tautan", statusUrl());
        return values;
    }

    private String statusUrl() {
        if (!properties.statusUrl().isEmpty()) {
            return properties.statusUrl();
        }
        return documentPublicUrl.replaceAll("/+$", "") + "/status";
    }

}
