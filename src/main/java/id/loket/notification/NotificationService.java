package id.loket.notification;

import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.base.CurrentUser;
import id.loket.base.LoketUser;
import id.loket.base.PersonalData;
import id.loket.base.Roles;
import id.loket.notification.internal.NotificationMessage;
import id.loket.notification.internal.NotificationMessageRepository;
import id.loket.notification.internal.NotificationSimulator;
import id.loket.notification.internal.NotificationTemplate;
import id.loket.notification.internal.NotificationTemplateRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's side of citizen notifications: the outbox of his branch (phones masked; the admin may show one in
 * clear, audited), the templates in both languages (edits audited), and the simulator's received messages and
 * outage switch when Loket runs with the simulator.
 */
@Service
public class NotificationService {

    /** The admin only: the Kepala Dinas follows the service on his dashboards, not in the message log. */
    public static final String VIEW_ROLES = "hasRole('ADMIN')";
    public static final int MAX_TEMPLATE = 1000;
    private static final int PAGE = 200;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    public record MessageRow(UUID id, Instant createdAt, MessageType type, String maskedPhone, String text,
                             boolean sent, int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {
    }

    public record Summary(long pending, long sent) {
    }

    public record TemplateRow(MessageType type, String textId, String textEn, long version, Instant updatedAt,
                              String updatedBy) {
    }

    /** One message as the simulated phone got it; {@code calls} > 1 means the gateway absorbed a repeat. */
    public record SimulatedMessage(Instant receivedAt, String maskedPhone, String text, String idempotencyKey,
                                   int calls) {
    }

    public record SimulatorState(boolean down, List<SimulatedMessage> received) {
    }

    private final NotificationMessageRepository messages;
    private final NotificationTemplateRepository templates;
    private final ObjectProvider<NotificationSimulator> simulator;
    private final AuditService audit;
    private final Clock clock;

    NotificationService(NotificationMessageRepository messages, NotificationTemplateRepository templates,
                        ObjectProvider<NotificationSimulator> simulator, AuditService audit, Clock clock) {
        this.messages = messages;
        this.templates = templates;
        this.simulator = simulator;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the outbox

    /** The newest messages of the user's branch (branch isolation, ADR 007), phones masked. */
    @PreAuthorize(VIEW_ROLES)
    @Transactional(readOnly = true)
    public List<MessageRow> messages() {
        return messages.findByOrderByCreatedAtDesc(PageRequest.of(0, PAGE)).stream()
                .map(m -> new MessageRow(m.id(), m.createdAt(), m.type(), mask(m.phone()), m.text(),
                        m.status() == NotificationMessage.Status.SENT, m.attempts(), m.nextAttemptAt(), m.sentAt(),
                        m.lastError()))
                .toList();
    }

    @PreAuthorize(VIEW_ROLES)
    @Transactional(readOnly = true)
    public Summary summary() {
        return new Summary(messages.countByStatus(NotificationMessage.Status.PENDING),
                messages.countByStatus(NotificationMessage.Status.SENT));
    }

    /** Whether the signed-in user may show a phone in clear (the admin, who answers "my SMS never came"). */
    @PreAuthorize("isAuthenticated()")
    public boolean mayRevealPhones() {
        return CurrentUser.require().hasRole(Roles.ADMIN);
    }

    /** One message's phone in clear, for the admin; every such view is audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String revealPhone(UUID messageId) {
        NotificationMessage m = messages.findById(messageId)
                .orElseThrow(() -> new BusinessException("notification.error.not-found"));
        audit.record(m.branchCode(), "notification_message", m.id().toString(), "viewed-phone",
                "type=" + m.type() + ", phone=" + PersonalData.forAudit(PersonalData.Kind.PHONE, m.phone()));
        return m.phone();
    }

    // ---------------------------------------------------------------- templates

    @PreAuthorize(VIEW_ROLES)
    @Transactional(readOnly = true)
    public List<TemplateRow> templates() {
        return Arrays.stream(MessageType.values()).map(t -> templates.findById(t).map(NotificationService::row))
                .flatMap(Optional::stream).toList();
    }

    /**
     * Changes a template in both languages. Each text: 1-1000 characters, only the placeholders its type knows, and
     * {nomor} present (a message without its number tells the citizen nothing). A stale editor is refused.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeTemplate(MessageType type, long version, String textId, String textEn) {
        NotificationTemplate template = templates.findById(type)
                .orElseThrow(() -> new BusinessException("notification.error.not-found"));
        Map<String, BusinessException> invalid = new LinkedHashMap<>();
        String id = clean(textId);
        String en = clean(textEn);
        check(type, id).ifPresent(e -> invalid.put(TemplateInvalid.TEXT_ID, e));
        check(type, en).ifPresent(e -> invalid.put(TemplateInvalid.TEXT_EN, e));
        if (!invalid.isEmpty()) {
            throw new TemplateInvalid(invalid);
        }
        if (template.version() != version) {
            throw new BusinessException("notification.error.stale");
        }
        LoketUser admin = CurrentUser.require();
        String before = template.textId();
        template.change(id, en, admin.getUsername(), Instant.now(clock));
        audit.record(admin.branchCode(), "notification_template", type.name(), "changed",
                "id: \"" + before + "\" -> \"" + id + "\"");
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static Optional<BusinessException> check(MessageType type, String text) {
        if (text.isEmpty() || text.length() > MAX_TEMPLATE) {
            return Optional.of(new BusinessException("notification.error.template-length", MAX_TEMPLATE));
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!type.placeholders().contains(m.group(1))) {
                return Optional.of(new BusinessException("notification.error.placeholder", m.group(),
                        String.join(", ", type.placeholders().stream().map(p -> "{" + p + "}").toList())));
            }
        }
        if (!text.contains("{nomor}")) {
            return Optional.of(new BusinessException("notification.error.number-missing"));
        }
        return Optional.empty();
    }

    private static TemplateRow row(NotificationTemplate t) {
        return new TemplateRow(t.type(), t.textId(), t.textEn(), t.version(), t.updatedAt(), t.updatedBy());
    }

    // ---------------------------------------------------------------- the simulator

    /** The simulator's state; empty when Loket talks to a real gateway. */
    @PreAuthorize(VIEW_ROLES)
    public Optional<SimulatorState> simulator() {
        return Optional.ofNullable(simulator.getIfAvailable()).map(s -> new SimulatorState(s.down(),
                s.received().stream().limit(PAGE).map(r -> new SimulatedMessage(r.receivedAt(), mask(r.phone()),
                        r.text(), r.idempotencyKey(), r.calls())).toList()));
    }

    /** Switches the simulated outage (audited: a demo or a test of the office's fallback, not a real fault). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void simulateOutage(boolean down) {
        NotificationSimulator s = simulator.getIfAvailable();
        if (s == null) {
            throw new BusinessException("notification.error.no-simulator");
        }
        s.down(down);
        audit.record(CurrentUser.require().branchCode(), "notification_simulator", "simulator",
                down ? "outage-started" : "outage-ended", "");
    }

    private static String mask(String phone) {
        return PersonalData.mask(PersonalData.Kind.PHONE, phone);
    }
}
