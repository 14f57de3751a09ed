package id.loket.complaint;

import id.loket.base.BusinessException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The number a citizen quotes: {@code ADU-<branch>-<yyyyMMdd>-<nnnn>}, running per branch per day. The branch is
 * part of it because every office numbers on its own server and the centre later collects them all.
 */
public record ComplaintNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("ADU-[A-Z0-9]{2,16}-\\d{8}-\\d{4}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public ComplaintNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new BusinessException("complaint.error.number");
        }
    }

    public static ComplaintNumber of(String branchCode, LocalDate day, int sequence) {
        if (sequence < 1 || sequence > 9999) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return new ComplaintNumber("ADU-" + branchCode + "-" + DAY.format(day) + "-" + "%04d".formatted(sequence));
    }

    /** What a citizen typed: spaces ignored, any case. */
    public static ComplaintNumber parse(String typed) {
        return new ComplaintNumber(typed == null ? "" : typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
