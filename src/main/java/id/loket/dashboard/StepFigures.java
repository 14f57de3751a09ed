package id.loket.dashboard;

import id.loket.base.Localized;
import java.time.Instant;

/**
 * One step over the filter's period (working and waiting time, visits finished and returned) and now (cards in the
 * step, the oldest one's entry, cards over the standard).
 */
public record StepFigures(String stepCode, int seq, Localized name, int standardMinutes, Spread working,
                          Spread waiting, long finished, long returned, long inStepNow, Instant oldestEnteredAt,
                          long overStandardNow) {
}
