package id.loket.dashboard;

import java.time.LocalDate;

/** Applications completed (KK handed over) in the period starting {@code start}, and their lead time. */
public record TrendPoint(LocalDate start, long completed, Spread leadTime) {
}
