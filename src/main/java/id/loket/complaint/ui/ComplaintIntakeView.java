package id.loket.complaint.ui;

import id.loket.base.ui.KeepsTyping;
import id.loket.base.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.loket.base.BusinessException;
import id.loket.base.Roles;
import id.loket.complaint.ComplaintChannel;
import id.loket.complaint.ComplaintNumber;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.ComplaintService.CategoryRow;
import id.loket.complaint.ComplaintService.Intake;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The complaint desk records a complaint from any channel; the citizen is told the number. */
@Route("pengaduan/baru")
@RolesAllowed(Roles.COMPLAINT_DESK)
@Menu(order = 41, title = "complaint.menu.intake", icon = "vaadin:plus-circle-o")
@StyleSheet("context://styles/complaint.css")
class ComplaintIntakeView extends VerticalLayout implements HasDynamicTitle, KeepsTyping {

    final Select<ComplaintChannel> channel = new Select<>();
    final Checkbox anonymous = new Checkbox();
    final TextField name = new TextField();
    final TextField phone = new TextField();
    final TextField nik = new TextField();
    final ComboBox<CategoryRow> category = new ComboBox<>();
    final TextArea description = new TextArea();
    final TextField kkReference = new TextField();
    final TextField laporId = new TextField();
    final Paragraph result = new Paragraph();

    ComplaintIntakeView(ComplaintService service) {
        setId("complaint-intake-view");
        channel.setId("complaint-intake-channel");
        channel.setLabel(getTranslation("complaint.field.channel"));
        channel.setItems(List.of(ComplaintChannel.TELEPON, ComplaintChannel.DATANG, ComplaintChannel.LAPOR,
                ComplaintChannel.WEB, ComplaintChannel.LAINNYA));
        channel.setItemLabelGenerator(ComplaintUi::channel);
        channel.setValue(ComplaintChannel.TELEPON);
        anonymous.setId("complaint-intake-anonymous");
        anonymous.setLabel(getTranslation("complaint.field.anonymous"));
        name.setId("complaint-intake-name");
        name.setLabel(getTranslation("complaint.field.name"));
        name.setMaxLength(120);
        phone.setId("complaint-intake-phone");
        phone.setLabel(getTranslation("complaint.field.phone"));
        phone.setMaxLength(20);
        nik.setId("complaint-intake-nik");
        nik.setLabel(getTranslation("complaint.field.nik"));
        nik.setMaxLength(16);
        category.setId("complaint-intake-category");
        category.setLabel(getTranslation("complaint.field.category"));
        category.setItems(service.categories());
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        category.addValueChangeListener(e -> category.setHelperText(e.getValue() == null ? null
                : getTranslation("complaint.intake.suggested", ComplaintUi.division(e.getValue().suggestedDivision()))));
        description.setId("complaint-intake-description");
        description.setLabel(getTranslation("complaint.field.description"));
        description.setMinHeight("8rem");
        ComplaintUi.limited(description, ComplaintService.MAX_DESCRIPTION);
        kkReference.setId("complaint-intake-kk");
        kkReference.setLabel(getTranslation("complaint.field.kk-reference"));
        kkReference.setMaxLength(40);
        laporId.setId("complaint-intake-lapor");
        laporId.setLabel(getTranslation("complaint.field.lapor-id"));
        laporId.setMaxLength(40);
        laporId.setVisible(false);
        channel.addValueChangeListener(e -> laporId.setVisible(e.getValue() == ComplaintChannel.LAPOR));
        anonymous.addValueChangeListener(e -> name.setEnabled(!e.getValue()));

        FormLayout form = new FormLayout(channel, laporId, anonymous, name, phone, nik, category, kkReference,
                description);
        form.setColspan(description, 2);

        Button save = new Button(getTranslation("complaint.intake.save"), e -> {
            try {
                ComplaintNumber number = service.file(new Intake(channel.getValue(), anonymous.getValue(),
                        name.getValue(), phone.getValue(), nik.getValue(),
                        category.getValue() == null ? null : category.getValue().code(), description.getValue(),
                        kkReference.getValue(), laporId.getValue()));
                result.setText(getTranslation("complaint.intake.filed", number.value()));
                Messages.success("complaint.intake.filed", number.value());
                clear();
            } catch (BusinessException ex) {
                ComplaintUi.showError(ex, ComplaintUi.intakeFields(name, phone, nik, category, description,
                        kkReference, laporId));
            }
        });
        save.setId("complaint-intake-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("complaint-intake-result");
        add(form, save, result);
    }

    private void clear() {
        anonymous.clear();
        name.clear();
        phone.clear();
        nik.clear();
        category.clear();
        description.clear();
        kkReference.clear();
        laporId.clear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.menu.intake");
    }
}
