package id.loket.workflow.ui;

import java.time.Duration;
import java.time.Instant;

/**
 * A card's age in its step against the step's standard: green under it, amber up to twice, red beyond.
 * Colour is never the only signal: each level has its own icon and word.
 */
enum CardAge {
    OK("vaadin:check-circle"), WARN("vaadin:clock"), LATE("vaadin:exclamation-circle");

    final String icon;

    CardAge(String icon) {
        this.icon = icon;
    }

    static CardAge of(long minutes, int standardMinutes) {
        if (minutes < standardMinutes) {
            return OK;
        }
        return minutes <= 2L * standardMinutes ? WARN : LATE;
    }

    static long minutes(Instant since, Instant now) {
        return since == null ? 0 : Math.max(0, Duration.between(since, now).toMinutes());
    }
}
