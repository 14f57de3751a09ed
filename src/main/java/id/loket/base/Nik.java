package id.loket.base;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Nomor Induk Kependudukan: 16 digits PPRRDD DDMMYY SSSS (see shared/domain/identity-numbers.md). This checks
 * the structure only; whether the district exists is the population feature's business. Spaces and dots typed
 * by the officer are removed first.
 */
public record Nik(String value) {

    public Nik {
        if (value == null || !value.matches("[1-9][0-9]{15}")) {
            throw new BusinessException("nik.error.format");
        }
        int province = Integer.parseInt(value.substring(0, 2));
        int day = Integer.parseInt(value.substring(6, 8));
        int month = Integer.parseInt(value.substring(8, 10));
        if (province < 11 || province > 96) {
            throw new BusinessException("nik.error.province");
        }
        int realDay = day > 40 ? day - 40 : day;
        try {
            // 2000 is a leap year: 29 February is accepted here, the full check knows the birth year
            LocalDate.of(2000, month, realDay);
        } catch (DateTimeException e) {
            throw new BusinessException("nik.error.date");
        }
        if (realDay < 1 || value.endsWith("0000")) {
            throw new BusinessException(realDay < 1 ? "nik.error.date" : "nik.error.serial");
        }
    }

    public static Nik parse(String typed) {
        return new Nik(typed == null ? null : typed.replaceAll("[\\s.\\-]", ""));
    }

    /** 3201********0001: enough to tell two people apart at the counter, not enough to misuse. */
    public String masked() {
        return mask(value);
    }

    /**
     * The same masking for any 16-digit identity number (a NIK or a KK number) held as text; anything else (null,
     * a half-typed number) is returned as it is.
     */
    public static String mask(String number) {
        return number == null || number.length() != 16 ? number : number.substring(0, 4) + "********" + number.substring(12);
    }

    @Override
    public String toString() {
        return masked();
    }
}
