package id.loket.notification.internal;

import id.loket.notification.MessageType;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a message into the outbox inside the caller's transaction (never a network call here): the message exists
 * exactly when the change it announces does. A second message with the same idempotency key is ignored.
 */
@Component
public class MessageOutbox {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");

    private final NotificationMessageRepository messages;
    private final NotificationTemplateRepository templates;
    private final Clock clock;
    private final Locale locale;

    MessageOutbox(NotificationMessageRepository messages, NotificationTemplateRepository templates, Clock clock,
           @Value("${loket.default-locale:id}") String defaultLocale) {
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
        // citizens get the office's language (Bahasa Indonesia unless configured): intake records no language choice
        this.locale = Locale.forLanguageTag(defaultLocale);
    }

    /** @return the queued message, empty when the phone is unusable or the key was queued before */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<NotificationMessage> enqueue(String branchCode, MessageType type, String idempotencyKey,
                                                 String phone, Map<String, String> values) {
        Optional<String> to = international(phone);
        if (to.isEmpty() || messages.existsByIdempotencyKey(idempotencyKey)) {
            return Optional.empty();
        }
        NotificationTemplate template = templates.findById(type).orElseThrow();
        String text = render(template.text(locale), values);
        Instant now = Instant.now(clock);
        return Optional.of(messages.save(new NotificationMessage(branchCode, type, idempotencyKey, to.get(), text, now)));
    }

    /** Fills {name} placeholders; an unknown one stays as written (the admin's edit check refuses those anyway). */
    static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** 0812..., 62812..., +62812... -> 62812... (what SMS gateways take); empty when it is no phone number. */
    static Optional<String> international(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String p = phone.replaceAll("[\\s\\-.()]", "");
        if (!PHONE.matcher(p).matches()) {
            return Optional.empty();
        }
        if (p.startsWith("+")) {
            p = p.substring(1);
        }
        if (p.startsWith("0")) {
            p = "62" + p.substring(1);
        }
        return Optional.of(p);
    }
}
