package id.loket.sync.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import id.loket.base.BranchTimeZone;
import id.loket.sync.BranchLink;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The admin's view of the branch's link to the central, in the header: "Tersambung ke pusat", "Terputus dari pusat
 * sejak 10.42, 37 kejadian menunggu" or "Belum terdaftar di pusat"; the last accepted delivery as its tooltip.
 * Looks again every few seconds while attached ({@link BranchLinkFeed}).
 */
@StyleSheet("context://styles/sync.css")
public class BranchLinkIndicator extends Span {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm");

    private final BranchLink link;
    private final BranchTimeZone zone;
    private final BranchLinkFeed feed;
    private Runnable deregister;

    public BranchLinkIndicator(BranchLink link, BranchTimeZone zone, BranchLinkFeed feed) {
        this.link = link;
        this.zone = zone;
        this.feed = feed;
        setId("sync-link");
        addClassName("sync-link");
        show(link.status());
    }

    void show(BranchLink.Status status) {
        String text;
        String state;
        if (!status.enrolled()) {
            text = getTranslation("sync.link.not-enrolled");
            state = "NOT_ENROLLED";
        } else if (status.connected()) {
            text = getTranslation("sync.link.connected");
            state = "CONNECTED";
        } else {
            text = getTranslation("sync.link.disconnected", time(status.disconnectedSince()), status.pending());
            state = "DISCONNECTED";
        }
        setText(text);
        getElement().setAttribute("data-state", state);
        getElement().setAttribute("title", status.lastDelivered() == null ? getTranslation("sync.link.never-delivered")
                : getTranslation("sync.link.last-delivered", time(status.lastDelivered())));
        getElement().getClassList().set("down", state.equals("DISCONNECTED"));
        getElement().getClassList().set("warn", state.equals("NOT_ENROLLED"));
    }

    /** Time of day in the branch's zone; with the date when it was not today. */
    private String time(Instant at) {
        if (at == null) {
            return "-";
        }
        ZonedDateTime t = at.atZone(zone.zoneId());
        return t.toLocalDate().equals(LocalDate.now(zone.zoneId())) ? TIME.format(t) : DAY_TIME.format(t);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        deregister = feed.register(status -> ui.access(() -> show(status)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (deregister != null) {
            deregister.run();
            deregister = null;
        }
    }
}
