package id.loket.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/** Pieces the document screens share: facts, dates, the development-certificate warning, a PDF served inline. */
final class DocumentUi {

    static final String BOARD = "papan";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private DocumentUi() {
    }

    static Span fact(Component owner, String id, String key, Object value) {
        Span s = new Span(owner.getTranslation(key) + ": " + (value == null ? "-" : value));
        s.setId(id);
        s.addClassName("fact");
        return s;
    }

    static String date(LocalDate d) {
        return d == null ? "-" : DATE.format(d);
    }

    static String dateTime(Instant t, ZoneId zone) {
        return t == null ? "-" : DATE_TIME.format(t.atZone(zone));
    }

    /** Said plainly wherever a KK is signed or printed while Loket uses its self-signed development key. */
    static Div developmentWarning(Component owner) {
        Div warning = new Div(owner.getTranslation("document.dev-certificate"));
        warning.setId("document-dev-warning");
        warning.addClassName("document-warning");
        return warning;
    }

    /** A PDF opened in the browser's viewer (to print), produced when the browser asks for it. */
    static DownloadHandler inlinePdf(String fileName, Supplier<byte[]> pdf) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pdf.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
        }).inline();
    }
}
