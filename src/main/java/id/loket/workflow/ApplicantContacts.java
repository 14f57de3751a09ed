package id.loket.workflow;

import id.loket.base.Localized;
import id.loket.catalog.CatalogService;
import id.loket.workflow.internal.ApplicationRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a message to the applicant needs about his application (the notification feature's listeners ask here, inside
 * the transaction of the change they announce). Carries the phone number, so it only joins a running transaction:
 * no screen can call it on its own, and branch isolation (ADR 007) applies as in the change itself.
 */
@Service
public class ApplicantContacts {

    /**
     * @param missingDocuments the required documents intake did not find (empty once registered)
     * @param visitNo          the application's current visit (a second arrival at a step is a new visit)
     */
    public record Contact(UUID applicationId, String branchCode, String registrationNumber, String queueNumber,
                          String phone, ApplicationStatus status, String currentStep, int visitNo,
                          List<Localized> missingDocuments) {
    }

    private final ApplicationRepository applications;
    private final CatalogService catalog;

    ApplicantContacts(ApplicationRepository applications, CatalogService catalog) {
        this.applications = applications;
        this.catalog = catalog;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Contact> of(UUID applicationId) {
        return applications.findById(applicationId).map(app -> {
            List<Localized> missing = catalog.catalog().type(app.typeCode())
                    .map(t -> t.documents().stream().filter(d -> !app.documents().getOrDefault(d.code(), false))
                            .map(CatalogService.Document::name).toList())
                    .orElse(List.of());
            return new Contact(app.id(), app.branchCode(), app.registrationNumber(), app.queueNumber(),
                    app.applicantPhone(), app.status(), app.currentStep(), app.visitNo(), missing);
        });
    }
}
