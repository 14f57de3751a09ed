package id.loket.siak;

import java.time.LocalDate;

/**
 * One person as SIAK knows them. Codes are the {@code code} values of shared/domain/codes/*.csv; null when SIAK
 * did not send the field or sent a value we cannot map.
 */
public record SiakMember(String nik, String fullName, String sexCode, String birthPlace, LocalDate birthDate,
                         String religionCode, String educationCode, String occupationCode, String bloodTypeCode,
                         String maritalStatusCode, LocalDate marriageDate, String relationshipCode,
                         String citizenshipCode, String passportNumber, String kitapNumber, String fatherName,
                         String motherName) {
}
