package id.loket.population;

import java.time.LocalDate;
import java.util.List;

/** Real-shaped family data for tests: a household in Pondok Rajeg, Cibinong, Kabupaten Bogor. */
public final class Families {

    public static final String VILLAGE = "32.01.01.1001";

    private Families() {
    }

    /** Head of family: man born 12-08-1988; NIK day part 12. */
    public static MemberForm head() {
        return new MemberForm("Ahmad Fauzi", "3201011208880003", "1", "Bogor", LocalDate.of(1988, 8, 12), "1", "7", "15",
                "1", "2", LocalDate.of(2014, 6, 1), false, "1", "WNI", null, null, "Sulaiman", "Siti Aminah", false);
    }

    /** Wife: woman born 05-03-1990; NIK day part 45 (5 + 40). The test builder's applicant. */
    public static MemberForm wife() {
        return new MemberForm("Siti Nur'aini", "3201014503900001", "2", "Jakarta", LocalDate.of(1990, 3, 5), "1", "6", "2",
                "2", "2", LocalDate.of(2014, 6, 1), false, "3", "WNI", null, null, "Abdul Rahman", "Maryam", false);
    }

    /** Child: girl born 21-01-2024; NIK day part 61. */
    public static MemberForm child() {
        return new MemberForm("Aisyah Putri", "3201016101240002", "2", "Bogor", LocalDate.of(2024, 1, 21), "1", "1", "3",
                null, "1", null, false, "4", "WNI", null, null, "Ahmad Fauzi", "Siti Nur'aini", false);
    }

    public static FamilyForm family(MemberForm... members) {
        return new FamilyForm("3201010101150007", "Jl. Raya Pondok Rajeg No. 12", "3", "11", VILLAGE, "16914", List.of(members));
    }

    public static FamilyForm family() {
        return family(head(), wife(), child());
    }
}
