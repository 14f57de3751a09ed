package id.loket.base;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.base.PersonalData.Kind;
import id.loket.base.PersonalData.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The personal-data policy as a matrix: every role x screen x kind, written out as README's table says it. */
class PersonalDataTest {

    /** What README promises, cell by cell: role -> the kinds shown in clear per screen ("all", "names" or none). */
    private static final Map<Screen, Map<String, String>> README = Map.of(
            Screen.SIAK_CHECK, Map.of(Roles.COUNTER, "all", Roles.OPERATOR, "all", Roles.VERIFIER, "all",
                    Roles.HEAD_OF_OFFICE, "names"),
            Screen.FAMILY_ENTRY, Map.of(Roles.OPERATOR, "all", Roles.VERIFIER, "all", Roles.HEAD_OF_OFFICE, "names"),
            Screen.VERIFICATION, Map.of(Roles.VERIFIER, "all", Roles.HEAD_OF_OFFICE, "names"),
            Screen.KK_DOCUMENT, Map.of(Roles.SIGNER, "all", Roles.PICKUP, "all", Roles.HEAD_OF_OFFICE, "names"));

    @Test
    void every_role_sees_each_kind_of_data_on_each_screen_as_the_table_says() {
        List<String> wrong = new ArrayList<>();
        for (String role : Roles.ALL) {
            for (Screen screen : Screen.values()) {
                for (Kind kind : Kind.values()) {
                    String cell = screen == Screen.AUDIT_TRAIL ? "names"
                            : README.get(screen).getOrDefault(role, "none");
                    boolean expected = cell.equals("all") || cell.equals("names") && (kind == Kind.NAME || kind == Kind.ADDRESS);
                    if (PersonalData.clear(Set.of(role), screen, kind) != expected) {
                        wrong.add(role + " x " + screen + " x " + kind + " should be " + (expected ? "clear" : "masked"));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_head_of_office_sees_the_same_masking_on_the_family_screens_and_the_kk_preview() {
        for (Kind kind : Kind.values()) {
            assertThat(PersonalData.clear(Set.of(Roles.HEAD_OF_OFFICE), Screen.FAMILY_ENTRY, kind))
                    .isEqualTo(PersonalData.clear(Set.of(Roles.HEAD_OF_OFFICE), Screen.KK_DOCUMENT, kind))
                    .isEqualTo(PersonalData.clear(Set.of(Roles.HEAD_OF_OFFICE), Screen.VERIFICATION, kind))
                    .isEqualTo(PersonalData.clear(Set.of(Roles.HEAD_OF_OFFICE), Screen.SIAK_CHECK, kind));
        }
    }

    @Test
    void each_kind_is_masked_its_own_way() {
        assertThat(PersonalData.mask(Kind.NIK, "3201014503900001")).isEqualTo("3201********0001");
        assertThat(PersonalData.mask(Kind.KK_NUMBER, "3201012003150007")).isEqualTo("3201********0007");
        assertThat(PersonalData.mask(Kind.NIK, "32010")).isEqualTo("*****");
        assertThat(PersonalData.mask(Kind.TRAVEL_DOCUMENT, "B1234567")).isEqualTo("******67");
        assertThat(PersonalData.mask(Kind.PHONE, "081234567890")).isEqualTo("**********90");
        assertThat(PersonalData.mask(Kind.ADDRESS, "Jl. Raya 1")).isEqualTo("***");
        assertThat(PersonalData.mask(Kind.NAME, "Siti Nur'aini")).isEqualTo("S*** N***");
        assertThat(PersonalData.mask(Kind.NIK, null)).isNull();
        // the audit trail never keeps an identity number in clear, but says whose data it is
        assertThat(PersonalData.forAudit(Kind.NIK, "3201014503900001")).isEqualTo("3201********0001");
        assertThat(PersonalData.forAudit(Kind.TRAVEL_DOCUMENT, "B1234567")).isEqualTo("******67");
        assertThat(PersonalData.forAudit(Kind.NAME, "Siti")).isEqualTo("Siti");
    }
}
