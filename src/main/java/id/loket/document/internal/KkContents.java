package id.loket.document.internal;

import id.loket.population.FamilyForm;
import id.loket.population.MemberForm;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Turns an approved family into what the KK prints: Indonesian labels in upper case (the KK is an Indonesian
 * document whatever the screen language), dd-mm-yyyy dates, members in KK order. Members who moved out are left off.
 */
public final class KkContents {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** KK order (kk-document.md): head, then spouses, then children by date of birth, then everyone else. */
    private static final Map<String, Integer> ORDER = Map.of("1", 0, "2", 1, "3", 1, "4", 2);

    /** The region names of the family's village, already resolved. */
    public record Place(String village, String district, String regency, String province) {
    }

    private KkContents() {
    }

    /**
     * @param label code list + code -> the Indonesian label (e.g. "RELIGION", "1" -> "Islam")
     */
    public static KkContent of(FamilyForm family, String kkNumber, Place place, BiFunction<String, String, String> label,
                               LocalDate issueDate, DocumentProperties office, String verificationUrl,
                               boolean developmentCertificate) {
        List<MemberForm> members = ordered(family.members());
        String head = members.stream().filter(m -> MemberForm.HEAD.equals(m.relationshipCode())).findFirst()
                .map(MemberForm::fullName).orElse("");
        List<KkContent.Member> lines = members.stream().map(m -> new KkContent.Member(upper(m.fullName()), m.nik(),
                upper(label.apply("SEX", m.sexCode())), upper(m.birthPlace()), date(m.birthDate()),
                upper(label.apply("RELIGION", m.religionCode())), upper(label.apply("EDUCATION", m.educationCode())),
                upper(label.apply("OCCUPATION", m.occupationCode())), label.apply("BLOOD_TYPE", m.bloodTypeCode()),
                upper(label.apply("MARITAL_STATUS", m.maritalStatusCode())), date(m.marriageDate()),
                upper(label.apply("RELATIONSHIP", m.relationshipCode())), m.citizenshipCode(), m.passportNumber(),
                m.kitapNumber(), upper(m.fatherName()), upper(m.motherName()))).toList();
        return new KkContent(kkNumber, upper(head), upper(family.address()), family.rt() + "/" + family.rw(),
                upper(place.village()), upper(place.district()), upper(place.regency()), family.postalCode(),
                upper(place.province()), lines, date(issueDate), office.regencyTitle(), office.officialName(),
                office.officialNip(), developmentCertificate ? office.developmentStatement() : office.signatureStatement(),
                verificationUrl, developmentCertificate);
    }

    static List<MemberForm> ordered(List<MemberForm> members) {
        return members.stream().filter(m -> !m.movedOut())
                .sorted(Comparator.<MemberForm>comparingInt(m -> ORDER.getOrDefault(m.relationshipCode(), 3))
                        .thenComparing(m -> ORDER.getOrDefault(m.relationshipCode(), 3) == 2 ? m.birthDate() : null,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static String date(LocalDate d) {
        return d == null ? null : DATE.format(d);
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.toUpperCase(Locale.forLanguageTag("id"));
    }
}
