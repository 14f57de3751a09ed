package id.loket.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AccountService;
import id.loket.base.Roles;
import id.loket.complaint.ComplaintChannel;
import id.loket.complaint.ComplaintNumber;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.Division;
import id.loket.notification.NotificationService.TemplateRow;
import id.loket.notification.internal.NotificationSimulator;
import id.loket.notification.internal.Sender;
import id.loket.queue.QueueService.TicketRow;
import id.loket.workflow.Applications;
import id.loket.workflow.WorkflowService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The notification outbox against the real database and the in-process simulator: a message exists exactly when the
 * change it announces committed, a gateway outage stops no step and loses nothing, and every message reaches the
 * phone once.
 */
@LoketIntegrationTest
class NotificationOutboxTest {

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired WorkflowService workflow;
    @Autowired ComplaintService complaints;
    @Autowired NotificationService notifications;
    @Autowired NotificationSimulator simulator;
    @Autowired Sender sender;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @jakarta.persistence.PersistenceContext jakarta.persistence.EntityManager entityManager;

    @AfterEach
    void gatewayUp() {
        simulator.down(false);
    }

    private Map<String, Object> message(String key) {
        return jdbc.queryForMap("SELECT type, phone, text, status, attempts, sent_at FROM notification_message"
                + " WHERE idempotency_key = ?", key);
    }

    private long count(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification_message WHERE idempotency_key = ?", Long.class, key);
    }

    private String status(String key) {
        return (String) message(key).get("status");
    }

    /** Waits for the scheduled sender (every 200 ms in tests); fails after 20 s. Not a timing assertion. */
    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void a_completed_intake_writes_its_message_in_its_own_transaction_and_a_rolled_back_one_writes_none() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        AtomicReference<UUID> rolledBack = new AtomicReference<>();
        tx.executeWithoutResult(status -> {
            UUID id = applications.registered();
            rolledBack.set(id);
            entityManager.flush(); // what commit would write, visible to this transaction's own SQL
            // inside the intake's transaction, before commit: the message is there, pending, with the number
            Map<String, Object> m = message("received:" + id);
            assertThat(m.get("status")).isEqualTo("PENDING");
            assertThat(m.get("type")).isEqualTo("RECEIVED");
            assertThat((String) m.get("text")).contains("/status")
                    .contains(applications.card(id).registrationNumber());
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application WHERE id = ?", Long.class,
                rolledBack.get().toString())).isZero();
        assertThat(count("received:" + rolledBack.get())).isZero();

        UUID committed = applications.registered();
        Map<String, Object> m = message("received:" + committed);
        assertThat(m.get("phone")).isEqualTo("6281234567890");
        assertThat((String) m.get("text")).startsWith("Dinas Kependudukan")
                .contains("nomor registrasi " + applications.card(committed).registrationNumber());
    }

    @Test
    void a_returned_intake_tells_which_documents_are_missing() {
        TicketRow ticket = applications.calledTicket("BIRTH");
        WorkflowService.IntakeResult result = officers.as("fo", () -> workflow.completeIntake(
                new WorkflowService.IntakeForm(ticket.id(), "Made Wirawan", Applications.NIK, "0812 3456 7890",
                        "BIRTH", Set.of("BIRTH_STATEMENT"))));
        Map<String, Object> m = message("returned:" + result.applicationId());
        assertThat(m.get("type")).isEqualTo("RETURNED");
        assertThat((String) m.get("text")).contains("dikembalikan").contains("Kartu Keluarga (KK) lama asli")
                .contains(ticket.number());
        assertThat(count("received:" + result.applicationId())).isZero();
    }

    @Test
    void gateway_down_steps_go_on_gateway_up_every_message_is_sent_exactly_once() throws Exception {
        simulator.down(true);
        // while the gateway is down: two intakes, one of them all the way to the pickup counter
        UUID first = applications.registered();
        UUID second = applications.atSigning();
        applications.next(second, "tte");
        assertThat(applications.card(second).stepCode()).isEqualTo("HANDOVER");
        int visit = jdbc.queryForObject("SELECT visit_no FROM application WHERE id = ?", Integer.class,
                second.toString());
        List<String> keys = List.of("received:" + first, "received:" + second, "kk-ready:" + second + ":" + visit);
        assertThat((String) message(keys.get(2)).get("text")).contains("siap diambil");

        // the sender keeps trying, backing off, and nothing is lost or marked sent
        eventually(() -> keys.stream().allMatch(k -> ((Number) message(k).get("attempts")).intValue() >= 2));
        assertThat(keys).allSatisfy(k -> assertThat(status(k)).isEqualTo("PENDING"));
        assertThat(keys).allSatisfy(k -> assertThat(simulator.delivered(k)).isZero());

        simulator.down(false);
        eventually(() -> keys.stream().allMatch(k -> "SENT".equals(status(k))));
        for (String key : keys) {
            assertThat(simulator.delivered(key)).as(key).isEqualTo(1);
            assertThat(simulator.calls(key)).as(key).isEqualTo(1);
            assertThat(simulator.received()).filteredOn(r -> r.idempotencyKey().equals(key)).hasSize(1);
        }
        // more rounds change nothing
        sender.sendDue();
        assertThat(keys).allSatisfy(k -> assertThat(simulator.calls(k)).isEqualTo(1));
    }

    @Test
    void a_lost_acknowledgement_makes_the_sender_retry_and_the_gateway_delivers_still_once() throws Exception {
        UUID id = applications.registered();
        String key = "received:" + id;
        eventually(() -> "SENT".equals(status(key)));
        // the gateway took it but the SENT mark never committed (a crash): the row is pending again
        jdbc.update("UPDATE notification_message SET status = 'PENDING', sent_at = NULL, next_attempt_at = ?"
                + " WHERE idempotency_key = ?", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), key);
        eventually(() -> "SENT".equals(status(key)));
        assertThat(simulator.calls(key)).isEqualTo(2);
        assertThat(simulator.delivered(key)).isEqualTo(1);
        assertThat(simulator.received()).filteredOn(r -> r.idempotencyKey().equals(key)).hasSize(1);
    }

    @Test
    void a_template_the_admin_edited_is_used_for_the_next_message() {
        TemplateRow before = officers.as("admin", () -> notifications.templates()).stream()
                .filter(t -> t.type() == MessageType.RECEIVED).findFirst().orElseThrow();
        try {
            officers.run("admin", () -> notifications.changeTemplate(MessageType.RECEIVED, before.version(),
                    "Yth. warga: berkas {nomor} kami terima di {cabang}.", "Dear citizen: file {nomor} received at {cabang}."));
            UUID id = applications.registered();
            assertThat((String) message("received:" + id).get("text")).isEqualTo("Yth. warga: berkas "
                    + applications.card(id).registrationNumber() + " kami terima di Dinas Kependudukan dan Pencatatan Sipil.");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'notification_template'"
                    + " AND entity_id = 'RECEIVED' AND action = 'changed'", Long.class)).isPositive();
        } finally {
            TemplateRow now = officers.as("admin", () -> notifications.templates()).stream()
                    .filter(t -> t.type() == MessageType.RECEIVED).findFirst().orElseThrow();
            officers.run("admin", () -> notifications.changeTemplate(MessageType.RECEIVED, now.version(),
                    before.textId(), before.textEn()));
        }
    }

    @Test
    void a_bad_template_is_refused_field_by_field_and_changes_nothing() {
        TemplateRow before = officers.as("admin", () -> notifications.templates()).stream()
                .filter(t -> t.type() == MessageType.KK_READY).findFirst().orElseThrow();
        assertThatThrownBy(() -> officers.run("admin", () -> notifications.changeTemplate(MessageType.KK_READY,
                before.version(), "KK {nomor} siap, {jawaban}", "")))
                .isInstanceOfSatisfying(TemplateInvalid.class, e -> {
                    assertThat(e.fields()).containsOnlyKeys(TemplateInvalid.TEXT_ID, TemplateInvalid.TEXT_EN);
                    assertThat(e.fields().get(TemplateInvalid.TEXT_ID).messageKey()).isEqualTo("notification.error.placeholder");
                    assertThat(e.fields().get(TemplateInvalid.TEXT_EN).messageKey()).isEqualTo("notification.error.template-length");
                });
        assertThatThrownBy(() -> officers.run("admin", () -> notifications.changeTemplate(MessageType.KK_READY,
                before.version(), "KK siap", "KK ready")))
                .isInstanceOf(TemplateInvalid.class);
        assertThatThrownBy(() -> officers.run("kadis", () -> notifications.changeTemplate(MessageType.KK_READY,
                before.version(), "KK {nomor} siap", "KK {nomor} ready")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(officers.as("admin", () -> notifications.templates())).filteredOn(t -> t.type() == MessageType.KK_READY)
                .singleElement().isEqualTo(before);
    }

    @Test
    void a_resolved_complaint_sends_its_answer_to_the_complainant() {
        ComplaintNumber number = officers.as("aduan", () -> complaints.file(new ComplaintService.Intake(
                ComplaintChannel.TELEPON, false, "Ahmad Fauzi", "0813-1111-4444", "3201012501900001", "DATA_KK",
                "KK belum jadi setelah 3 minggu.", null, null)));
        UUID id = UUID.fromString(jdbc.queryForObject("SELECT CAST(id AS CHAR) FROM complaint WHERE number = ?",
                String.class, number.value()));
        officers.run("aduan", () -> complaints.assign(id, complaints.detail(id).row().version(), Division.DAFDUK, "Data KK"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_message WHERE type = 'COMPLAINT_ANSWER'"
                + " AND idempotency_key LIKE ?", Long.class, "complaint-answer:" + id + ":%")).isZero();
        officers.run("kabid.dafduk", () -> complaints.resolve(id, complaints.detail(id).row().version(),
                "Data KK sudah diperbaiki, KK dapat diambil besok."));
        Map<String, Object> m = jdbc.queryForMap("SELECT phone, text FROM notification_message WHERE idempotency_key LIKE ?",
                "complaint-answer:" + id + ":%");
        assertThat(m.get("phone")).isEqualTo("6281311114444");
        assertThat((String) m.get("text")).contains(number.value()).contains("Data KK sudah diperbaiki");
    }

    @Autowired AccountService accounts;

    @Test
    void another_branchs_admin_sees_none_of_this_branchs_messages_and_cannot_show_their_phones() {
        UUID application = applications.registered();
        UUID messageId = UUID.fromString(jdbc.queryForObject("SELECT CAST(id AS CHAR) FROM notification_message"
                + " WHERE idempotency_key = ?", String.class, "received:" + application));
        String username = "admin.cbn." + UUID.randomUUID().toString().substring(0, 6);
        officers.run("admin", () -> accounts.createUser(new AccountService.UserForm(username,
                "Admin Cibinong", "CIBINONG", Set.of(Roles.ADMIN), true), "awal12345"));

        assertThat(officers.as(username, () -> notifications.messages())).noneMatch(m -> m.id().equals(messageId));
        assertThatThrownBy(() -> officers.as(username, () -> notifications.revealPhone(messageId)))
                .hasMessageStartingWith("notification.error.not-found");
        assertThat(officers.as("admin", () -> notifications.messages())).anyMatch(m -> m.id().equals(messageId)
                && m.maskedPhone().equals("***********90"));
        assertThat(officers.as("admin", () -> notifications.revealPhone(messageId))).isEqualTo("6281234567890");
        assertThatThrownBy(() -> officers.as("kadis", () -> notifications.revealPhone(messageId)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
