package id.loket.siak.ui;

import com.vaadin.flow.component.html.Span;
import id.loket.base.CurrentUser;
import id.loket.siak.SiakService;
import id.loket.siak.SiakStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * "SIAK tidak terhubung sejak 10.42 — terakhir berhasil 10.37 — 7 pemeriksaan menunggu": what the gateway knows
 * (circuit, last success, pending lookups) for a view header; green only while SIAK answers and nothing waits.
 * Small and self-contained so the board or an admin screen can show it too; call {@link #refresh()} to update.
 */
public class SiakStatusBar extends Span {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm");
    private final SiakService siak;

    public SiakStatusBar(SiakService siak) {
        this.siak = siak;
        setId("siak-status");
        addClassName("siak-status");
        refresh();
    }

    public void refresh() {
        SiakStatus status = siak.status();
        SiakStatus.State state = status.state();
        String text = switch (state) {
            case DOWN -> getTranslation("siak.status.down", time(status.since()));
            case TRYING -> getTranslation("siak.status.trying");
            case NOT_ANSWERING -> getTranslation("siak.status.not-answering", time(status.lastFailure()));
            case WAITING -> getTranslation("siak.status.waiting");
            case CONNECTED -> getTranslation("siak.status.connected");
        };
        String lastSuccess = status.lastSuccess() == null ? getTranslation("siak.status.no-success")
                : getTranslation("siak.status.last-success", time(status.lastSuccess()));
        setText(text + " \u2014 " + lastSuccess + " \u2014 " + getTranslation("siak.status.pending", status.pending()));
        getElement().getClassList().set("down", state == SiakStatus.State.DOWN
                || state == SiakStatus.State.NOT_ANSWERING);
        getElement().getClassList().set("warn", state == SiakStatus.State.TRYING || state == SiakStatus.State.WAITING);
        getElement().setAttribute("data-state", state.name());
    }

    /** Time of day in the officer's zone; with the date when it was not today. */
    private String time(Instant at) {
        if (at == null) {
            return "-";
        }
        ZoneId zone = CurrentUser.require().timeZone().zoneId();
        ZonedDateTime t = at.atZone(zone);
        return t.toLocalDate().equals(LocalDate.now(zone)) ? TIME.format(t) : DAY_TIME.format(t);
    }
}
