package id.loket.dashboard;

import java.time.LocalDate;
import java.util.Map;

/** Cumulative flow: per step code (in step order), visits finished DONE from the period's start up to {@code day}. */
public record FlowPoint(LocalDate day, Map<String, Long> cumulativeDone) {
}
