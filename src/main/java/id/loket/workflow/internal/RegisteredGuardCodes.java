package id.loket.workflow.internal;

import id.loket.catalog.StepGuardCodes;
import id.loket.workflow.StepGuard;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The codes of every {@link StepGuard} bean the features register: the only codes a catalogue step may name. */
@Component
class RegisteredGuardCodes implements StepGuardCodes {

    private final ObjectProvider<StepGuard> guards;

    RegisteredGuardCodes(ObjectProvider<StepGuard> guards) {
        this.guards = guards; // looked up when asked: the features that provide guards also use the workflow
    }

    @Override
    public Set<String> codes() {
        return guards.orderedStream().map(StepGuard::code).collect(Collectors.toUnmodifiableSet());
    }
}
