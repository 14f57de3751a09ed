package id.loket.siak.ui;

import com.vaadin.flow.component.html.Span;
import id.loket.base.CurrentUser;
import id.loket.siak.SiakService;
import id.loket.siak.SiakStatus;
import java.time.format.DateTimeFormatter;

/**
 * "SIAK tidak terhubung sejak 10.42 — 7 pemeriksaan menunggu": the gateway's state for a view header. Small and
 * self-contained so the board or an admin screen can show it too; call {@link #refresh()} to update.
 */
public class SiakStatusBar extends Span {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");
    private final SiakService siak;

    public SiakStatusBar(SiakService siak) {
        this.siak = siak;
        setId("siak-status");
        addClassName("siak-status");
        refresh();
    }

    public void refresh() {
        SiakStatus status = siak.status();
        String state = status.connected() ? getTranslation("siak.status.connected")
                : getTranslation("siak.status.down",
                        TIME.format(status.since().atZone(CurrentUser.require().timeZone().zoneId())));
        setText(state + " \u2014 " + getTranslation("siak.status.pending", status.pending()));
        getElement().getClassList().set("down", !status.connected());
    }
}
