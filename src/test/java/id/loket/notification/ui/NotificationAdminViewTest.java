package id.loket.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import id.loket.LoketIntegrationTest;
import id.loket.notification.MessageType;
import id.loket.notification.NotificationService.MessageRow;
import id.loket.notification.NotificationService.SimulatedMessage;
import id.loket.notification.internal.NotificationSimulator;
import id.loket.notification.internal.Sender;
import id.loket.workflow.Applications;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@LoketIntegrationTest
class NotificationAdminViewTest extends SpringBrowserlessTest {

    @Autowired Applications applications;
    @Autowired NotificationSimulator simulator;
    @Autowired Sender sender;
    @Autowired JdbcTemplate jdbc;
    @Autowired id.loket.notification.NotificationService notifications;

    @AfterEach
    void gatewayUp() {
        simulator.down(false);
    }

    private UUID sentIntake() {
        UUID id = applications.registered("BIRTH", "Komang Sari");
        sender.sendDue();
        return id;
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_sees_what_the_simulator_received_with_the_phone_masked_and_switches_the_outage() {
        UUID id = sentIntake();
        String key = "received:" + id;
        NotificationAdminView view = navigate(NotificationAdminView.class);

        SimulatedMessage got = view.received.getGenericDataView().getItems()
                .filter(m -> m.idempotencyKey().equals(key)).findFirst().orElseThrow();
        assertThat(got.maskedPhone()).isEqualTo("***********90");
        assertThat(got.text()).contains(applications.card(id).registrationNumber());
        assertThat(find(Span.class).id("notification-simulator-state").getText()).isEqualTo("Simulator aktif");

        test(find(Button.class).id("notification-simulator-toggle")).click();
        assertThat(simulator.down()).isTrue();
        assertThat(find(Span.class).id("notification-simulator-state").getText())
                .isEqualTo("Simulator mati (gangguan disimulasikan)");
        assertThat(find(Button.class).id("notification-simulator-toggle").getText()).isEqualTo("Akhiri gangguan");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'notification_simulator'"
                + " AND action = 'outage-started'", Long.class)).isPositive();

        test(find(Button.class).id("notification-simulator-toggle")).click();
        assertThat(simulator.down()).isFalse();
        assertThat(find(Span.class).id("notification-simulator-state").getText()).isEqualTo("Simulator aktif");
    }

    @Test
    @WithUserDetails("admin")
    void the_outbox_masks_phones_and_the_admin_shows_one_in_clear_audited() {
        UUID id = applications.registered("BIRTH", "Gede Ari");
        NotificationAdminView view = navigate(NotificationAdminView.class);
        MessageRow row = view.outbox.getGenericDataView().getItems()
                .filter(m -> m.type() == MessageType.RECEIVED && m.text().contains(applications.card(id).registrationNumber()))
                .findFirst().orElseThrow();
        assertThat(row.maskedPhone()).isEqualTo("***********90");
        assertThat(find(Span.class).id("notification-summary").getText()).startsWith("Menunggu dikirim: ");

        int index = view.outbox.getGenericDataView().getItems().toList().indexOf(row);
        com.vaadin.flow.component.Component cell = test(view.outbox).getCellComponent(index, "phone");
        Button show = cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow();
        assertThat(show.getId()).contains("notification-show-" + row.id());
        assertThat(cell.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()).findFirst())
                .contains("***********90");
        show.click();
        assertThat(((Span) test(view.outbox).getCellComponent(index, "phone")).getText()).isEqualTo("6281234567890");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'notification_message'"
                + " AND entity_id = ? AND action = 'viewed-phone'", Long.class, row.id().toString())).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void a_template_with_an_unknown_field_shows_the_rule_on_the_field_and_keeps_the_dialog_open() {
        NotificationAdminView view = navigate(NotificationAdminView.class);
        var row = view.templates.getGenericDataView().getItems().filter(t -> t.type() == MessageType.KK_READY)
                .findFirst().orElseThrow();
        test(view.templates).clickRow(view.templates.getGenericDataView().getItems().toList().indexOf(row));
        test(find(TextArea.class).id("template-text-id")).setValue("KK {nomor} siap di {loket}");
        test(find(Button.class).id("template-save")).click();

        TextArea textId = find(TextArea.class).id("template-text-id");
        assertThat(textId.isInvalid()).isTrue();
        assertThat(textId.getErrorMessage()).startsWith("Isian {loket} tidak dikenal untuk pesan ini");
        assertThat(find(TextArea.class).id("template-text-en").isInvalid()).isFalse();
        assertThat(jdbc.queryForObject("SELECT text_id FROM notification_template WHERE type = 'KK_READY'", String.class))
                .isEqualTo(row.textId());
    }

    @Test
    @WithUserDetails("kadis")
    void the_head_of_office_has_no_message_log() {
        sentIntake();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> notifications.messages())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
