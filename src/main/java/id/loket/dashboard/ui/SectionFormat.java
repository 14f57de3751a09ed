package id.loket.dashboard.ui;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates as the user reads them: Indonesian (decimal comma, {@code 2 Des 2026}, {@code 09.15}) or
 * English. Durations are shown in minutes with one decimal.
 */
final class SectionFormat {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final Locale locale;
    private final ZoneId zone;

    SectionFormat(Locale locale, ZoneId zone) {
        this.locale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
        this.zone = zone;
    }

    boolean english() {
        return locale == Locale.ENGLISH;
    }

    /** Seconds as minutes, one decimal: 270 -> "4,5"; null -> "–". */
    String minutes(Integer seconds) {
        return seconds == null ? "–" : minutes(seconds.longValue());
    }

    String minutes(long seconds) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(seconds / 60.0);
    }

    String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** 0.857 -> "85,7%"; null -> "–". */
    String percent(Double share) {
        if (share == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(share).replace('\u00a0', ' ');
    }

    String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("d MMM yyyy", locale));
    }

    /** "1–2 Des 2026", "30 Nov – 2 Des 2026", "2 Des 2026". */
    String period(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return date(from);
        }
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "–" + date(to);
        }
        if (from.getYear() == to.getYear()) {
            return from.format(DateTimeFormatter.ofPattern("d MMM", locale)) + " – " + date(to);
        }
        return date(from) + " – " + date(to);
    }

    /** "2 Des 2026 09.15" (Indonesian) or "2 Dec 2026 09:15" in the branch's zone. */
    String dateTime(Instant at) {
        if (at == null) {
            return "–";
        }
        return at.atZone(zone).format(DateTimeFormatter.ofPattern(english() ? "d MMM yyyy HH:mm" : "d MMM yyyy HH.mm",
                locale));
    }

    String time(Instant at) {
        return at == null ? "–" : at.atZone(zone).format(DateTimeFormatter.ofPattern(english() ? "HH:mm" : "HH.mm"));
    }

    /** Minutes from {@code since} to {@code now}, one decimal. */
    String age(Instant since, Instant now) {
        return since == null ? "–" : minutes(Math.max(0, Duration.between(since, now).toSeconds()));
    }

    ZoneId zone() {
        return zone;
    }
}
