package id.loket.queue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.loket.base.BusinessException;
import id.loket.base.Roles;
import id.loket.base.ui.Messages;
import id.loket.queue.BookingService;
import id.loket.queue.QueueSettingsService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.loket.queue.QueueSettingsService.KioskSettings;
import id.loket.queue.internal.KioskGate;
import jakarta.annotation.security.RolesAllowed;

/** The admin sets where the kiosk and the TV display may be opened from and how many numbers one address may take. */
@Route("admin/antrian")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 92, title = "queue.settings.menu", icon = "vaadin:desktop")
public class QueueSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final QueueSettingsService settings;
    final TextArea networks = new TextArea();
    final IntegerField ticketsPerHour = new IntegerField();
    private long version;

    private final BookingService booking;
    /** Counters open per branch: the booking capacity of a slot derives from it. */
    final Div counters = new Div();

    public QueueSettingsView(QueueSettingsService settings, KioskGate gate, BookingService booking) {
        this.settings = settings;
        this.booking = booking;
        setId("queue-settings-view");
        setMaxWidth("48rem");
        networks.setId("queue-networks");
        networks.setLabel(getTranslation("queue.settings.networks"));
        networks.setHelperText(getTranslation("queue.settings.networks-help"));
        networks.setWidthFull();
        networks.setMinHeight("12rem");
        networks.setMaxLength(4000);
        ticketsPerHour.setId("queue-tickets-per-hour");
        ticketsPerHour.setLabel(getTranslation("queue.settings.tickets-per-hour"));
        ticketsPerHour.setMin(1);
        Paragraph branches = new Paragraph(getTranslation("queue.settings.branches",
                String.join(", ", gate.branches().stream().sorted().toList())));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("queue-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        counters.setId("queue-counters");
        add(branches, networks, ticketsPerHour, save, new H3(getTranslation("queue.booking.counters-title")),
                new Paragraph(getTranslation("queue.booking.counters-help")), counters);
        load();
        loadCounters();
    }

    private void loadCounters() {
        counters.removeAll();
        for (BookingService.BranchCounters row : booking.counters()) {
            IntegerField open = new IntegerField(getTranslation("queue.booking.counters-open", row.branchName()));
            open.setId("queue-counters-" + row.branchCode());
            open.setMin(0);
            open.setMax(100);
            open.setValue(row.countersOpen());
            open.setHelperText(getTranslation("queue.booking.capacity", row.slotCapacity()));
            Button saveRow = new Button(getTranslation("action.save"), e -> {
                try {
                    booking.changeCounters(row.branchCode(), row.version(), open.getValue());
                    Messages.success("queue.settings.saved");
                    loadCounters();
                } catch (BusinessException ex) {
                    open.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                    open.setInvalid(true);
                }
            });
            saveRow.setId("queue-counters-save-" + row.branchCode());
            HorizontalLayout line = new HorizontalLayout(open, saveRow);
            line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            counters.add(line);
        }
    }

    private void load() {
        KioskSettings current = settings.kioskSettings();
        networks.setValue(String.join("\n", current.allowedNetworks()));
        ticketsPerHour.setValue(current.ticketsPerHour());
        version = current.version();
    }

    private void save() {
        networks.setInvalid(false);
        ticketsPerHour.setInvalid(false);
        try {
            settings.changeKioskSettings(version, networks.getValue(), ticketsPerHour.getValue());
            Messages.success("queue.settings.saved");
            load();
        } catch (BusinessException e) {
            // the message goes on the field it is about; what the admin typed stays for him to correct
            if (e.messageKey().equals("queue.error.tickets-per-hour")) {
                ticketsPerHour.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                ticketsPerHour.setInvalid(true);
            } else if (e.messageKey().equals("queue.error.network-invalid")) {
                networks.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                networks.setInvalid(true);
            }
            Messages.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.settings.menu");
    }
}
