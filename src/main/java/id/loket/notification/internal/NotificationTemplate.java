package id.loket.notification.internal;

import id.loket.notification.MessageType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** The text of one message type in both languages; the admin edits it. Not branch-owned: one office, one wording. */
@Entity
@Table(name = "notification_template")
public class NotificationTemplate {

    @Id
    @Enumerated(EnumType.STRING)
    private MessageType type;
    @Column(name = "text_id")
    private String textId;
    @Column(name = "text_en")
    private String textEn;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;

    protected NotificationTemplate() {
    }

    public MessageType type() { return type; }
    public String textId() { return textId; }
    public String textEn() { return textEn; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
    public long version() { return version; }

    public String text(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? textEn : textId;
    }

    public void change(String textId, String textEn, String by, Instant now) {
        this.textId = textId;
        this.textEn = textEn;
        this.updatedBy = by;
        this.updatedAt = now;
    }
}
