package id.loket.skm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The regulation's arithmetic against examples computed by hand (PermenPANRB 14/2017, shared/domain/skm.md). */
class SkmCalculatorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private static SkmIndex of(long respondents, long[] sums, long[] counts) {
        return SkmCalculator.index(DAY, DAY, "PUSAT", null, respondents, sums, counts);
    }

    /** n respondents who rated every element, whose ratings add up to {@code total} over all nine elements. */
    private static SkmIndex total(int n, long total) {
        long[] sums = new long[9];
        long[] counts = new long[9];
        Arrays.fill(counts, n);
        for (int i = 0; i < 9; i++) {
            sums[i] = total / 9 + (i < total % 9 ? 1 : 0); // spread evenly: each element between n and 4n
        }
        assertThat(Arrays.stream(sums).allMatch(s -> s >= n && s <= 4L * n)).isTrue();
        return of(n, sums, counts);
    }

    @Test
    void two_respondents_element_means_and_the_index_with_the_exact_weight() {
        // R1: 4 3 3 4 3 3 4 2 3, R2: 3 3 2 4 4 3 4 3 3
        long[] sums = {7, 6, 5, 8, 7, 6, 8, 5, 6};
        long[] counts = {2, 2, 2, 2, 2, 2, 2, 2, 2};
        SkmIndex index = of(2, sums, counts);

        assertThat(index.elements()).extracting(e -> e.nrr().toPlainString())
                .containsExactly("3.5000", "3.0000", "2.5000", "4.0000", "3.5000", "3.0000", "4.0000", "2.5000", "3.0000");
        // NRR tertimbang = NRR / 9: 3.5 / 9 = 0.38888.. -> 0.3889; 2.5 / 9 = 0.27777.. -> 0.2778
        assertThat(index.elements().get(0).weighted()).isEqualByComparingTo("0.3889");
        assertThat(index.elements().get(2).weighted()).isEqualByComparingTo("0.2778");
        assertThat(index.elements().get(3).weighted()).isEqualByComparingTo("0.4444");
        // sum of NRR = 29; 29 / 9 = 3.2222..; x 25 = 80.5555.. -> 80.56 (with the rounded weight 0.111: 80.48)
        assertThat(index.unitValue()).isEqualByComparingTo("3.2222");
        assertThat(index.index()).isEqualByComparingTo("80.56");
        assertThat(index.grade()).isEqualTo(SkmGrade.B);
        assertThat(index.respondents()).isEqualTo(2);
    }

    @Test
    void the_scale_ends_are_25_and_100() {
        assertThat(total(3, 27).index()).isEqualByComparingTo("25.00");
        assertThat(total(3, 27).grade()).isEqualTo(SkmGrade.D);
        assertThat(total(3, 108).index()).isEqualByComparingTo("100.00");
        assertThat(total(3, 108).grade()).isEqualTo(SkmGrade.A);
    }

    /**
     * Index = 25 x total / (9 x n). Each row: respondents, total of all ratings, the exact value, the published
     * (rounded) index and its grade. The pairs straddle the regulation's band edges 88.31, 76.61 and 65.00.
     */
    @ParameterizedTest(name = "n={0}, total={1}: {2} -> {3} {4}")
    @CsvSource({
            "24, 763, 88.310185.., 88.31, A",
            "19, 604, 88.304093.., 88.30, B",
            "19, 524, 76.608187.., 76.61, B",
            "26, 717, 76.602564.., 76.60, C",
            "5,  117, 65.000000.., 65.00, C",
            "38, 889, 64.985380.., 64.99, D",
            // exactly 88.305: rounded half up to 88.31 before it is graded, so the published figure and its grade agree
            "5000, 158949, 88.305000.., 88.31, A"})
    void band_edges(int n, long total, String exact, String published, SkmGrade grade) {
        SkmIndex index = total(n, total);
        assertThat(index.index()).isEqualByComparingTo(published);
        assertThat(index.grade()).isEqualTo(grade);
    }

    @Test
    void grades_are_read_on_the_two_decimal_index_with_at_least_thresholds() {
        assertThat(SkmGrade.of(new BigDecimal("100.00"))).isEqualTo(SkmGrade.A);
        assertThat(SkmGrade.of(new BigDecimal("88.31"))).isEqualTo(SkmGrade.A);
        assertThat(SkmGrade.of(new BigDecimal("88.30"))).isEqualTo(SkmGrade.B);
        assertThat(SkmGrade.of(new BigDecimal("76.61"))).isEqualTo(SkmGrade.B);
        assertThat(SkmGrade.of(new BigDecimal("76.60"))).isEqualTo(SkmGrade.C);
        assertThat(SkmGrade.of(new BigDecimal("65.00"))).isEqualTo(SkmGrade.C);
        assertThat(SkmGrade.of(new BigDecimal("64.99"))).isEqualTo(SkmGrade.D);
        assertThat(SkmGrade.of(new BigDecimal("25.00"))).isEqualTo(SkmGrade.D);
    }

    @Test
    void no_answers_or_an_element_nobody_rated_gives_no_index() {
        SkmIndex none = of(0, new long[9], new long[9]);
        assertThat(none.empty()).isTrue();
        assertThat(none.index()).isNull();
        assertThat(none.grade()).isNull();
        assertThat(none.elements()).hasSize(9).allMatch(e -> e.nrr() == null);

        long[] sums = {4, 4, 4, 4, 4, 4, 4, 4, 0};
        long[] counts = {1, 1, 1, 1, 1, 1, 1, 1, 0};
        SkmIndex partial = of(1, sums, counts);
        assertThat(partial.index()).isNull();
        assertThat(partial.elements().get(0).nrr()).isEqualByComparingTo("4");
    }

    @Test
    void each_element_is_divided_by_those_who_rated_it() {
        // U1 rated by 4 people (sum 13: 3.25), the rest by 3 (sum 9: 3.0): (3.25 + 8 x 3) / 9 x 25 = 75.694.. -> 75.69 C
        long[] sums = {13, 9, 9, 9, 9, 9, 9, 9, 9};
        long[] counts = {4, 3, 3, 3, 3, 3, 3, 3, 3};
        SkmIndex index = of(4, sums, counts);
        assertThat(index.elements().get(0).nrr()).isEqualByComparingTo("3.25");
        assertThat(index.index()).isEqualByComparingTo("75.69");
        assertThat(index.grade()).isEqualTo(SkmGrade.C);
    }
}
