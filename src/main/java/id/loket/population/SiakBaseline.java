package id.loket.population;

import id.loket.siak.SiakDecision;
import id.loket.siak.SiakFamily;
import id.loket.siak.SiakLookup;
import id.loket.siak.SiakMember;
import id.loket.siak.SiakService;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The family SIAK returned when the counter officer decided step 3, and his "tidak cocok" note: data entry starts
 * from it and the verifier compares against it.
 */
@Component
class SiakBaseline implements BaselineProvider {

    private final SiakService siak;

    SiakBaseline(SiakService siak) {
        this.siak = siak;
    }

    @Override
    public String source() {
        return "SIAK";
    }

    @Override
    public String step() {
        return SiakService.STEP;
    }

    @Override
    public Optional<Baseline> baseline(UUID applicationId) {
        return siak.lookup(applicationId).filter(l -> l.decision() != null)
                .map(l -> new Baseline(l.family() == null ? null : form(l.family()),
                        l.decision() == SiakDecision.MISMATCH ? l.note() : null));
    }

    private static FamilyForm form(SiakFamily f) {
        return new FamilyForm(f.kkNumber(), f.address(), f.rt(), f.rw(), f.villageCode(), f.postalCode(),
                f.members().stream().map(SiakBaseline::member).toList());
    }

    private static MemberForm member(SiakMember m) {
        return new MemberForm(m.fullName(), m.nik(), m.sexCode(), m.birthPlace(), m.birthDate(), m.religionCode(),
                m.educationCode(), m.occupationCode(), m.bloodTypeCode(), m.maritalStatusCode(), m.marriageDate(), false,
                m.relationshipCode(), m.citizenshipCode(), m.passportNumber(), m.kitapNumber(), m.fatherName(),
                m.motherName(), false);
    }
}
