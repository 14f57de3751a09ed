package id.loket.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
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
import id.loket.document.DocumentStatus;
import id.loket.skm.SkmService;
import id.loket.skm.SurveyInvite;
import id.loket.workflow.WorkflowService;
import id.loket.workflow.WorkflowService.Detail;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Step 7 at the pickup counter: open the signed KK to print it (a reprint is the same file, and is recorded), then
 * record to whom it was handed and with which NIK. That completes the application.
 */
@Route("penyerahan")
@StyleSheet("context://styles/document.css")
@RolesAllowed({Roles.PICKUP, Roles.HEAD_OF_OFFICE})
public class HandoverView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final DocumentService documents;
    private final WorkflowService workflow;
    private final SkmService skm;
    private final LoketUser user = CurrentUser.require();
    private final ZoneId zone = user.timeZone().zoneId();
    final TextField recipient = new TextField();
    final TextField recipientNik = new TextField();
    final Button handOver = new Button();
    final Div body = new Div();
    private UUID applicationId;
    private String title = "";
    private String applicantName = "";

    public HandoverView(DocumentService documents, WorkflowService workflow, SkmService skm) {
        this.documents = documents;
        this.workflow = workflow;
        this.skm = skm;
        setId("handover-view");
        handOver.addClickListener(e -> handOverNow());
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll(); // the router reuses this view when only the application changes
        recipient.clear();
        recipientNik.clear();
        Optional<Detail> found = DocumentUi.detail(this, workflow, id);
        if (found.isEmpty()) {
            return;
        }
        Detail detail = found.get();
        applicationId = detail.card().id();
        title = detail.card().displayNumber();
        applicantName = detail.card().applicantName();
        add(new H2(getTranslation("document.handover.title", title)));
        if (documents.developmentCertificate()) {
            add(DocumentUi.developmentWarning(this));
        }
        body.setWidthFull();
        add(body, new Anchor(DocumentUi.BOARD, getTranslation("document.back")));
        show();
    }

    private void show() {
        body.removeAll();
        HolderLine holder = HolderLine.of(workflow, applicationId);
        body.add(holder);
        // one read: the KK in force and the versions before it
        List<DocumentInfo> history = documents.history(applicationId);
        Optional<DocumentInfo> current = history.stream().filter(h -> h.status() == DocumentStatus.CURRENT).findFirst();
        if (current.isEmpty()) {
            Paragraph none = new Paragraph(!history.isEmpty() ? getTranslation("document.error.not-current")
                    : getTranslation("document.error.not-signed", title));
            none.setId("document-not-ready");
            body.add(none);
            return;
        }
        DocumentInfo d = current.get();
        Div facts = new Div(
                DocumentUi.fact(this, "document-kk-number", "document.field.kk-number", d.kkNumber()),
                DocumentUi.fact(this, "document-head", "document.field.head", d.headName()),
                DocumentUi.fact(this, "document-members", "document.field.members", d.memberCount()),
                DocumentUi.fact(this, "document-issue-date", "document.field.issue-date", DocumentUi.date(d.issueDate())),
                DocumentUi.fact(this, "document-signed", "document.field.signed",
                        getTranslation("document.field.signed-by", DocumentUi.dateTime(d.signedAt(), zone), d.signerName())),
                DocumentUi.fact(this, "document-print-count", "document.field.print-count", d.printCount()));
        facts.addClassName("facts");
        // the page the KK's QR code opens, so the officer can show the applicant it is genuine
        Anchor check = new Anchor(d.verificationPath(), getTranslation("document.handover.check-link"));
        check.setId("document-check-link");
        check.setTarget(AnchorTarget.BLANK);
        body.add(facts, check);

        boolean pickup = user.hasRole(Roles.PICKUP) && !holder.readOnly(); // only the holder prints and hands over
        if (pickup) {
            UI ui = UI.getCurrent();
            Anchor print = new Anchor(DocumentUi.inlinePdf("KK-" + d.kkNumber() + ".pdf", () -> {
                try {
                    byte[] pdf = documents.print(d.id());
                    // the count on screen follows the print, which arrives as its own request
                    ui.access(this::show);
                    return pdf;
                } catch (BusinessException e) {
                    // superseded or withdrawn meanwhile: say so on the officer's screen, the new tab gets no file
                    ui.access(() -> {
                        Messages.error(e);
                        show();
                    });
                    return null;
                }
            }), getTranslation(d.printCount() == 0 ? "document.handover.print" : "document.handover.reprint"));
            print.setId("document-print");
            print.setTarget(AnchorTarget.BLANK);
            print.addClassName("document-print");
            body.add(print);
        }

        if (d.handedOverAt() != null) {
            Paragraph done = new Paragraph(getTranslation("document.handover.done", d.handedOverTo(),
                    d.handedOverIdNumber(), DocumentUi.dateTime(d.handedOverAt(), zone), d.handedOverBy()));
            done.setId("document-handed-over");
            body.add(done);
            // the citizen rates the service now, on a phone or the counter's tablet (issue 15.4)
            SurveyInvite.of(skm, applicationId).ifPresent(body::add);
        } else if (pickup) {
            recipient.setId("document-recipient");
            recipient.setLabel(getTranslation("document.handover.recipient"));
            recipient.setMaxLength(100);
            recipient.setWidth("18em");
            if (recipient.isEmpty()) {
                recipient.setValue(applicantName);
            }
            recipientNik.setId("document-recipient-nik");
            recipientNik.setLabel(getTranslation("document.handover.recipient-nik"));
            recipientNik.setMaxLength(24);
            recipientNik.setWidth("14em");
            handOver.setId("document-handover");
            handOver.setText(getTranslation("document.handover.button"));
            handOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            HorizontalLayout form = new HorizontalLayout(recipient, recipientNik, handOver);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            Paragraph hint = new Paragraph(getTranslation(d.printCount() == 0 ? "document.handover.print-first-hint"
                    : "document.handover.hint"));
            hint.setId("document-handover-hint");
            body.add(new H3(getTranslation("document.handover.form")), hint, form);
        }

        if (history.size() > 1) {
            UnorderedList list = new UnorderedList();
            list.setId("document-history");
            history.forEach(h -> list.add(new ListItem(getTranslation("document.handover.history-item",
                    DocumentUi.dateTime(h.signedAt(), zone), getTranslation("document.status." + h.status().name()),
                    h.printCount()))));
            body.add(new H3(getTranslation("document.handover.history")), list);
        }
    }

    void handOverNow() {
        try {
            documents.handOver(applicationId, recipient.getValue(), recipientNik.getValue());
            Messages.success("document.handover.ok", title);
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (OptimisticLockingFailureException e) {
            Messages.error("workflow.error.moved-by-other", title);
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("document.handover.title", title);
    }
}
