package id.loket.base;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in officer from the security context; services use it for branch and audit. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<LoketUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LoketUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static LoketUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** Name recorded in audit rows; "system" for background work and the public pages. */
    public static String actorName() {
        return get().map(LoketUser::getUsername).orElse("system");
    }
}
