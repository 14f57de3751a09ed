package id.loket.document;

import java.time.LocalDate;

/**
 * What the public verification page may say about a document: never the members' data, only the masked KK number,
 * the issue date and the office, and whether it is authentic and in force.
 *
 * @param verdict     AUTHENTIC (and status says whether still current), NOT_AUTHENTIC, NOT_FOUND, or NOT_CHECKED
 *                    (the file was not looked at, e.g. too many checks from one address)
 * @param reason      for NOT_AUTHENTIC and NOT_CHECKED: a translation key saying why
 * @param replacedOn  for a superseded KK: the issue date of the newer one
 */
public record PublicCheck(Verdict verdict, DocumentStatus status, String maskedKkNumber, LocalDate issueDate,
                          String officeName, LocalDate replacedOn, boolean developmentCertificate, String reason) {

    public enum Verdict { AUTHENTIC, NOT_AUTHENTIC, NOT_FOUND, NOT_CHECKED }

    static PublicCheck notFound() {
        return new PublicCheck(Verdict.NOT_FOUND, null, null, null, null, null, false, null);
    }

    static PublicCheck notChecked(String reason) {
        return new PublicCheck(Verdict.NOT_CHECKED, null, null, null, null, null, false, reason);
    }

    static PublicCheck notAuthentic(String reason) {
        return new PublicCheck(Verdict.NOT_AUTHENTIC, null, null, null, null, null, false, reason);
    }
}
