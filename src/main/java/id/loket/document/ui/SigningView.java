package id.loket.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import id.loket.workflow.HolderLine;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.Roles;
import id.loket.base.ui.Messages;
import id.loket.document.DocumentInfo;
import id.loket.document.DocumentService;
import id.loket.workflow.WorkflowService;
import id.loket.workflow.WorkflowService.Detail;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Step 6: the TTE officer reads the KK as it will be signed (a marked preview), confirms having checked it, and
 * signs. The card then moves to the pickup counter on its own.
 */
@Route("tte")
@StyleSheet("context://styles/document.css")
@RolesAllowed({Roles.SIGNER, Roles.HEAD_OF_OFFICE})
public class SigningView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final DocumentService documents;
    private final WorkflowService workflow;
    private final LoketUser user = CurrentUser.require();
    private final ZoneId zone = user.timeZone().zoneId();
    final Checkbox checked = new Checkbox();
    final Button sign = new Button();
    final Div body = new Div();
    private UUID applicationId;
    private String title = "";
    private String previewHash;

    public SigningView(DocumentService documents, WorkflowService workflow) {
        this.documents = documents;
        this.workflow = workflow;
        setId("signing-view");
        setSizeFull();
        checked.addValueChangeListener(e -> sign.setEnabled(e.getValue() && user.hasRole(Roles.SIGNER)));
        sign.addClickListener(e -> signNow());
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll(); // the router reuses this view when only the application changes
        Optional<Detail> found = DocumentUi.detail(this, workflow, id);
        if (found.isEmpty()) {
            return;
        }
        Detail detail = found.get();
        applicationId = detail.card().id();
        title = detail.card().displayNumber();
        add(new H2(getTranslation("document.sign.title", title)));
        if (documents.developmentCertificate()) {
            add(DocumentUi.developmentWarning(this));
        }
        add(new HorizontalLayout(
                DocumentUi.fact(this, "document-applicant", "document.field.applicant", detail.card().applicantName()),
                DocumentUi.fact(this, "document-type", "document.field.type", detail.typeName().in(getLocale()))));
        body.setWidthFull();
        body.getStyle().set("flex-grow", "1");
        add(body, new Anchor(DocumentUi.BOARD, getTranslation("document.back")));
        show();
    }

    private void show() {
        body.removeAll();
        HolderLine holder = HolderLine.of(workflow, applicationId);
        body.add(holder);
        Optional<DocumentInfo> current = documents.current(applicationId);
        if (current.isPresent()) {
            DocumentInfo d = current.get();
            Paragraph done = new Paragraph(getTranslation("document.sign.done", d.kkNumber(),
                    DocumentUi.dateTime(d.signedAt(), zone), d.signerName()));
            done.setId("document-signed-info");
            Anchor verify = new Anchor(d.verificationPath(), getTranslation("document.sign.verify-link"));
            verify.setId("document-verify-link");
            verify.setTarget(AnchorTarget.BLANK);
            body.add(done, verify);
            return;
        }
        if (!DocumentService.SIGNING_STEP.equals(workflow.card(applicationId).map(c -> c.stepCode()).orElse(""))) {
            Paragraph wait = new Paragraph(getTranslation("document.error.not-at-signing", title));
            wait.setId("document-not-ready");
            body.add(wait);
            return;
        }
        DocumentService.Preview preview;
        try {
            preview = documents.preview(applicationId);
        } catch (BusinessException e) {
            Paragraph why = new Paragraph(getTranslation(e.messageKey(), e.args()));
            why.setId("document-not-ready");
            body.add(why);
            return;
        }
        IFrame frame = new IFrame();
        frame.setId("document-preview");
        frame.addClassName("document-pdf");
        frame.setSrc(DocumentUi.inlinePdf("pratinjau-kk-" + title + ".pdf", preview::pdf));
        // what the signer reads is what gets signed: the hash goes back with the signing
        previewHash = preview.contentHash();
        checked.setId("document-checked");
        checked.setLabel(getTranslation("document.sign.checked"));
        sign.setId("document-sign");
        sign.setText(getTranslation("document.sign.button"));
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        checked.setValue(false);
        sign.setEnabled(false);
        sign.setDisableOnClick(true);
        HorizontalLayout actions = new HorizontalLayout(checked, sign);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setVisible(user.hasRole(Roles.SIGNER) && !holder.readOnly()); // only the holder signs
        body.add(actions, frame);
    }

    void signNow() {
        try {
            DocumentInfo signed = documents.sign(applicationId, previewHash);
            Messages.success("document.sign.ok", signed.kkNumber());
        } catch (BusinessException e) {
            Messages.error(e);
            sign.setEnabled(checked.getValue());
        } catch (OptimisticLockingFailureException e) {
            Messages.error("workflow.error.moved-by-other", title);
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("document.sign.title", title);
    }
}
