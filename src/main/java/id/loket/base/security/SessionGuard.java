package id.loket.base.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import id.loket.base.AccountService;
import id.loket.base.LoketUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Account changes reach open sessions (ADR 006). Every Vaadin request, including messages over the push
 * websocket (which pass no servlet filter but do pass Vaadin's request interceptors), compares the security
 * stamp the session signed in with against the account's stamp in the database; when they differ (disabled,
 * roles or branch changed, password reset, locked out) the session ends before the request is handled, so the
 * next click leads to the login page. Stamps are cached briefly ({@link StampCache}); a change clears its entry.
 */
@Component
public class SessionGuard implements VaadinServiceInitListener, VaadinRequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    private final transient AccountService accounts;
    private final transient StampCache stamps;

    SessionGuard(AccountService accounts, StampCache stamps) {
        this.accounts = accounts;
        this.stamps = stamps;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        WrappedSession session = request.getWrappedSession(false);
        if (session == null) {
            return;
        }
        Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (!(stored instanceof SecurityContext context) || context.getAuthentication() == null
                || !(context.getAuthentication().getPrincipal() instanceof LoketUser user)) {
            return;
        }
        if (!isCurrent(user)) {
            log.info("Ending the session of {}: the account changed since sign-in", user.getUsername());
            context.setAuthentication(null);
            session.invalidate();
        }
    }

    /** Whether the officer's session still matches his account. */
    boolean isCurrent(LoketUser user) {
        return stamps.get(user.getUsername(), () -> accounts.securityStamp(user.getUsername()))
                .map(s -> s == user.securityStamp()).orElse(false);
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession vaadinSession,
                                Exception t) {
        // nothing: errors are the session's error handler's business
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        // nothing to clean up
    }
}
