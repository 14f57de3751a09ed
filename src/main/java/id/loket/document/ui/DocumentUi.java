package id.loket.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.loket.base.BusinessException;
import id.loket.workflow.WorkflowService.Detail;
import id.loket.workflow.WorkflowService;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
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

    /** The application a step screen is about; when the address names none, the screen says so instead. */
    static <V extends Component & HasComponents> Optional<Detail> detail(V view, WorkflowService workflow, String id) {
        try {
            return Optional.of(workflow.detail(UUID.fromString(id)));
        } catch (IllegalArgumentException | BusinessException e) {
            view.add(new Paragraph(view.getTranslation("document.error.not-found")));
            return Optional.empty();
        }
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

    /** A PDF opened in the browser's viewer (to print), produced when the browser asks for it; null = refused. */
    static DownloadHandler inlinePdf(String fileName, Supplier<byte[]> pdf) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pdf.get();
            return bytes == null ? DownloadResponse.error(409)
                    : new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
        }).inline();
    }
}
