package id.loket.population;

import java.util.List;

/**
 * What step 4 changed against the baseline: header fields and members matched by NIK; with the application's
 * registration number and the counter officer's "tidak cocok" note, which the verifier must see.
 */
public record FamilyDiff(String baselineSource, List<FieldDiff> header, List<MemberDiff> members,
                         String registrationNumber, String siakNote) {

    /** A field's value before and after; {@code codeList} names the list when values are codes. */
    public record FieldDiff(String field, String codeList, String before, String after) {
        public boolean changed() {
            return !java.util.Objects.equals(before, after);
        }
    }

    public enum Kind { ADDED, REMOVED, CHANGED, SAME }

    public record MemberDiff(Kind kind, String nik, String name, List<FieldDiff> fields) {
    }

    static FamilyDiff between(String source, FamilyForm before, FamilyForm after) {
        List<FieldDiff> header = List.of(
                new FieldDiff("kk-number", null, before.kkNumber(), after.kkNumber()),
                new FieldDiff("address", null, before.address(), after.address()),
                new FieldDiff("rt", null, before.rt(), after.rt()),
                new FieldDiff("rw", null, before.rw(), after.rw()),
                new FieldDiff("village", "REGION", before.villageCode(), after.villageCode()),
                new FieldDiff("postal-code", null, before.postalCode(), after.postalCode()));
        List<MemberDiff> members = new java.util.ArrayList<>();
        for (MemberForm a : after.members()) {
            MemberForm b = before.members().stream().filter(m -> java.util.Objects.equals(m.nik(), a.nik())).findFirst().orElse(null);
            List<FieldDiff> fields = fields(b == null ? MemberForm.empty() : b, a);
            Kind kind = b == null ? Kind.ADDED : fields.stream().anyMatch(FieldDiff::changed) ? Kind.CHANGED : Kind.SAME;
            members.add(new MemberDiff(kind, a.nik(), a.fullName(), fields));
        }
        for (MemberForm b : before.members()) {
            if (after.members().stream().noneMatch(m -> java.util.Objects.equals(m.nik(), b.nik()))) {
                members.add(new MemberDiff(Kind.REMOVED, b.nik(), b.fullName(), fields(b, MemberForm.empty())));
            }
        }
        return new FamilyDiff(source, header, members, null, null);
    }

    FamilyDiff about(String registrationNumber, String siakNote) {
        return new FamilyDiff(baselineSource, header, members, registrationNumber, siakNote);
    }

    /** The same diff with every value passed through {@code show(field, value)} (the personal-data policy). */
    FamilyDiff shown(java.util.function.BinaryOperator<String> show) {
        java.util.function.Function<List<FieldDiff>, List<FieldDiff>> map = fs -> fs.stream().map(f -> new FieldDiff(
                f.field(), f.codeList(), show.apply(f.field(), f.before()), show.apply(f.field(), f.after()))).toList();
        return new FamilyDiff(baselineSource, map.apply(header), members.stream().map(m -> new MemberDiff(m.kind(),
                show.apply("nik", m.nik()), show.apply("full-name", m.name()), map.apply(m.fields()))).toList(),
                registrationNumber, siakNote);
    }

    private static List<FieldDiff> fields(MemberForm b, MemberForm a) {
        return List.of(
                new FieldDiff("full-name", null, b.fullName(), a.fullName()),
                new FieldDiff("nik", null, b.nik(), a.nik()),
                new FieldDiff("sex", "SEX", b.sexCode(), a.sexCode()),
                new FieldDiff("birth-place", null, b.birthPlace(), a.birthPlace()),
                new FieldDiff("birth-date", null, str(b.birthDate()), str(a.birthDate())),
                new FieldDiff("religion", "RELIGION", b.religionCode(), a.religionCode()),
                new FieldDiff("education", "EDUCATION", b.educationCode(), a.educationCode()),
                new FieldDiff("occupation", "OCCUPATION", b.occupationCode(), a.occupationCode()),
                new FieldDiff("blood-type", "BLOOD_TYPE", b.bloodTypeCode(), a.bloodTypeCode()),
                new FieldDiff("marital-status", "MARITAL_STATUS", b.maritalStatusCode(), a.maritalStatusCode()),
                new FieldDiff("marriage-date", null, str(b.marriageDate()), str(a.marriageDate())),
                new FieldDiff("relationship", "RELATIONSHIP", b.relationshipCode(), a.relationshipCode()),
                new FieldDiff("citizenship", "CITIZENSHIP", b.citizenshipCode(), a.citizenshipCode()),
                new FieldDiff("passport", null, b.passportNumber(), a.passportNumber()),
                new FieldDiff("kitap", null, b.kitapNumber(), a.kitapNumber()),
                new FieldDiff("father", null, b.fatherName(), a.fatherName()),
                new FieldDiff("mother", null, b.motherName(), a.motherName()),
                new FieldDiff("moved-out", null, String.valueOf(b.movedOut()), String.valueOf(a.movedOut())));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
