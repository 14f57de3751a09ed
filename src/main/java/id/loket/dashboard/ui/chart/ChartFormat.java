package id.loket.dashboard.ui.chart;

import id.loket.dashboard.ui.chart.ChartData.Unit;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates as the user reads them: Indonesian (decimal comma, "2 Des 2026") unless the user chose English.
 * Shared by the chart tables, the dashboards' figures and reports, so a figure reads the same everywhere.
 */
public final class ChartFormat {

    public static final Locale INDONESIAN = Locale.of("id", "ID");
    private static final String NONE = "–";

    private ChartFormat() {
    }

    /** The formatting locale for a UI locale: English for "en", Indonesian for anything else. */
    public static Locale of(Locale uiLocale) {
        return uiLocale != null && "en".equals(uiLocale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    }

    /** A value in its unit, without the unit's word: minutes with one decimal, counts whole, percent with "%". */
    public static String value(Double value, Unit unit, Locale locale) {
        if (value == null || value.isNaN()) {
            return NONE;
        }
        return switch (unit) {
            case MINUTES -> decimal(value, locale);
            case COUNT -> count(Math.round(value), locale);
            case PERCENT -> decimal(value, locale) + "%";
        };
    }

    /** Up to one decimal: 12.5 -> "12,5" (id) / "12.5" (en); 4.0 -> "4". */
    public static String decimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(of(locale));
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        format.setRoundingMode(RoundingMode.HALF_UP); // as the chart values (toMinutes): 8.25 reads 8,3 in both
        return format.format(value);
    }

    /** 1234 -> "1.234" (id) / "1,234" (en). */
    public static String count(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(of(locale)).format(value);
    }

    /** Seconds as minutes with one decimal ("12,5"), or a dash when unknown. */
    public static String minutes(Integer seconds, Locale locale) {
        return seconds == null ? NONE : decimal(seconds / 60.0, locale);
    }

    /** A share 0..1 as percent with one decimal ("87,5%"), or a dash when unknown. */
    public static String share(Double share, Locale locale) {
        return share == null ? NONE : decimal(share * 100, locale) + "%";
    }

    /** "2 Des 2026" / "2 Dec 2026". */
    public static String date(LocalDate day, Locale locale) {
        return day == null ? NONE : DateTimeFormatter.ofPattern("d MMM yyyy", of(locale)).format(day);
    }

    /** "2 Des" / "2 Dec": a day on a chart axis. */
    public static String shortDate(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM", of(locale)).format(day);
    }

    /** "Des 2026": a month on a trend axis. */
    public static String month(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("MMM yyyy", of(locale)).format(day);
    }

    /** Seconds as minutes for a chart value, null stays null. */
    public static Double toMinutes(Integer seconds) {
        return seconds == null ? null : Math.round(seconds / 6.0) / 10.0;
    }

    /** A share 0..1 as a percent chart value (one decimal), null stays null. */
    public static Double toPercent(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }
}
