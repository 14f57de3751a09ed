package id.loket.population;

import java.time.LocalDate;

/** One member row of a KK as entered (every column of member tables I and II). Codes are code-list codes. */
public record MemberForm(String fullName, String nik, String sexCode, String birthPlace, LocalDate birthDate,
                         String religionCode, String educationCode, String occupationCode, String bloodTypeCode,
                         String maritalStatusCode, LocalDate marriageDate, boolean marriageDateUnknown,
                         String relationshipCode, String citizenshipCode, String passportNumber, String kitapNumber,
                         String fatherName, String motherName, boolean movedOut) {

    public static final String HEAD = "1";
    public static final String FEMALE = "2";
    public static final String FOREIGNER = "WNA";

    public static MemberForm empty() {
        return new MemberForm("", "", null, "", null, null, null, null, null, null, null, false, null, "WNI",
                null, null, null, null, false);
    }
}
