package id.loket.base;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs work under an identity where nobody is signed in (a background job, an event from the central), so the
 * services' permission checks and the audit see that identity. It is set in this context's holder (Vaadin's) and in
 * the global one, which services read too, and both are put back afterwards.
 */
@Component
public class RunAs {

    private final SecurityContextHolderStrategy security;

    RunAs(ObjectProvider<SecurityContextHolderStrategy> security) {
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** As this officer, with his roles. */
    public void run(LoketUser user, Runnable work) {
        call(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), () -> {
            work.run();
            return null;
        });
    }

    public <T> T call(Authentication authentication, Supplier<T> work) {
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContext previous = security.getContext();
        SecurityContext previousGlobal = SecurityContextHolder.getContext();
        security.setContext(context);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            security.setContext(previous);
            SecurityContextHolder.setContext(previousGlobal);
        }
    }
}
