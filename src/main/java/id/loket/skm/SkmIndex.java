package id.loket.skm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The survey index of a period and scope, as the regulation reports it.
 *
 * @param respondents answers in the period
 * @param elements    the nine elements in order, each with its sum, count, mean (NRR) and weighted mean
 * @param unitValue   the sum of the weighted means on the 1-4 scale (4 decimals), null without answers
 * @param index       IKM = unitValue x 25, computed from the exact means and rounded once to 2 decimals; null without
 *                    answers
 * @param grade       mutu pelayanan of {@code index}; null without answers
 */
public record SkmIndex(LocalDate from, LocalDate to, String branchCode, String typeCode, long respondents,
                       List<ElementMean> elements, BigDecimal unitValue, BigDecimal index, SkmGrade grade) {

    /**
     * @param nrr      mean rating (nilai rata-rata), 4 decimals; null when nobody rated it
     * @param weighted nrr x 1/9 (NRR tertimbang), 4 decimals; null when nobody rated it
     */
    public record ElementMean(SkmElement element, long sum, long count, BigDecimal nrr, BigDecimal weighted) {
    }

    public boolean empty() {
        return respondents == 0;
    }
}
