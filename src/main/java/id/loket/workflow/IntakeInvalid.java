package id.loket.workflow;

import id.loket.base.BusinessException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The intake form breaks one or more rules; nothing was saved. Carries every broken rule by field ({@code name},
 * {@code nik}, {@code phone}, {@code type}) so the screen marks each field at once instead of one pop-up at a time.
 */
public class IntakeInvalid extends BusinessException {

    public static final String NAME = "name";
    public static final String NIK = "nik";
    public static final String PHONE = "phone";
    public static final String TYPE = "type";

    private final transient Map<String, BusinessException> fields;

    public IntakeInvalid(Map<String, BusinessException> fields) {
        super("workflow.error.intake-invalid", fields.size());
        this.fields = new LinkedHashMap<>(fields);
    }

    /** Field name -> the rule it breaks (translation key and arguments), in form order. */
    public Map<String, BusinessException> fields() {
        return Map.copyOf(fields);
    }
}
