package id.loket.workflow;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A guard a test can open and shut (code "test-ready"); no step names it unless a test sets it. A component rather
 * than a test's own configuration, so every integration test shares one Spring context (each context installs
 * its own security-context strategy, and only the last one created is global).
 */
@Component
public class TestGuard implements StepGuard {

    public static volatile boolean ready;

    @Override
    public String code() {
        return "test-ready";
    }

    @Override
    public Optional<String> blockingReason(UUID applicationId) {
        return ready ? Optional.empty() : Optional.of("workflow.error.guard-missing");
    }
}
