package id.loket.document;

import id.loket.workflow.StepGuard;
import id.loket.workflow.StepWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Guards and work links that tie steps 6 and 7 to this feature (codes named in db/changelog/document). */
@Configuration(proxyBeanMethods = false)
class DocumentWiring {

    @Bean
    StepGuard documentSigned(DocumentService service) {
        return StepGuard.when("document-signed", service::signed, "document.guard.signed");
    }

    @Bean
    StepGuard documentHandedOver(DocumentService service) {
        return StepGuard.when("document-handed-over", service::handedOver, "document.guard.handed-over");
    }

    @Bean
    StepWork signingWork() {
        return StepWork.at(DocumentService.SIGNING_STEP, "tte/");
    }

    @Bean
    StepWork handoverWork() {
        return StepWork.at(DocumentService.HANDOVER_STEP, "penyerahan/");
    }
}
