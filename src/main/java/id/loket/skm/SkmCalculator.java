package id.loket.skm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of PermenPANRB 14/2017, and nothing else: NRR per element = sum of its ratings / number who rated
 * it; weight 1/9 each (exact, not 0.111: the rounded weight moves the index by up to a point); IKM = sum of weighted
 * NRR x 25, rounded once, at the end, to two decimals (half up); the grade from that rounded figure. Displayed
 * means are rounded to four decimals but never fed back into the index.
 */
public final class SkmCalculator {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal NINE = BigDecimal.valueOf(SkmElement.COUNT);
    private static final BigDecimal BASE = BigDecimal.valueOf(25);

    private SkmCalculator() {
    }

    /**
     * @param sums   per element (in {@link SkmElement} order) the sum of its ratings
     * @param counts per element how many rated it
     */
    public static SkmIndex index(LocalDate from, LocalDate to, String branchCode, String typeCode, long respondents,
                                 long[] sums, long[] counts) {
        if (sums.length != SkmElement.COUNT || counts.length != SkmElement.COUNT) {
            throw new IllegalArgumentException("nine elements expected");
        }
        List<SkmIndex.ElementMean> elements = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = respondents > 0;
        for (SkmElement e : SkmElement.values()) {
            int i = e.ordinal();
            if (counts[i] == 0) {
                complete = false;
                elements.add(new SkmIndex.ElementMean(e, sums[i], 0, null, null));
                continue;
            }
            BigDecimal nrr = BigDecimal.valueOf(sums[i]).divide(BigDecimal.valueOf(counts[i]), EXACT);
            BigDecimal weighted = nrr.divide(NINE, EXACT);
            total = total.add(weighted, EXACT);
            elements.add(new SkmIndex.ElementMean(e, sums[i], counts[i], nrr.setScale(4, RoundingMode.HALF_UP),
                    weighted.setScale(4, RoundingMode.HALF_UP)));
        }
        if (!complete) {
            // an index of fewer than nine elements is not the regulation's index
            return new SkmIndex(from, to, branchCode, typeCode, respondents, List.copyOf(elements), null, null, null);
        }
        BigDecimal index = convert(total);
        return new SkmIndex(from, to, branchCode, typeCode, respondents, List.copyOf(elements),
                total.setScale(4, RoundingMode.HALF_UP), index, SkmGrade.of(index));
    }

    /** The 1-4 unit value converted to 25-100 and rounded to two decimals. */
    public static BigDecimal convert(BigDecimal unitValue) {
        return unitValue.multiply(BASE, EXACT).setScale(2, RoundingMode.HALF_UP);
    }
}
