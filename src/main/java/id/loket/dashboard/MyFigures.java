package id.loket.dashboard;

import id.loket.base.Localized;
import java.time.Instant;
import java.util.List;

/** An officer's own figures on his home page, one row per step his roles work. */
public record MyFigures(List<MyStep> steps) {

    /**
     * @param waitingNow     cards in the step now (waiting or held)
     * @param finishedToday  visits of this step the officer finished today
     * @param myWorking      the officer's own working times in this step today (median against the standard)
     * @param overStandardNow cards in the step now for longer than the standard
     */
    public record MyStep(String stepCode, Localized name, int standardMinutes, long waitingNow, Instant oldestEnteredAt,
                         long finishedToday, Spread myWorking, long overStandardNow) {
    }
}
