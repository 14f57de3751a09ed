package id.loket.base;

import java.util.Arrays;

/**
 * A rule the user broke. Carries a translation key (and arguments) instead of text, so the view shows it in
 * the user's language; nothing was changed when it is thrown.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public BusinessException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args;
    }

    /** An argument that is itself a translation key (e.g. a role name), translated when shown. */
    public record Key(String key) {
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
