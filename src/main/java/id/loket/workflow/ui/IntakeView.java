package id.loket.workflow.ui;

import com.vaadin.flow.component.HasValidation;
import id.loket.workflow.IntakeInvalid;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import id.loket.base.BusinessException;
import id.loket.base.Roles;
import id.loket.base.ui.KeepsTyping;
import id.loket.base.ui.Messages;
import id.loket.catalog.CatalogService;
import id.loket.catalog.CatalogService.AppType;
import id.loket.catalog.CatalogService.Document;
import id.loket.queue.QueueService;
import id.loket.queue.QueueService.TicketRow;
import id.loket.workflow.WorkflowService;
import id.loket.workflow.WorkflowService.IntakeForm;
import id.loket.workflow.WorkflowService.IntakeResult;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Step 2: the front-office officer records the applicant and ticks the documents handed in. The service decides:
 * complete -> registered and on the board; incomplete -> returned with a printable list of what is missing.
 */
@Route("penerimaan")
@com.vaadin.flow.component.dependency.StyleSheet("context://styles/tracking.css")
@RolesAllowed(Roles.FRONT_OFFICE)
public class IntakeView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle, KeepsTyping {

    private final WorkflowService workflow;
    private final QueueService queue;
    private final CatalogService catalog;
    private TicketRow ticket;

    final TextField name = new TextField();
    final TextField nik = new TextField();
    final TextField phone = new TextField();
    final Select<AppType> type = new Select<>();
    final CheckboxGroup<Document> documents = new CheckboxGroup<>();
    /** A short summary of what to correct, above the form; each broken field says its own rule. */
    final Div summary = new Div();

    private final String trackingUrl;

    public IntakeView(WorkflowService workflow, QueueService queue, CatalogService catalog,
                      @org.springframework.beans.factory.annotation.Value("${loket.tracking.public-url:}") String trackingUrl) {
        this.trackingUrl = trackingUrl;
        this.workflow = workflow;
        this.queue = queue;
        this.catalog = catalog;
        setId("intake-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String ticketId) {
        try {
            ticket = queue.ticket(UUID.fromString(ticketId));
        } catch (IllegalArgumentException | BusinessException e) {
            add(new Paragraph(getTranslation("workflow.intake.no-ticket")));
            return;
        }
        form();
    }

    private void form() {
        removeAll();
        add(new H2(getTranslation("workflow.intake.title", ticket.number())));
        name.setLabel(getTranslation("workflow.intake.name"));
        name.setId("intake-name");
        name.setMaxLength(100);
        nik.setLabel(getTranslation("workflow.intake.nik"));
        nik.setId("intake-nik");
        nik.setMaxLength(20);
        nik.setHelperText(getTranslation("workflow.intake.nik-help"));
        phone.setLabel(getTranslation("workflow.intake.phone"));
        phone.setId("intake-phone");
        phone.setMaxLength(20);
        type.setLabel(getTranslation("workflow.intake.type"));
        type.setId("intake-type");
        type.setItems(catalog.catalog().types());
        type.setItemLabelGenerator(t -> t.name().in(getLocale()));
        documents.setLabel(getTranslation("workflow.intake.documents"));
        documents.setId("intake-documents");
        documents.setItemLabelGenerator(d -> d.name().in(getLocale()));
        type.addValueChangeListener(e -> documents.setItems(e.getValue() == null ? java.util.List.of() : e.getValue().documents()));
        catalog.catalog().type(ticket.typeCode()).ifPresent(type::setValue);

        for (com.vaadin.flow.component.HasValue<?, ?> required : List.of(name, nik, phone, type)) {
            required.setRequiredIndicatorVisible(true);
        }
        summary.setId("intake-summary");
        summary.addClassName("form-errors");
        summary.setVisible(false);
        add(summary);
        FormLayout form = new FormLayout(name, nik, phone, type, documents);
        form.setColspan(documents, 2);
        Button submit = new Button(getTranslation("workflow.intake.submit"), e -> submit());
        submit.setId("intake-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("workflow.intake.back"), e -> UI.getCurrent().navigate("antrian/panggil"));
        add(form, new HorizontalLayout(submit, back));
    }

    private void submit() {
        IntakeResult result;
        try {
            result = workflow.completeIntake(new IntakeForm(ticket.id(), name.getValue(), nik.getValue(), phone.getValue(),
                    type.getValue() == null ? null : type.getValue().code(),
                    documents.getValue().stream().map(Document::code).collect(Collectors.toSet())));
        } catch (IntakeInvalid e) {
            showInvalid(e.fields());
            return;
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        showResult(result);
    }

    /** Marks every broken field at once and keeps what was typed, so the officer corrects instead of retyping. */
    void showInvalid(Map<String, BusinessException> broken) {
        Map<String, HasValidation> fields = Map.of(IntakeInvalid.NAME, name, IntakeInvalid.NIK, nik,
                IntakeInvalid.PHONE, phone, IntakeInvalid.TYPE, type);
        UnorderedList list = new UnorderedList();
        fields.forEach((key, field) -> {
            BusinessException e = broken.get(key);
            field.setInvalid(e != null);
            field.setErrorMessage(e == null ? null : getTranslation(e.messageKey(), e.args()));
        });
        broken.forEach((key, e) -> list.add(new ListItem(label(key) + ": " + getTranslation(e.messageKey(), e.args()))));
        summary.removeAll();
        summary.add(new Span(getTranslation("workflow.intake.summary")), list);
        summary.setVisible(true);
    }

    private String label(String field) {
        return switch (field) {
            case IntakeInvalid.NAME -> name.getLabel();
            case IntakeInvalid.NIK -> nik.getLabel();
            case IntakeInvalid.PHONE -> phone.getLabel();
            default -> type.getLabel();
        };
    }

    private void showResult(IntakeResult result) {
        removeAll();
        Div box = new Div();
        box.setId("intake-result");
        if (result.returned()) {
            box.addClassName("returned-slip");
            UnorderedList missing = new UnorderedList();
            result.missingDocuments().forEach(d -> missing.add(new ListItem(d.in(getLocale()))));
            box.add(new H3(getTranslation("workflow.intake.returned-title")),
                    new Paragraph(getTranslation("workflow.intake.returned-for", result.queueNumber(), name.getValue())),
                    new Span(getTranslation("workflow.intake.missing")), missing,
                    new Paragraph(getTranslation("workflow.intake.come-back")), new Paragraph(getTranslation("queue.free")));
            box.add(trackingBlock(result.trackingReference()));
            Button print = new Button(getTranslation("workflow.intake.print"), e -> UI.getCurrent().getPage().executeJs("window.print()"));
            print.setId("intake-print");
            print.addClassName("no-print");
            box.add(print);
        } else {
            Span number = new Span(result.registrationNumber());
            number.setId("intake-registration");
            number.addClassName("registration-number");
            box.addClassName("receipt");
            UnorderedList received = new UnorderedList();
            documents.getValue().forEach(d -> received.add(new ListItem(d.name().in(getLocale()))));
            Button print = new Button(getTranslation("workflow.intake.print-receipt"),
                    e -> UI.getCurrent().getPage().executeJs("window.print()"));
            print.setId("intake-print-receipt");
            print.addClassName("no-print");
            box.add(new H3(getTranslation("workflow.intake.registered-title")),
                    new Paragraph(getTranslation("workflow.intake.registration")), number,
                    new Paragraph(getTranslation("workflow.intake.returned-for", result.queueNumber(), name.getValue())),
                    new Span(getTranslation("workflow.intake.received")), received,
                    new Paragraph(getTranslation("queue.free")),
                    new Paragraph(getTranslation("workflow.intake.registered-next")),
                    trackingBlock(result.trackingReference()), print);
        }
        Button queueButton = new Button(getTranslation("workflow.intake.to-queue"), e -> UI.getCurrent().navigate("antrian/panggil"));
        queueButton.setId("intake-to-queue");
        queueButton.addClassName("no-print");
        add(box, queueButton);
    }

    /** The number to type and a QR code to the public status page (the phone's last four digits are asked there). */
    private Div trackingBlock(String reference) {
        String url = TrackingQr.url(trackingUrl, reference);
        Div block = new Div(new Paragraph(getTranslation("workflow.intake.tracking", reference)),
                TrackingQr.image(url, getTranslation("workflow.intake.tracking-qr")), new Span(url));
        block.setId("intake-tracking");
        block.addClassName("receipt-tracking");
        return block;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workflow.intake.page-title");
    }
}
