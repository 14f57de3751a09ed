package id.loket.queue;

import id.loket.base.BusinessException;

/** A booking or check-in refused because of one field: {@code branch}, {@code day}, {@code slot}, {@code type}, {@code phone} or {@code code}. */
public class BookingInvalid extends BusinessException {

    private final String field;

    public BookingInvalid(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
