package id.loket.complaint.ui;

import id.loket.base.ui.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.loket.base.BusinessException;
import id.loket.base.Roles;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.ComplaintService.CategoryRow;
import id.loket.complaint.ComplaintService.HolidayRow;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/** The admin sets each category's SLA targets (working hours) and keeps the holiday calendar. */
@Route("pengaduan/pengaturan")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 49, title = "complaint.menu.settings", icon = "vaadin:calendar-clock")
class ComplaintSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final ComplaintService service;
    final Grid<CategoryRow> categories = new Grid<>();
    final Grid<HolidayRow> holidays = new Grid<>();
    final DatePicker date = new DatePicker();
    final TextField name = new TextField();
    final Select<String> kind = new Select<>();

    ComplaintSettingsView(ComplaintService service) {
        this.service = service;
        setId("complaint-settings-view");
        categories.setId("complaint-categories-grid");
        categories.addColumn(c -> c.name(getLocale())).setHeader(getTranslation("complaint.field.category")).setFlexGrow(3);
        categories.addColumn(c -> ComplaintUi.division(c.suggestedDivision()))
                .setHeader(getTranslation("complaint.settings.suggested"));
        categories.addColumn(CategoryRow::followUpHours).setHeader(getTranslation("complaint.settings.follow-up-hours"));
        categories.addColumn(CategoryRow::resolutionHours).setHeader(getTranslation("complaint.settings.resolution-hours"));
        categories.addItemClickListener(e -> editTargets(e.getItem()));
        categories.setAllRowsVisible(true);

        date.setId("complaint-holiday-date");
        date.setLabel(getTranslation("complaint.settings.holiday-date"));
        name.setId("complaint-holiday-name");
        name.setLabel(getTranslation("complaint.settings.holiday-name"));
        name.setMaxLength(160);
        kind.setId("complaint-holiday-kind");
        kind.setLabel(getTranslation("complaint.settings.holiday-kind"));
        kind.setItems(List.of("libur", "cuti_bersama", "lokal"));
        kind.setItemLabelGenerator(k -> getTranslation("complaint.holiday.kind." + k));
        kind.setValue("lokal");
        Button add = new Button(getTranslation("complaint.settings.holiday-add"), e -> addHoliday());
        add.setId("complaint-holiday-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout addForm = new HorizontalLayout(date, name, kind, add);
        addForm.setAlignItems(FlexComponent.Alignment.BASELINE);

        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", getLocale());
        holidays.setId("complaint-holidays-grid");
        holidays.addColumn(h -> day.format(h.date())).setHeader(getTranslation("complaint.settings.holiday-date"))
                .setAutoWidth(true);
        holidays.addColumn(HolidayRow::name).setHeader(getTranslation("complaint.settings.holiday-name")).setFlexGrow(3);
        holidays.addColumn(h -> getTranslation("complaint.holiday.kind." + h.kind()))
                .setHeader(getTranslation("complaint.settings.holiday-kind"));
        holidays.addComponentColumn(h -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeHoliday(h));
            remove.setAriaLabel(getTranslation("complaint.settings.holiday-remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setId("complaint-holiday-remove-" + h.date());
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);

        add(new H3(getTranslation("complaint.settings.targets")), categories,
                new H3(getTranslation("complaint.settings.holidays")), addForm, holidays);
        refresh();
    }

    private void refresh() {
        categories.setItems(service.categories());
        holidays.setItems(service.holidays());
    }

    void editTargets(CategoryRow row) {
        Dialog dialog = new Dialog();
        dialog.setId("complaint-targets-dialog");
        dialog.setHeaderTitle(row.name(getLocale()));
        IntegerField followUp = new IntegerField(getTranslation("complaint.settings.follow-up-hours"));
        followUp.setId("complaint-targets-follow-up");
        followUp.setValue(row.followUpHours());
        IntegerField resolution = new IntegerField(getTranslation("complaint.settings.resolution-hours"));
        resolution.setId("complaint-targets-resolution");
        resolution.setValue(row.resolutionHours());
        dialog.add(new HorizontalLayout(followUp, resolution));
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                service.changeTargets(row.code(), row.version(),
                        followUp.getValue() == null ? 0 : followUp.getValue(),
                        resolution.getValue() == null ? 0 : resolution.getValue());
                Messages.success("complaint.saved");
                dialog.close();
                refresh();
            } catch (BusinessException ex) {
                Messages.error(ex);
            } catch (OptimisticLockingFailureException ex) {
                Messages.error("error.concurrent-change");
                dialog.close();
                refresh();
            }
        });
        save.setId("complaint-targets-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void addHoliday() {
        try {
            service.addHoliday(date.getValue(), name.getValue(), kind.getValue());
            Messages.success("complaint.saved");
            date.clear();
            name.clear();
            refresh();
        } catch (BusinessException ex) {
            Messages.error(ex);
        }
    }

    private void removeHoliday(HolidayRow row) {
        try {
            service.removeHoliday(row.id());
            Messages.success("complaint.saved");
            refresh();
        } catch (BusinessException ex) {
            Messages.error(ex);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.menu.settings");
    }
}
