package id.loket;

import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs a piece of a test as a demo officer, the way the service sees a signed-in user. */
@Component
public class Officers {

    private final UserDetailsService users;
    /** This application context's strategy (Vaadin's); the global holder points at the last context created. */
    private final SecurityContextHolderStrategy strategy;

    Officers(UserDetailsService users, SecurityContextHolderStrategy strategy) {
        this.users = users;
        this.strategy = strategy;
    }

    public <T> T as(String username, Callable<T> action) {
        SecurityContext previous = strategy.getContext();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy.setContext(context);
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            strategy.setContext(previous);
        }
    }

    public void run(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
