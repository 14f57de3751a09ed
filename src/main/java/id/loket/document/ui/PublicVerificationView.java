package id.loket.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import id.loket.base.ui.ClientAddress;
import id.loket.base.ui.LanguageSwitch;
import id.loket.document.DocumentService;
import id.loket.document.PublicCheck;
import java.io.IOException;

/**
 * The page a KK's QR code opens, for anyone, without login: is this KK authentic and still in force? It shows only
 * the masked KK number, the issue date and the office. A PDF can be uploaded to check its signature too.
 */
@Route(value = DocumentService.VERIFY_ROUTE + "/:id?/:code?", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://styles/document.css")
public class PublicVerificationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MAX = DocumentService.MAX_UPLOAD_BYTES;

    private final DocumentService documents;
    final Div result = new Div();
    final Div uploadResult = new Div();
    final Upload upload = new Upload();

    public PublicVerificationView(DocumentService documents) {
        this.documents = documents;
        setId("public-verify-view");
        addClassName("public-page");
        result.setId("verify-result");
        uploadResult.setId("verify-upload-result");

        UI ui = UI.getCurrent();
        String address = ClientAddress.current();
        upload.setId("verify-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                // read at most one byte over the limit: the browser's size check is no protection against a script
                byte[] bytes = event.getFileSize() > MAX ? null : event.getInputStream().readNBytes(MAX + 1);
                PublicCheck check = bytes == null || bytes.length > MAX ? null : documents.checkUpload(bytes, address);
                if (check == null) {
                    event.reject();
                }
                ui.access(() -> {
                    if (check == null) {
                        showRejected();
                    } else {
                        show(uploadResult, check);
                        uploadFirst();
                    }
                    upload.clearFileList();
                });
            }

            @Override
            public long getRequestSizeMax() {
                return MAX + 65_536L;
            }

            @Override
            public long getFileSizeMax() {
                return MAX;
            }
        });
        upload.addFileRejectedListener(e -> showRejected());
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("document.verify.upload-button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("document.verify.upload-drop")));
        upload.setI18n(i18n);

        add(new LanguageSwitch(), new H1(getTranslation("document.verify.title")),
                new Paragraph(getTranslation("document.verify.intro", documents.officeName())), result,
                new H3(getTranslation("document.verify.upload-title")),
                new Paragraph(getTranslation("document.verify.upload-intro")), upload, uploadResult);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        result.removeAll();
        var id = event.getRouteParameters().get("id");
        if (id.isPresent()) {
            show(result, documents.publicCheck(id.get(), event.getRouteParameters().get("code").orElse("")));
        }
    }

    private void showRejected() {
        uploadResult.removeAll();
        uploadResult.add(verdict("verify-rejected", "bad", getTranslation("document.verify.rejected")));
        uploadFirst();
    }

    /**
     * The verdict on the file the citizen just uploaded is the one read first (issue 12.8): it moves above the
     * QR code's verdict, under its own heading, and the QR's verdict is labelled as being about the QR's KK, so
     * a green box for the genuine KK can no longer be taken for the verdict on a tampered file.
     */
    private void uploadFirst() {
        H3 heading = new H3(getTranslation("document.verify.upload-verdict-title"));
        heading.setId("verify-upload-verdict-title");
        uploadResult.addComponentAsFirst(heading);
        uploadResult.getElement().setAttribute("role", "status");
        addComponentAtIndex(indexOf(result), uploadResult);
        if (result.getChildren().findAny().isPresent()
                && result.getChildren().noneMatch(c -> c.getId().filter("verify-qr-title"::equals).isPresent())) {
            H3 qr = new H3(getTranslation("document.verify.qr-title"));
            qr.setId("verify-qr-title");
            result.addComponentAsFirst(qr);
        }
        uploadResult.scrollIntoView();
    }

    private void show(Div target, PublicCheck check) {
        target.removeAll();
        switch (check.verdict()) {
            case NOT_FOUND -> target.add(verdict("verify-verdict", "bad", getTranslation("document.verify.not-found")));
            case NOT_CHECKED -> target.add(verdict("verify-verdict", "warn",
                    getTranslation("document.verify.not-checked", getTranslation(check.reason()))));
            case NOT_AUTHENTIC -> target.add(verdict("verify-verdict", "bad",
                    getTranslation("document.verify.not-authentic", getTranslation(check.reason()))));
            case AUTHENTIC -> {
                String kind = switch (check.status()) {
                    case CURRENT -> "good";
                    case SUPERSEDED -> "warn";
                    case WITHDRAWN -> "bad";
                };
                target.add(verdict("verify-verdict", kind, getTranslation("document.verify.status." + check.status().name(),
                        DocumentUi.date(check.replacedOn()))));
                Div facts = new Div(
                        DocumentUi.fact(this, "verify-kk-number", "document.field.kk-number", check.maskedKkNumber()),
                        DocumentUi.fact(this, "verify-issue-date", "document.field.issue-date", DocumentUi.date(check.issueDate())),
                        DocumentUi.fact(this, "verify-office", "document.field.office", check.officeName()));
                facts.addClassName("facts");
                target.add(facts);
                if (check.developmentCertificate()) {
                    target.add(DocumentUi.developmentWarning(this));
                }
            }
        }
    }

    private static Div verdict(String id, String kind, String text) {
        Div d = new Div(new Span(text));
        d.setId(id);
        d.addClassNames("verify-verdict", "verify-" + kind);
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("document.verify.title");
    }
}
