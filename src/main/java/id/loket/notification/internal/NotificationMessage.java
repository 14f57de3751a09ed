package id.loket.notification.internal;

import id.loket.notification.MessageType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message to a citizen in the outbox: written with the change it announces, delivered later by the sender. */
@Entity
@Table(name = "notification_message")
public class NotificationMessage {

    public enum Status { PENDING, SENT }

    @Id
    private UUID id;
    @org.hibernate.annotations.TenantId // branch isolation, ADR 007
    @Column(name = "branch_code")
    private String branchCode;
    @Enumerated(EnumType.STRING)
    private MessageType type;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    private String phone;
    @Column(columnDefinition = "TEXT")
    private String text;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "last_error")
    private String lastError;

    protected NotificationMessage() {
    }

    public NotificationMessage(String branchCode, MessageType type, String idempotencyKey, String phone, String text,
                               Instant now) {
        this.id = UUID.randomUUID();
        this.branchCode = branchCode;
        this.type = type;
        this.idempotencyKey = idempotencyKey;
        this.phone = phone;
        this.text = text;
        this.status = Status.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public UUID id() { return id; }
    public String branchCode() { return branchCode; }
    public MessageType type() { return type; }
    public String idempotencyKey() { return idempotencyKey; }
    public String phone() { return phone; }
    public String text() { return text; }
    public Status status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant createdAt() { return createdAt; }
    public Instant sentAt() { return sentAt; }
    public String lastError() { return lastError; }
}
