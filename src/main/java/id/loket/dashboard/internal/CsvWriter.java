package id.loket.dashboard.internal;

import id.loket.dashboard.Spread;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file a spreadsheet opens as the user expects: UTF-8 with a byte order mark (so Excel reads it as UTF-8),
 * RFC 4180 quoting and CRLF line ends. For Indonesian the separator is {@code ;} and the decimal mark a comma, as
 * Excel with Indonesian regional settings reads (its list separator is {@code ;}); for English {@code ,} and a dot.
 * No {@code sep=} line: Excel then ignores the byte order mark and garbles non-ASCII text. Dates are ISO
 * ({@code 2026-12-01}), which every spreadsheet reads as a date; numbers carry no thousands separator.
 *
 * <p>Formula injection: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or LF is
 * written with a leading {@code '} (OWASP), so a return reason like {@code =HYPERLINK(...)} shows as text and never
 * runs. Numbers are a separate kind of cell, formatted here from Java numbers (never from user text), so they are
 * not prefixed and stay numbers, a negative one included.
 */
public final class CsvWriter {

    private final char separator;
    private final char decimal;
    private final String beyond;
    private final StringBuilder out = new StringBuilder("\uFEFF");
    private final List<String> row = new ArrayList<>();

    public CsvWriter(Locale locale) {
        this(locale, "> 1440");
    }

    /** @param beyond what a percentile in the last bucket (beyond a day, {@link Spread#BEYOND_SECONDS}) shows */
    public CsvWriter(Locale locale, String beyond) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        this.separator = english ? ',' : ';';
        this.decimal = english ? '.' : ',';
        this.beyond = beyond;
    }

    /** A text cell (null: empty), escaped against formula injection and quoted where RFC 4180 needs it. */
    public CsvWriter text(String value) {
        row.add(value == null ? "" : quote(defuse(value)));
        return this;
    }

    /** Text cells, one each. */
    public CsvWriter texts(String... values) {
        for (String v : values) {
            text(v);
        }
        return this;
    }

    /** A whole number (null: empty cell). */
    public CsvWriter number(Long value) {
        row.add(value == null ? "" : Long.toString(value));
        return this;
    }

    public CsvWriter number(long value) {
        return number(Long.valueOf(value));
    }

    /** A decimal number with at most {@code scale} decimals, trailing zeros dropped (null: empty cell). */
    public CsvWriter decimal(BigDecimal value, int scale) {
        if (value == null) {
            row.add("");
            return this;
        }
        String plain = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        row.add(plain.replace('.', decimal));
        return this;
    }

    /** A duration in seconds as minutes with up to two decimals (the 15 s buckets make quarter minutes). */
    public CsvWriter minutes(Integer seconds) {
        if (seconds != null && seconds >= Spread.BEYOND_SECONDS) {
            return text(beyond); // no number of minutes: the sample lies somewhere beyond a day
        }
        return decimal(seconds == null ? null : BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_UP), 2);
    }

    /** A share (0..1) as a percentage with one decimal (null: no sample, empty cell). */
    public CsvWriter percent(Double share) {
        return decimal(share == null ? null : BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(100)), 1);
    }

    public CsvWriter date(LocalDate day) {
        row.add(day == null ? "" : day.toString());
        return this;
    }

    /** An empty cell. */
    public CsvWriter empty() {
        row.add("");
        return this;
    }

    /** Ends the row (an empty row when no cell was added). */
    public CsvWriter end() {
        out.append(String.join(String.valueOf(separator), row)).append("\r\n");
        row.clear();
        return this;
    }

    public byte[] bytes() {
        if (!row.isEmpty()) {
            end();
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String defuse(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n' ? "'" + value : value;
    }

    private String quote(String value) {
        boolean needs = value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf(',') >= 0 || value.indexOf(';') >= 0;
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
