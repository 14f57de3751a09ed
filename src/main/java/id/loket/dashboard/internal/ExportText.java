package id.loket.dashboard.internal;

import com.vaadin.flow.i18n.I18NProvider;
import id.loket.dashboard.Spread;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Labels (from the UI's bundles) and number and date formats of one export in one language: Indonesian
 * ({@code 2 Des 2026}, {@code 4,25}, {@code 87,5%}) or English ({@code 2 Dec 2026}, {@code 4.25}, {@code 87.5%}).
 */
public final class ExportText {

    public static final Locale INDONESIAN = Locale.of("id", "ID");

    private final I18NProvider i18n;
    private final Locale locale;

    public ExportText(I18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = english(locale) ? Locale.ENGLISH : INDONESIAN;
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public String t(String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    /** Seconds as minutes with up to two decimals; a dash when there is no sample. */
    public String minutes(Integer seconds) {
        if (seconds == null) {
            return "\u2013";
        }
        if (seconds >= Spread.BEYOND_SECONDS) {
            return t("dashboard.export.beyond");
        }
        NumberFormat f = NumberFormat.getInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
    }

    public String percent(Double share) {
        if (share == null) {
            return "\u2013";
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    public String date(LocalDate day) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(day);
    }

    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month);
    }

    /** Branch-local date and time: {@code 2 Des 2026 09.05} (Indonesian writes the time with a dot). */
    public String dateTime(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern(english(locale) ? "d MMM yyyy HH:mm" : "d MMM yyyy HH.mm", locale)
                .format(at.atZone(zone));
    }

    public String weekday(int mondayZero) {
        return DayOfWeek.of(mondayZero + 1).getDisplayName(TextStyle.SHORT, locale);
    }
}
