package id.loket.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FamilyRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** The slice of reference data these rules need (regions of Cibinong and the real code lists' codes). */
    static final FamilyRules.References REFS = new FamilyRules.References() {
        final Set<String> regions = Set.of("32", "32.01", "32.01.01", "32.01.01.1001", "11", "11.01", "11.01.01");

        @Override
        public boolean regionExists(String code) {
            return regions.contains(code);
        }

        @Override
        public boolean codeExists(String list, String code) {
            return switch (list) {
                case "SEX" -> Set.of("1", "2").contains(code);
                case "CITIZENSHIP" -> Set.of("WNI", "WNA").contains(code);
                case "BLOOD_TYPE" -> Integer.parseInt(code) >= 1 && Integer.parseInt(code) <= 13;
                case "MARITAL_STATUS" -> Integer.parseInt(code) >= 1 && Integer.parseInt(code) <= 6;
                case "RELATIONSHIP" -> Integer.parseInt(code) >= 1 && Integer.parseInt(code) <= 11;
                default -> code.matches("\\d{1,2}");
            };
        }

        @Override
        public boolean needsMarriageDate(String code) {
            return Set.of("2", "4").contains(code);
        }
    };

    private static List<String> errors(FamilyForm f) {
        return FamilyRules.check(f, REFS, TODAY).errors().stream().map(Violation::key).toList();
    }

    private static FamilyForm withWife(UnaryOperator<MemberForm> change) {
        return Families.family(Families.head(), change.apply(Families.wife()), Families.child());
    }

    @Test
    void a_real_family_passes() {
        assertThat(errors(Families.family())).isEmpty();
    }

    @Test
    void nik_date_part_adds_forty_for_women_and_must_match_the_birth_date() {
        assertThat(errors(withWife(w -> new MemberForm(w.fullName(), "3201010503900001", w.sexCode(), w.birthPlace(),
                w.birthDate(), w.religionCode(), w.educationCode(), w.occupationCode(), w.bloodTypeCode(),
                w.maritalStatusCode(), w.marriageDate(), false, w.relationshipCode(), w.citizenshipCode(), null, null,
                w.fatherName(), w.motherName(), false)))).containsExactly("population.error.member.nik-birth-date");
        assertThat(errors(withWife(w -> new MemberForm(w.fullName(), w.nik(), w.sexCode(), w.birthPlace(),
                LocalDate.of(1990, 3, 6), w.religionCode(), w.educationCode(), w.occupationCode(), w.bloodTypeCode(),
                w.maritalStatusCode(), w.marriageDate(), false, w.relationshipCode(), w.citizenshipCode(), null, null,
                w.fatherName(), w.motherName(), false)))).containsExactly("population.error.member.nik-birth-date");
    }

    @Test
    void bad_niks_are_refused_with_the_reason() {
        for (String nik : List.of("", "320101450390000", "32010145039000011", "0201014503900001", "3201014503900000",
                "3201013203900001", "32010145A3900001", "9901014503900001")) {
            FamilyForm f = withWife(w -> new MemberForm(w.fullName(), nik, w.sexCode(), w.birthPlace(), w.birthDate(),
                    w.religionCode(), w.educationCode(), w.occupationCode(), w.bloodTypeCode(), w.maritalStatusCode(),
                    w.marriageDate(), false, w.relationshipCode(), w.citizenshipCode(), null, null, w.fatherName(),
                    w.motherName(), false));
            assertThat(errors(f)).as(nik).isNotEmpty()
                    .allMatch(k -> k.startsWith("population.error.member.nik"));
        }
    }

    @Test
    void a_nik_from_an_unknown_district_of_a_known_province_is_only_a_warning() {
        // 32.99.01 does not exist (a split region, say): the officer is asked to look, not refused
        FamilyForm f = Families.family(Families.head(), Families.wife(), new MemberForm("Budi", "3299011208880004", "1",
                "Bogor", LocalDate.of(1988, 8, 12), "1", "7", "15", null, "1", null, false, "9", "WNI", null, null,
                null, null, false));
        FamilyRules.Result result = FamilyRules.check(f, REFS, TODAY);
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Violation::key).containsExactly("population.warning.member.nik-district");
    }

    @Test
    void exactly_one_head_of_family_among_those_still_living_there() {
        MemberForm secondHead = new MemberForm("Joko", "3201011208880005", "1", "Bogor", LocalDate.of(1988, 8, 12), "1",
                "7", "15", null, "1", null, false, "1", "WNI", null, null, null, null, false);
        assertThat(errors(Families.family(Families.head(), secondHead))).contains("population.error.one-head");
        assertThat(errors(Families.family(Families.wife()))).contains("population.error.one-head");
        MemberForm movedOutHead = new MemberForm("Joko", "3201011208880005", "1", "Bogor", LocalDate.of(1988, 8, 12),
                "1", "7", "15", null, "1", null, false, "1", "WNI", null, null, null, null, true);
        assertThat(errors(Families.family(Families.head(), movedOutHead))).doesNotContain("population.error.one-head");
    }

    @Test
    void the_same_nik_twice_in_one_family_is_refused() {
        assertThat(errors(Families.family(Families.head(), Families.wife(), Families.wife())))
                .contains("population.error.member.nik-twice");
    }

    @Test
    void dates_cannot_be_in_the_future_and_marriage_comes_after_birth() {
        assertThat(errors(withWife(w -> new MemberForm(w.fullName(), w.nik(), w.sexCode(), w.birthPlace(), w.birthDate(),
                w.religionCode(), w.educationCode(), w.occupationCode(), w.bloodTypeCode(), w.maritalStatusCode(),
                LocalDate.of(2027, 1, 1), false, w.relationshipCode(), w.citizenshipCode(), null, null, w.fatherName(),
                w.motherName(), false)))).contains("population.error.member.marriage-date-range");
        MemberForm unborn = new MemberForm("Bayi", "3201016112260002", "2", "Bogor", LocalDate.of(2026, 12, 21), "1", "1",
                "3", null, "1", null, false, "4", "WNI", null, null, null, null, false);
        assertThat(errors(Families.family(Families.head(), unborn))).contains("population.error.member.birth-date");
    }

    @Test
    void a_married_member_has_a_marriage_date_or_says_it_is_unknown() {
        assertThat(errors(withWife(w -> new MemberForm(w.fullName(), w.nik(), w.sexCode(), w.birthPlace(), w.birthDate(),
                w.religionCode(), w.educationCode(), w.occupationCode(), w.bloodTypeCode(), "2", null, false,
                w.relationshipCode(), w.citizenshipCode(), null, null, w.fatherName(), w.motherName(), false))))
                .containsExactly("population.error.member.marriage-date");
        assertThat(errors(withWife(w -> new MemberForm(w.fullName(), w.nik(), w.sexCode(), w.birthPlace(), w.birthDate(),
                w.religionCode(), w.educationCode(), w.occupationCode(), w.bloodTypeCode(), "2", null, true,
                w.relationshipCode(), w.citizenshipCode(), null, null, w.fatherName(), w.motherName(), false)))).isEmpty();
        // unregistered marriage carries no date
        assertThat(errors(withWife(w -> new MemberForm(w.fullName(), w.nik(), w.sexCode(), w.birthPlace(), w.birthDate(),
                w.religionCode(), w.educationCode(), w.occupationCode(), w.bloodTypeCode(), "3", null, false,
                w.relationshipCode(), w.citizenshipCode(), null, null, w.fatherName(), w.motherName(), false)))).isEmpty();
    }

    @Test
    void a_foreigner_needs_passport_and_kitap_numbers() {
        UnaryOperator<MemberForm> foreign = w -> new MemberForm("John O'Brien", w.nik(), w.sexCode(), "Dublin", w.birthDate(),
                w.religionCode(), w.educationCode(), w.occupationCode(), w.bloodTypeCode(), w.maritalStatusCode(),
                w.marriageDate(), false, w.relationshipCode(), "WNA", null, null, null, null, false);
        assertThat(errors(withWife(foreign))).containsExactly("population.error.member.foreigner-documents");
        assertThat(errors(withWife(w -> {
            MemberForm f = foreign.apply(w);
            return new MemberForm(f.fullName(), f.nik(), f.sexCode(), f.birthPlace(), f.birthDate(), f.religionCode(),
                    f.educationCode(), f.occupationCode(), f.bloodTypeCode(), f.maritalStatusCode(), f.marriageDate(),
                    false, f.relationshipCode(), "WNA", "PA1234567", "2C21AB0012345", null, null, false);
        }))).isEmpty();
    }

    @Test
    void names_keep_apostrophes_single_words_and_unicode_but_not_digits_or_markup() {
        for (String good : List.of("Sukarno", "Siti Nur'aini", "I Gusti Ngurah Rai", "Nguyễn Thị Minh", "Abdul-Karim", "H. Moh. Ali")) {
            assertThat(errors(withWife(w -> rename(w, good)))).as(good).isEmpty();
        }
        for (String bad : List.of("", "  ", "R2D2", "<script>alert(1)</script>", "'Quoted", "x".repeat(101))) {
            assertThat(errors(withWife(w -> rename(w, bad)))).as(bad).contains("population.error.member.name");
        }
    }

    private static MemberForm rename(MemberForm w, String name) {
        return new MemberForm(name, w.nik(), w.sexCode(), w.birthPlace(), w.birthDate(), w.religionCode(), w.educationCode(),
                w.occupationCode(), w.bloodTypeCode(), w.maritalStatusCode(), w.marriageDate(), false, w.relationshipCode(),
                w.citizenshipCode(), null, null, w.fatherName(), w.motherName(), false);
    }

    @Test
    void the_header_needs_a_real_village_rt_rw_postal_code_and_a_kk_number_from_a_real_district() {
        List<String> e = errors(new FamilyForm("3299010101150007", "", "12a", "1", "32.01.01.9999", "1691",
                new ArrayList<>(Families.family().members())));
        assertThat(e).contains("population.error.kk-region", "population.error.address", "population.error.rt-rw",
                "population.error.village", "population.error.postal-code");
        assertThat(errors(new FamilyForm("3201013201150007", "Jl. Mawar", "1", "1", Families.VILLAGE, "16914",
                Families.family().members()))).contains("population.error.kk-date");
        assertThat(errors(new FamilyForm(null, "Jl. Mawar", "1", "1", Families.VILLAGE, "16914",
                Families.family().members()))).as("a new family has no KK number yet").isEmpty();
    }
}
