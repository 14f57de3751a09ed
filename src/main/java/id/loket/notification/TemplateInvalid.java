package id.loket.notification;

import id.loket.base.BusinessException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A template edit breaks a rule; nothing was saved. Every broken field at once ({@link #TEXT_ID}, {@link #TEXT_EN}). */
public class TemplateInvalid extends BusinessException {

    public static final String TEXT_ID = "text-id";
    public static final String TEXT_EN = "text-en";

    private final transient Map<String, BusinessException> fields;

    public TemplateInvalid(Map<String, BusinessException> fields) {
        super("notification.error.template-invalid", fields.size());
        this.fields = new LinkedHashMap<>(fields);
    }

    public Map<String, BusinessException> fields() {
        return Map.copyOf(fields);
    }
}
