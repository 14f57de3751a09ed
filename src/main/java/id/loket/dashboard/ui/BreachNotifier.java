package id.loket.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.loket.base.Broadcaster;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.Roles;
import id.loket.catalog.CatalogService;
import id.loket.dashboard.Breach;
import id.loket.dashboard.BreachRaised;
import id.loket.dashboard.DashboardFeed;
import java.util.concurrent.ExecutorService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the Kepala Seksi (VERIFIER) of the card's branch, on whatever screen he is, that a card passed twice its
 * step's standard; the open section dashboards refresh their list of open breaches through the feed.
 */
@Component
class BreachNotifier extends Broadcaster<Breach> implements VaadinServiceInitListener {

    private final DashboardFeed feed;
    private final CatalogService catalog;

    BreachNotifier(ExecutorService broadcastExecutor, DashboardFeed feed, CatalogService catalog) {
        super(broadcastExecutor);
        this.feed = feed;
        this.catalog = catalog;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BreachRaised event) {
        broadcast(event.breach().branchCode(), event.breach());
        feed.changed(event.breach().branchCode());
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            LoketUser user = CurrentUser.get().orElse(null);
            if (user == null || !user.hasRole(Roles.VERIFIER)) {
                return;
            }
            Runnable deregister = register(user.branchCode(), breach -> ui.access(() -> show(ui, breach)));
            ui.addDetachListener(e -> deregister.run());
        });
    }

    void show(UI ui, Breach breach) {
        String step = catalog.catalog().step(breach.stepCode()).map(s -> s.name().in(ui.getLocale()))
                .orElse(breach.stepCode());
        Notification notification = new Notification(ui.getTranslation("dashboard.section.breach.notice",
                breach.registrationNumber(), step), 10_000, Notification.Position.TOP_END);
        notification.addThemeVariants(NotificationVariant.WARNING);
        notification.setId("breach-notice-" + breach.applicationId());
        notification.open();
    }
}
