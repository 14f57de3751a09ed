package id.loket.complaint.ui;

import id.loket.base.ui.ClientAddress;
import id.loket.base.ui.KeepsTyping;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.loket.base.BusinessException;
import id.loket.complaint.ComplaintNumber;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.ComplaintService.CategoryRow;
import id.loket.complaint.ComplaintService.PublicForm;

/** The public web complaint form (no login). A hidden honeypot field and a per-address limit keep bots out. */
@Route(value = "pengaduan-publik", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://styles/complaint.css")
class PublicComplaintView extends Div implements HasDynamicTitle, KeepsTyping {

    final Checkbox anonymous = new Checkbox();
    final TextField name = new TextField();
    final TextField phone = new TextField();
    final TextField nik = new TextField();
    final Select<CategoryRow> category = new Select<>();
    final TextArea description = new TextArea();
    final TextField kkReference = new TextField();
    final TextField website = new TextField();
    final Div result = new Div();

    PublicComplaintView(ComplaintService service) {
        setId("public-complaint-view");
        addClassName("public-page");
        H1 title = new H1(getTranslation("complaint.public.title"));
        Paragraph intro = new Paragraph(getTranslation("complaint.public.intro"));

        anonymous.setId("public-complaint-anonymous");
        anonymous.setLabel(getTranslation("complaint.field.anonymous"));
        anonymous.addValueChangeListener(e -> name.setEnabled(!e.getValue()));
        name.setId("public-complaint-name");
        name.setLabel(getTranslation("complaint.field.name"));
        name.setMaxLength(120);
        phone.setId("public-complaint-phone");
        phone.setLabel(getTranslation("complaint.field.phone"));
        phone.setHelperText(getTranslation("complaint.public.phone-help"));
        phone.setMaxLength(20);
        nik.setId("public-complaint-nik");
        nik.setLabel(getTranslation("complaint.field.nik"));
        nik.setMaxLength(16);
        category.setId("public-complaint-category");
        category.setLabel(getTranslation("complaint.field.category"));
        category.setItems(service.categories());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        description.setId("public-complaint-description");
        description.setLabel(getTranslation("complaint.field.description"));
        description.setMinHeight("8rem");
        ComplaintUi.limited(description, ComplaintService.MAX_DESCRIPTION);
        kkReference.setId("public-complaint-kk");
        kkReference.setLabel(getTranslation("complaint.field.kk-reference"));
        kkReference.setMaxLength(40);
        // the honeypot: off screen and out of the tab order, so only a bot fills it in
        website.setId("public-complaint-website");
        website.setLabel(getTranslation("complaint.public.honeypot"));
        website.addClassNames("complaint-hp", KeepsTyping.SKIP);
        website.getElement().setAttribute("tabindex", "-1");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("autocomplete", "off");

        FormLayout form = new FormLayout(anonymous, name, phone, nik, category, kkReference, description, website);
        form.setColspan(description, 2);
        Button send = new Button(getTranslation("complaint.public.send"), e -> {
            try {
                ComplaintNumber number = service.submitPublic(new PublicForm(anonymous.getValue(), name.getValue(),
                        phone.getValue(), nik.getValue(), category.getValue() == null ? null : category.getValue().code(),
                        description.getValue(), kkReference.getValue(), website.getValue()), ClientAddress.current());
                showNumber(number);
            } catch (BusinessException ex) {
                ComplaintUi.showError(ex, ComplaintUi.intakeFields(name, phone, nik, category, description,
                        kkReference, null));
            }
        });
        send.setId("public-complaint-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("public-complaint-result");
        RouterLink status = new RouterLink(getTranslation("complaint.public.status-link"), PublicStatusView.class);
        status.setId("public-complaint-status-link");
        add(title, intro, form, send, result, status);
    }

    private void showNumber(ComplaintNumber number) {
        removeAll();
        H1 title = new H1(getTranslation("complaint.public.thanks"));
        Paragraph text = new Paragraph(getTranslation("complaint.public.filed", number.value()));
        Div numberBox = new Div();
        numberBox.setId("public-complaint-number");
        numberBox.setText(number.value());
        numberBox.addClassName("complaint-figure");
        RouterLink status = new RouterLink(getTranslation("complaint.public.status-link"), PublicStatusView.class);
        status.setId("public-complaint-status-link");
        result.setText(number.value());
        add(title, text, numberBox, result, status);
    }


    @Override
    public String getPageTitle() {
        return getTranslation("complaint.public.title");
    }
}
