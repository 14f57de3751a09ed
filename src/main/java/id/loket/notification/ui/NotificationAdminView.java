package id.loket.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.Roles;
import id.loket.base.ui.Messages;
import id.loket.notification.NotificationService;
import id.loket.notification.NotificationService.MessageRow;
import id.loket.notification.NotificationService.SimulatedMessage;
import id.loket.notification.NotificationService.SimulatorState;
import id.loket.notification.NotificationService.TemplateRow;
import id.loket.notification.TemplateInvalid;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Citizen notifications for the admin (and the head of office, read only): the SMS simulator's received messages and
 * its outage switch (demo and test), the branch's outbox (phones masked; the admin may show one, audited) and the
 * message templates in both languages.
 */
@Route("admin/notifikasi")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 93, title = "notification.menu", icon = "vaadin:envelope-o")
public class NotificationAdminView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService service;
    private final boolean admin;
    private final DateTimeFormatter time;
    final Span simulatorState = new Span();
    final Button toggle = new Button();
    final Span summary = new Span();
    final Grid<SimulatedMessage> received = new Grid<>();
    final Grid<MessageRow> outbox = new Grid<>();
    final Grid<TemplateRow> templates = new Grid<>();
    /** Phones the admin chose to show in clear on this screen (each one audited). */
    private final Map<UUID, String> revealed = new HashMap<>();

    public NotificationAdminView(NotificationService service) {
        this.service = service;
        this.admin = service.mayRevealPhones();
        this.time = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss")
                .withZone(CurrentUser.require().timeZone().zoneId());
        setId("notification-admin-view");

        Button refresh = new Button(getTranslation("notification.refresh"), e -> refresh());
        refresh.setId("notification-refresh");
        simulatorState.setId("notification-simulator-state");
        toggle.setId("notification-simulator-toggle");
        toggle.addClickListener(e -> toggleOutage());
        toggle.setVisible(admin);
        summary.setId("notification-summary");

        received.setId("notification-received");
        received.addColumn(m -> format(m.receivedAt())).setHeader(getTranslation("notification.received-at"))
                .setAutoWidth(true).setFlexGrow(0);
        received.addColumn(SimulatedMessage::maskedPhone).setHeader(getTranslation("notification.phone"))
                .setAutoWidth(true).setFlexGrow(0);
        received.addColumn(SimulatedMessage::text).setHeader(getTranslation("notification.text")).setFlexGrow(4);
        received.addColumn(SimulatedMessage::calls).setHeader(getTranslation("notification.calls"))
                .setAutoWidth(true).setFlexGrow(0);
        received.setHeight("18rem");

        outbox.setId("notification-outbox");
        outbox.addColumn(m -> format(m.createdAt())).setHeader(getTranslation("notification.created-at"))
                .setAutoWidth(true).setFlexGrow(0);
        outbox.addColumn(m -> getTranslation("notification.type." + m.type())).setHeader(getTranslation("notification.type"))
                .setAutoWidth(true).setFlexGrow(0);
        outbox.addComponentColumn(this::phoneCell).setKey("phone").setHeader(getTranslation("notification.phone")).setAutoWidth(true)
                .setFlexGrow(0);
        outbox.addColumn(MessageRow::text).setHeader(getTranslation("notification.text")).setFlexGrow(4);
        outbox.addColumn(this::status).setHeader(getTranslation("notification.status")).setFlexGrow(2);
        outbox.setHeight("22rem");

        templates.setId("notification-templates");
        templates.addColumn(t -> getTranslation("notification.type." + t.type()))
                .setHeader(getTranslation("notification.type")).setAutoWidth(true).setFlexGrow(0);
        templates.addColumn(TemplateRow::textId).setHeader(getTranslation("notification.text-id")).setFlexGrow(3);
        templates.addColumn(TemplateRow::textEn).setHeader(getTranslation("notification.text-en")).setFlexGrow(3);
        if (admin) {
            templates.addItemClickListener(e -> editTemplate(e.getItem()));
        }
        templates.setAllRowsVisible(true);

        HorizontalLayout simulatorBar = new HorizontalLayout(simulatorState, toggle);
        simulatorBar.setAlignItems(FlexComponent.Alignment.CENTER);
        H3 simulatorTitle = new H3(getTranslation("notification.simulator-title"));
        Optional<SimulatorState> simulator = service.simulator();
        simulatorTitle.setVisible(simulator.isPresent());
        simulatorBar.setVisible(simulator.isPresent());
        received.setVisible(simulator.isPresent());
        HorizontalLayout outboxBar = new HorizontalLayout(summary, refresh);
        outboxBar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(simulatorTitle, simulatorBar, received,
                new H3(getTranslation("notification.outbox-title")), outboxBar, outbox,
                new H3(getTranslation("notification.templates-title")),
                new Span(getTranslation("notification.templates-help")), templates);
        refresh();
    }

    void refresh() {
        service.simulator().ifPresent(s -> {
            simulatorState.setText(getTranslation(s.down() ? "notification.simulator.down" : "notification.simulator.up"));
            simulatorState.getElement().getThemeList().set("badge", true);
            simulatorState.getElement().getThemeList().set("error", s.down());
            simulatorState.getElement().getThemeList().set("success", !s.down());
            toggle.setText(getTranslation(s.down() ? "notification.simulator.end-outage"
                    : "notification.simulator.start-outage"));
            received.setItems(s.received());
        });
        NotificationService.Summary counts = service.summary();
        summary.setText(getTranslation("notification.summary", counts.pending(), counts.sent()));
        outbox.setItems(service.messages());
        templates.setItems(service.templates());
    }

    private void toggleOutage() {
        try {
            service.simulateOutage(!service.simulator().map(SimulatorState::down).orElse(false));
            refresh();
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    private com.vaadin.flow.component.Component phoneCell(MessageRow m) {
        String shown = revealed.get(m.id());
        if (shown != null || !admin) {
            return new Span(shown != null ? shown : m.maskedPhone());
        }
        Span masked = new Span(m.maskedPhone());
        Button show = new Button(getTranslation("notification.show-phone"), e -> {
            revealed.put(m.id(), service.revealPhone(m.id()));
            outbox.getDataProvider().refreshItem(m);
        });
        show.setId("notification-show-" + m.id());
        show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout cell = new HorizontalLayout(masked, show);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        return cell;
    }

    private String status(MessageRow m) {
        if (m.sent()) {
            return getTranslation("notification.status.sent", format(m.sentAt()));
        }
        return getTranslation("notification.status.pending", m.attempts(), format(m.nextAttemptAt()))
                + (m.lastError() == null ? "" : " (" + m.lastError() + ")");
    }

    private void editTemplate(TemplateRow row) {
        Dialog dialog = new Dialog();
        dialog.setId("template-editor");
        dialog.setHeaderTitle(getTranslation("notification.type." + row.type()));
        TextArea textId = new TextArea(getTranslation("notification.text-id"));
        textId.setId("template-text-id");
        textId.setValue(row.textId());
        textId.setMaxLength(NotificationService.MAX_TEMPLATE);
        TextArea textEn = new TextArea(getTranslation("notification.text-en"));
        textEn.setId("template-text-en");
        textEn.setValue(row.textEn());
        textEn.setMaxLength(NotificationService.MAX_TEMPLATE);
        Span placeholders = new Span(getTranslation("notification.placeholders",
                row.type().placeholders().stream().map(p -> "{" + p + "}").collect(Collectors.joining(", "))));
        FormLayout form = new FormLayout(textId, textEn, placeholders);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            textId.setInvalid(false);
            textEn.setInvalid(false);
            try {
                service.changeTemplate(row.type(), row.version(), textId.getValue(), textEn.getValue());
                Messages.success("notification.template-saved");
                dialog.close();
                refresh();
            } catch (TemplateInvalid invalid) {
                Map<String, TextArea> fields = Map.of(TemplateInvalid.TEXT_ID, textId, TemplateInvalid.TEXT_EN, textEn);
                invalid.fields().forEach((field, error) -> {
                    TextArea area = fields.get(field);
                    area.setErrorMessage(getTranslation(error.messageKey(), error.args()));
                    area.setInvalid(true);
                });
            } catch (BusinessException ex) {
                Messages.error(ex);
            }
        });
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private String format(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.menu");
    }
}
