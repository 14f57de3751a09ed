package id.loket.document;

import id.loket.workflow.StepGuard;
import id.loket.workflow.StepWork;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Guards and work links that tie steps 6 and 7 to this feature (codes named in db/changelog/document). */
@Configuration(proxyBeanMethods = false)
class DocumentWiring {

    @Bean
    StepGuard documentSigned(DocumentService service) {
        return guard("document-signed", service::signed, "document.guard.signed");
    }

    @Bean
    StepGuard documentHandedOver(DocumentService service) {
        return guard("document-handed-over", service::handedOver, "document.guard.handed-over");
    }

    @Bean
    StepWork signingWork() {
        return work(DocumentService.SIGNING_STEP, "tte/");
    }

    @Bean
    StepWork handoverWork() {
        return work(DocumentService.HANDOVER_STEP, "penyerahan/");
    }

    private static StepGuard guard(String code, Predicate<UUID> holds, String reason) {
        return new StepGuard() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public Optional<String> blockingReason(UUID applicationId) {
                return holds.test(applicationId) ? Optional.empty() : Optional.of(reason);
            }
        };
    }

    private static StepWork work(String step, String route) {
        return new StepWork() {
            @Override
            public String stepCode() {
                return step;
            }

            @Override
            public String route(UUID applicationId) {
                return route + applicationId;
            }
        };
    }
}
