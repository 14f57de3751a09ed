package id.loket.population.internal;

import id.loket.population.MemberForm;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "family_member")
public class FamilyMember {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "family_id")
    private Family family;
    @org.hibernate.annotations.TenantId // branch isolation, ADR 007
    @Column(name = "branch_code")
    private String branchCode;
    private int seq;
    @Column(name = "full_name")
    private String fullName;
    private String nik;
    @Column(name = "sex_code")
    private String sexCode;
    @Column(name = "birth_place")
    private String birthPlace;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(name = "religion_code")
    private String religionCode;
    @Column(name = "education_code")
    private String educationCode;
    @Column(name = "occupation_code")
    private String occupationCode;
    @Column(name = "blood_type_code")
    private String bloodTypeCode;
    @Column(name = "marital_status_code")
    private String maritalStatusCode;
    @Column(name = "marriage_date")
    private LocalDate marriageDate;
    @Column(name = "marriage_date_unknown")
    private boolean marriageDateUnknown;
    @Column(name = "relationship_code")
    private String relationshipCode;
    @Column(name = "citizenship_code")
    private String citizenshipCode;
    @Column(name = "passport_number")
    private String passportNumber;
    @Column(name = "kitap_number")
    private String kitapNumber;
    @Column(name = "father_name")
    private String fatherName;
    @Column(name = "mother_name")
    private String motherName;
    @Column(name = "moved_out")
    private boolean movedOut;

    protected FamilyMember() {
    }

    public FamilyMember(Family family, int seq, MemberForm m) {
        this.id = UUID.randomUUID();
        this.family = family;
        this.branchCode = family.branchCode();
        this.seq = seq;
        this.fullName = m.fullName();
        this.nik = m.nik();
        this.sexCode = m.sexCode();
        this.birthPlace = m.birthPlace();
        this.birthDate = m.birthDate();
        this.religionCode = m.religionCode();
        this.educationCode = m.educationCode();
        this.occupationCode = m.occupationCode();
        this.bloodTypeCode = m.bloodTypeCode();
        this.maritalStatusCode = m.maritalStatusCode();
        this.marriageDate = m.marriageDate();
        this.marriageDateUnknown = m.marriageDateUnknown();
        this.relationshipCode = m.relationshipCode();
        this.citizenshipCode = m.citizenshipCode();
        this.passportNumber = m.passportNumber();
        this.kitapNumber = m.kitapNumber();
        this.fatherName = m.fatherName();
        this.motherName = m.motherName();
        this.movedOut = m.movedOut();
    }

    public String nik() {
        return nik;
    }

    public boolean movedOut() {
        return movedOut;
    }

    public MemberForm toForm() {
        return new MemberForm(fullName, nik, sexCode, birthPlace, birthDate, religionCode, educationCode, occupationCode,
                bloodTypeCode, maritalStatusCode, marriageDate, marriageDateUnknown, relationshipCode, citizenshipCode,
                passportNumber, kitapNumber, fatherName, motherName, movedOut);
    }
}
