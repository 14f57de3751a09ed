package id.loket.skm;

import java.math.BigDecimal;

/**
 * Mutu pelayanan from the converted index (25-100), PermenPANRB 14/2017: A 88.31-100 (Sangat Baik), B 76.61-88.30
 * (Baik), C 65.00-76.60 (Kurang Baik), D 25.00-64.99 (Tidak Baik). Classified on the index already rounded to two
 * decimals (the figure that is published), with "at least" thresholds, so the tiny gaps of the regulation's own
 * table (88.30 / 88.31) cannot leave a value without a grade.
 */
public enum SkmGrade {
    A("88.31"), B("76.61"), C("65.00"), D("25.00");

    private final BigDecimal lowest;

    SkmGrade(String lowest) {
        this.lowest = new BigDecimal(lowest);
    }

    /** The lowest index (two decimals) that still has this grade. */
    public BigDecimal lowest() {
        return lowest;
    }

    /** The grade of an index rounded to two decimals (25-100). */
    public static SkmGrade of(BigDecimal index) {
        for (SkmGrade g : values()) {
            if (index.compareTo(g.lowest) >= 0) {
                return g;
            }
        }
        return D; // below 25 cannot come from ratings 1-4
    }
}
