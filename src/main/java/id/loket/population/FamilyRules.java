package id.loket.population;

import id.loket.base.BusinessException;
import id.loket.base.Nik;
import id.loket.base.PersonName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a family must satisfy before it is saved (shared/domain/kk-document.md, identity-numbers.md). Pure:
 * the reference data it needs comes through {@link References}, today's date from the caller. Returns every
 * violation at once so the officer can fix the form in one pass; warnings do not block.
 */
public final class FamilyRules {

    /** What the rules need to know about regions and code lists. */
    public interface References {
        boolean regionExists(String code);

        boolean codeExists(String list, String code);

        boolean needsMarriageDate(String maritalStatusCode);
    }

    public record Result(List<Violation> errors, List<Violation> warnings) {
    }

    /** The header field of the old KK's number (the form's field names are the record components'). */
    public static final String KK_NUMBER = "kkNumber";

    private static final Pattern PLACE = Pattern.compile("[\\p{L}\\p{M}0-9][\\p{L}\\p{M}0-9 .,'’\\-/()]{0,59}");

    private FamilyRules() {
    }

    public static Result check(FamilyForm f, References refs, LocalDate today) {
        return check(f, refs, today, false);
    }

    /**
     * @param oldKkRequired the application changes an existing family (catalogue: its type does not create a new
     *                      family), so the KK it handed in must be named: the new KK keeps that number
     */
    public static Result check(FamilyForm f, References refs, LocalDate today, boolean oldKkRequired) {
        List<Violation> errors = new ArrayList<>();
        if (oldKkRequired && blank(f.kkNumber())) {
            errors.add(Violation.header(KK_NUMBER, "population.error.kk-required"));
        }
        List<Violation> warnings = new ArrayList<>();
        if (f.kkNumber() != null && !f.kkNumber().isBlank()) {
            try {
                KkNumber kk = KkNumber.parse(f.kkNumber());
                if (!refs.regionExists(kk.districtCode())) {
                    errors.add(Violation.header(KK_NUMBER, "population.error.kk-region", kk.districtCode()));
                }
            } catch (BusinessException e) {
                errors.add(Violation.header(KK_NUMBER, e.messageKey()));
            }
        }
        if (blank(f.address()) || f.address().trim().length() > 200) {
            errors.add(Violation.header("address", "population.error.address"));
        }
        if (f.rt() == null || !f.rt().trim().matches("\\d{1,3}")) {
            errors.add(Violation.header("rt", "population.error.rt-rw"));
        }
        if (f.rw() == null || !f.rw().trim().matches("\\d{1,3}")) {
            errors.add(Violation.header("rw", "population.error.rt-rw"));
        }
        if (f.villageCode() == null || f.villageCode().chars().filter(c -> c == '.').count() != 3
                || !refs.regionExists(f.villageCode())) {
            errors.add(Violation.header("village", "population.error.village"));
        }
        if (f.postalCode() == null || !f.postalCode().trim().matches("[1-9]\\d{4}")) {
            errors.add(Violation.header("postalCode", "population.error.postal-code"));
        }
        List<MemberForm> members = f.members() == null ? List.of() : f.members();
        if (members.isEmpty()) {
            errors.add(Violation.family("population.error.no-members"));
        }
        long heads = members.stream().filter(m -> !m.movedOut() && MemberForm.HEAD.equals(m.relationshipCode())).count();
        if (!members.isEmpty() && heads != 1) {
            errors.add(Violation.family("population.error.one-head", heads));
        }
        Set<String> niks = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            member(i + 1, members.get(i), refs, today, niks, errors, warnings);
        }
        return new Result(errors, warnings);
    }

    private static void member(int no, MemberForm m, References refs, LocalDate today, Set<String> niks,
                               List<Violation> errors, List<Violation> warnings) {
        String who = m.fullName() == null ? "" : m.fullName().trim();
        if (!PersonName.valid(who)) {
            errors.add(Violation.member(no, "fullName", "population.error.member.name", no));
        }
        if (m.birthDate() == null || m.birthDate().isAfter(today)) {
            errors.add(Violation.member(no, "birthDate", "population.error.member.birth-date", no, who));
        }
        if (m.birthPlace() == null || !PLACE.matcher(m.birthPlace().trim()).matches()) {
            errors.add(Violation.member(no, "birthPlace", "population.error.member.birth-place", no, who));
        }
        code(refs, "SEX", m.sexCode(), "sex", "population.error.member.sex", no, who, errors);
        code(refs, "RELIGION", m.religionCode(), "religion", "population.error.member.religion", no, who, errors);
        code(refs, "EDUCATION", m.educationCode(), "education", "population.error.member.education", no, who, errors);
        code(refs, "OCCUPATION", m.occupationCode(), "occupation", "population.error.member.occupation", no, who, errors);
        code(refs, "MARITAL_STATUS", m.maritalStatusCode(), "maritalStatus", "population.error.member.marital-status", no, who, errors);
        code(refs, "RELATIONSHIP", m.relationshipCode(), "relationship", "population.error.member.relationship", no, who, errors);
        code(refs, "CITIZENSHIP", m.citizenshipCode(), "citizenship", "population.error.member.citizenship", no, who, errors);
        if (m.bloodTypeCode() != null && !refs.codeExists("BLOOD_TYPE", m.bloodTypeCode())) {
            errors.add(Violation.member(no, "bloodType", "population.error.member.blood-type", no, who));
        }
        nik(no, who, m, refs, niks, errors, warnings);
        if (m.maritalStatusCode() != null && refs.needsMarriageDate(m.maritalStatusCode())
                && m.marriageDate() == null && !m.marriageDateUnknown()) {
            errors.add(Violation.member(no, "marriageDate", "population.error.member.marriage-date", no, who));
        }
        if (m.marriageDate() != null && (m.marriageDate().isAfter(today)
                || (m.birthDate() != null && !m.marriageDate().isAfter(m.birthDate())))) {
            errors.add(Violation.member(no, "marriageDate", "population.error.member.marriage-date-range", no, who));
        }
        if (MemberForm.FOREIGNER.equals(m.citizenshipCode())
                && (blank(m.passportNumber()) || blank(m.kitapNumber()))) {
            errors.add(Violation.member(no, blank(m.passportNumber()) ? "passport" : "kitap",
                    "population.error.member.foreigner-documents", no, who));
        }
        if (!blank(m.passportNumber()) && !m.passportNumber().trim().matches("[A-Za-z0-9]{5,20}")) {
            errors.add(Violation.member(no, "passport", "population.error.member.passport", no, who));
        }
        if (!blank(m.kitapNumber()) && !m.kitapNumber().trim().matches("[A-Za-z0-9\\-/]{5,30}")) {
            errors.add(Violation.member(no, "kitap", "population.error.member.kitap", no, who));
        }
        if (!blank(m.fatherName()) && !PersonName.valid(m.fatherName().trim())) {
            errors.add(Violation.member(no, "father", "population.error.member.parent-name", no, who));
        }
        if (!blank(m.motherName()) && !PersonName.valid(m.motherName().trim())) {
            errors.add(Violation.member(no, "mother", "population.error.member.parent-name", no, who));
        }
    }

    private static void nik(int no, String who, MemberForm m, References refs, Set<String> niks,
                            List<Violation> errors, List<Violation> warnings) {
        Nik nik;
        try {
            nik = Nik.parse(m.nik());
        } catch (BusinessException e) {
            errors.add(Violation.member(no, "nik", "population.error.member.nik", no, who));
            return;
        }
        String v = nik.value();
        if (!niks.add(v)) {
            errors.add(Violation.member(no, "nik", "population.error.member.nik-twice", no, who));
        }
        String province = v.substring(0, 2);
        String district = province + "." + v.substring(2, 4) + "." + v.substring(4, 6);
        if (!refs.regionExists(province)) {
            errors.add(Violation.member(no, "nik", "population.error.member.nik-province", no, who));
        } else if (!refs.regionExists(district)) {
            // regions split: a NIK issued before keeps the old code, so this only asks the officer to look again
            warnings.add(Violation.member(no, "nik", "population.warning.member.nik-district", no, who, district));
        }
        if (m.birthDate() != null && m.sexCode() != null) {
            int day = Integer.parseInt(v.substring(6, 8));
            int month = Integer.parseInt(v.substring(8, 10));
            int yy = Integer.parseInt(v.substring(10, 12));
            int expectedDay = m.birthDate().getDayOfMonth() + (MemberForm.FEMALE.equals(m.sexCode()) ? 40 : 0);
            if (day != expectedDay || month != m.birthDate().getMonthValue() || yy != m.birthDate().getYear() % 100) {
                errors.add(Violation.member(no, "nik", "population.error.member.nik-birth-date", no, who));
            }
        }
    }

    private static void code(References refs, String list, String code, String field, String key, int no, String who,
                             List<Violation> errors) {
        if (code == null || !refs.codeExists(list, code)) {
            errors.add(Violation.member(no, field, key, no, who));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
