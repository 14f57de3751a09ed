package id.loket.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import id.loket.sync.BranchDeliveries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * On the central (issue 14): each enrolled branch with the time its data last arrived, a branch silent for longer
 * than {@code loket.sync.central.stale-after} marked late, so a branch missing from the figures is visible, never
 * silently absent. Empty (and hidden) on a branch server, which has no {@link BranchDeliveries}.
 */
class DeliveryStrip extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm");

    private final BranchDeliveries deliveries;
    private final Map<String, String> names;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration staleAfter;

    DeliveryStrip(BranchDeliveries deliveries, Map<String, String> names, Clock clock, ZoneId zone, Duration staleAfter) {
        this.deliveries = deliveries;
        this.names = names;
        this.clock = clock;
        this.zone = zone;
        this.staleAfter = staleAfter;
        setId("dashboard-deliveries");
        addClassName("dashboard-deliveries");
        refresh();
    }

    void refresh() {
        removeAll();
        setVisible(deliveries != null);
        if (deliveries == null) {
            return;
        }
        add(new H3(getTranslation("dashboard.delivery.title")));
        Instant now = clock.instant();
        deliveries.lastDeliveries().forEach((code, at) -> {
            boolean stale = at == null || Duration.between(at, now).compareTo(staleAfter) > 0;
            String when = at == null ? getTranslation("dashboard.delivery.never")
                    : getTranslation("dashboard.delivery.last", TIME.format(at.atZone(zone)));
            Span line = new Span(names.getOrDefault(code, code) + " (" + code + "): " + when
                    + (stale ? " - " + getTranslation("dashboard.delivery.stale", staleAfter.toMinutes()) : ""));
            line.setId("dashboard-delivery-" + code);
            line.addClassName(stale ? "delivery-stale" : "delivery-fresh");
            line.getStyle().set("display", "block");
            if (stale) {
                line.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            add(line);
        });
    }
}
