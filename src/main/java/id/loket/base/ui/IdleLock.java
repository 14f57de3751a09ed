package id.loket.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.loket.base.AccountService;
import id.loket.base.CurrentUser;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A staff screen left alone asks for the password again (ADR 006). Only the officer's own input counts as
 * activity (keys, pointer, wheel, reported by {@code loket-idle.js}), not the board's poll, push or heartbeats.
 * After {@code loket.security.idle-timeout} without it every screen of the session is covered by a modal
 * password dialog: the screen underneath stays as it was, so nothing typed is lost, and Vaadin's server-side
 * modality ignores every other click until the password is given. The HTTP session itself lives longer
 * ({@code server.servlet.session.timeout}).
 */
@Component
public class IdleLock implements VaadinServiceInitListener {

    static final String STATE = IdleLock.class.getName() + ".state";

    private final transient AccountService accounts;
    private final transient AuthenticationContext authentication;
    private final transient Clock clock;
    private final Duration timeout;
    /** Watched screens with their session's state, so the checker reads it without taking the session's lock. */
    private final transient Map<UI, State> watched = new ConcurrentHashMap<>();
    /** Screens the dialog covers now. */
    private final transient Set<UI> covered = ConcurrentHashMap.newKeySet();
    private final transient ScheduledExecutorService checker;

    /** Per session: the officer's last input and whether the screens are locked. */
    static final class State implements java.io.Serializable {
        volatile Instant lastActivity;
        volatile boolean locked;

        State(Instant now) {
            lastActivity = now;
        }
    }

    IdleLock(AccountService accounts, AuthenticationContext authentication, Clock clock,
             @Value("${loket.security.idle-timeout:30m}") Duration timeout,
             @Value("${loket.security.idle-check:10s}") Duration checkEvery) {
        this.accounts = accounts;
        this.authentication = authentication;
        this.clock = clock;
        this.timeout = timeout;
        this.checker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "idle-lock");
            t.setDaemon(true);
            return t;
        });
        checker.scheduleWithFixedDelay(this::checkAll, checkEvery.toMillis(), checkEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        checker.shutdownNow();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> watch(e.getUI()));
    }

    /** Staff screens only: the public pages (kiosk, TV, citizen forms) have no one to ask for a password. */
    void watch(UI ui) {
        if (CurrentUser.get().isEmpty()) {
            return;
        }
        State state = state(ui.getSession());
        if (!state.locked && !expired(state)) {
            state.lastActivity = clock.instant(); // opening a page is the officer's doing too
        }
        watched.put(ui, state);
        ui.addDetachListener(e -> {
            watched.remove(ui);
            covered.remove(ui);
        });
        ui.getElement().addEventListener("loket-activity", e -> activity(ui));
        long every = Math.max(1000, Math.min(30_000, timeout.toMillis() / 6));
        ui.getPage().addJavaScript("context://frontend-static/loket-idle.js");
        ui.getPage().executeJs("(function start() { if (window.loketIdle) { window.loketIdle($0, $1); } "
                + "else { setTimeout(start, 200); } })()", ui.getElement(), every);
        // a screen opened while the session is locked is covered at once
        ui.addAfterNavigationListener(e -> check(ui));
        if (state.locked) {
            check(ui);
        }
    }

    State state(VaadinSession session) {
        State state = (State) session.getAttribute(STATE);
        if (state == null) {
            state = new State(clock.instant());
            session.setAttribute(STATE, state);
        }
        return state;
    }

    /** The officer touched the screen: counts unless the idle time had already run out. */
    void activity(UI ui) {
        State state = state(ui.getSession());
        if (!state.locked && !expired(state)) {
            state.lastActivity = clock.instant();
        } else {
            check(ui);
        }
    }

    private boolean expired(State state) {
        return !state.lastActivity.plus(timeout).isAfter(clock.instant());
    }

    /** Locks the session when its idle time ran out, and covers this screen while it is locked. */
    void check(UI ui) {
        State state = state(ui.getSession());
        if (!state.locked && expired(state)) {
            state.locked = true;
        }
        IdleLockDialog shown = ComponentUtil.getData(ui, IdleLockDialog.class);
        if (state.locked && (shown == null || !shown.isOpened())) {
            IdleLockDialog dialog = new IdleLockDialog(this);
            ComponentUtil.setData(ui, IdleLockDialog.class, dialog);
            dialog.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    covered.remove(ui);
                }
            });
            dialog.open();
            covered.add(ui);
        }
    }

    /** Runs on the checker's thread: takes a screen's lock only when it has to be covered. */
    void checkAll() {
        watched.forEach((ui, state) -> {
            if ((state.locked || expired(state)) && !covered.contains(ui)) {
                try {
                    ui.access(() -> check(ui));
                } catch (RuntimeException e) {
                    watched.remove(ui); // detached, or its session closed
                }
            }
        });
    }

    /** The right password unlocks every screen of the session; a wrong one counts as a failed login. */
    boolean unlock(UI ui, String password) {
        if (!accounts.confirmOwnPassword(password)) {
            return false;
        }
        State state = state(ui.getSession());
        state.locked = false;
        state.lastActivity = clock.instant();
        for (UI other : watched.keySet()) {
            if (other != ui && watched.get(other) == state) {
                other.access(() -> {
                    IdleLockDialog shown = ComponentUtil.getData(other, IdleLockDialog.class);
                    if (shown != null) {
                        shown.close();
                    }
                });
            }
        }
        return true;
    }

    Duration timeout() {
        return timeout;
    }

    void logout() {
        authentication.logout();
    }
}
