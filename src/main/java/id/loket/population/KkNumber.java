package id.loket.population;

import id.loket.base.BusinessException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Nomor KK: 16 digits PPRRDD DDMMYY SSSS: the issuing district, the date the number was first registered (no +40)
 * and a serial (shared/domain/identity-numbers.md). Whether the district exists is checked against the regions.
 */
public record KkNumber(String value) {

    public KkNumber {
        if (value == null || !value.matches("[1-9][0-9]{15}")) {
            throw new BusinessException("population.error.kk-format");
        }
        try {
            LocalDate.of(2000, Integer.parseInt(value.substring(8, 10)), Integer.parseInt(value.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new BusinessException("population.error.kk-date");
        }
        if (value.endsWith("0000")) {
            throw new BusinessException("population.error.kk-serial");
        }
    }

    public static KkNumber parse(String typed) {
        return new KkNumber(typed == null ? null : typed.replaceAll("[\\s.\\-]", ""));
    }

    /** The 6-digit district part as a dotted level-3 region code (320101 -> 32.01.01). */
    public String districtCode() {
        return value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6);
    }
}
