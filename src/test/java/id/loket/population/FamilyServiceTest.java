package id.loket.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AuditService;
import id.loket.population.FamilyDiff.Kind;
import id.loket.population.FamilyService.FamilyView;
import id.loket.siak.SiakDecision;
import id.loket.workflow.Applications;
import id.loket.workflow.WorkflowService;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@LoketIntegrationTest
class FamilyServiceTest {

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired FamilyService families;
    @Autowired WorkflowService workflow;
    @Autowired ReferenceData references;
    @Autowired AuditService audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired id.loket.siak.SiakService siak;

    private UUID atDataEntry() {
        UUID id = applications.registered();
        applications.siakVerified(id);
        applications.next(id, "loket");
        return id;
    }

    @Test
    void the_official_region_list_is_loaded_and_searchable_as_you_type() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM region", Integer.class)).isEqualTo(91_599);
        officers.run("operator", () -> {
            assertThat(references.search(null, "jawa b", 0, 10)).extracting(ReferenceData.RegionRow::name).containsExactly("Jawa Barat");
            assertThat(references.search("32", "bogor", 0, 10)).extracting(ReferenceData.RegionRow::name)
                    .containsExactly("Kabupaten Bogor", "Kota Bogor");
            assertThat(references.search("32.01.01", "rajeg", 0, 10)).extracting(ReferenceData.RegionRow::code)
                    .containsExactly("32.01.01.1001");
            assertThat(references.path("32.01.01.1001"))
                    .isEqualTo(new ReferenceData.RegionPath("Jawa Barat", "Kabupaten Bogor", "Cibinong", "Pondok Rajeg"));
            assertThat(references.codes("OCCUPATION")).hasSize(89);
        });
    }

    @Test
    void a_card_cannot_leave_data_entry_until_the_family_is_submitted() {
        UUID id = atDataEntry();
        long version = applications.card(id).version();
        assertThatThrownBy(() -> officers.run("operator", () -> workflow.next(id, version)))
                .hasMessageStartingWith("population.guard.entry");
        assertThat(applications.card(id).stepCode()).isEqualTo("DATA_ENTRY");
    }

    @Test
    void a_draft_always_saves_however_wrong_with_its_problems_on_their_fields_and_a_failed_submit_keeps_it() {
        UUID id = atDataEntry();
        FamilyView draft = officers.as("operator", () -> families.open(id));
        MemberForm half = new MemberForm("Siti Nur'aini", "3201 0145", "2", "", null, "1", null, null, null, null, null,
                false, "1", "WNI", null, null, null, null, false);
        FamilyForm bad = new FamilyForm("32010101011500", "", "1", "1", "32.01.01.1001", "16914",
                java.util.List.of(half, Families.wife()));
        FamilyView saved = officers.as("operator", () -> families.save(id, draft.version(), bad));
        assertThat(saved.errors()).extracting(Violation::key)
                .contains("population.error.kk-format", "population.error.address", "population.error.member.nik");
        assertThat(saved.errors()).filteredOn(v -> v.key().equals("population.error.member.nik"))
                .extracting(Violation::member, Violation::field).containsExactly(org.assertj.core.groups.Tuple.tuple(1, "nik"));
        assertThat(saved.errors()).filteredOn(v -> v.key().equals("population.error.address"))
                .extracting(Violation::member, Violation::field).containsExactly(org.assertj.core.groups.Tuple.tuple(0, "address"));
        // reopened: everything the operator typed is there, with the same problems listed
        FamilyView reopened = officers.as("operator", () -> families.open(id));
        assertThat(reopened.form()).isEqualTo(FamilyService.normalize(bad));
        assertThat(reopened.errors()).extracting(Violation::key).containsExactlyElementsOf(
                saved.errors().stream().map(Violation::key).toList());

        // "Ajukan verifikasi" demands a valid family, but what it was given is saved first
        FamilyForm worse = new FamilyForm("3201010101150007", "", "1", "1", "32.01.01.1001", "16914", java.util.List.of(half));
        assertThatThrownBy(() -> officers.run("operator", () -> families.submit(id, reopened.version(), worse)))
                .isInstanceOfSatisfying(FamilyInvalid.class, e -> assertThat(e.violations()).extracting(Violation::key)
                        .contains("population.error.address"));
        assertThat(applications.card(id).stepCode()).isEqualTo("DATA_ENTRY");
        assertThat(officers.as("operator", () -> families.open(id)).form()).isEqualTo(FamilyService.normalize(worse));
        assertThat(officers.as("operator", () -> families.familyStatus(id))).contains("DRAFT");
    }

    @Test
    void the_baseline_is_the_siak_answer_that_completed_step_3_and_follows_a_redone_check() {
        UUID id = applications.registered();
        // opened before the SIAK check finished: nothing to compare against yet, and the screen says so
        FamilyView early = officers.as("operator", () -> families.open(id));
        assertThat(early.baselineSource()).isEqualTo("NONE");
        assertThat(early.form().members()).isEmpty();

        applications.siakVerified(id);
        applications.next(id, "loket");
        FamilyView draft = officers.as("operator", () -> families.open(id));
        assertThat(draft.baselineSource()).isEqualTo("SIAK");
        assertThat(draft.form().kkNumber()).isEqualTo("3201012003150007");
        assertThat(draft.form().members()).extracting(MemberForm::nik).contains("3201014503900001");

        // the operator types, then the card goes back and SIAK is asked about another NIK: the new answer is the
        // baseline, and the operator's typing is kept
        officers.run("operator", () -> families.save(id, draft.version(), Families.family()));
        officers.run("operator", () -> workflow.move(id, applications.card(id).version(), "SIAK_CHECK",
                "NIK pemohon salah, periksa ulang"));
        officers.run("loket", () -> {
            siak.requestLookup(id, "3201011207870003");
            siak.decide(id, SiakDecision.MATCH, null);
        });
        applications.next(id, "loket");
        FamilyView again = officers.as("operator", () -> families.open(id));
        assertThat(again.form()).isEqualTo(FamilyService.normalize(Families.family()));
        officers.run("operator", () -> families.submit(id, again.version(), Families.family()));
        FamilyDiff diff = officers.as("kasi", () -> families.diff(id));
        assertThat(diff.baselineSource()).isEqualTo("SIAK");
        assertThat(diff.members()).filteredOn(m -> m.kind() == Kind.REMOVED).extracting(FamilyDiff.MemberDiff::nik)
                .contains("3201011207870003").doesNotContain("3201014503900001");
    }

    @Test
    void the_operator_enters_and_submits_the_family_and_the_verifier_approves_it() {
        UUID id = atDataEntry();
        FamilyView draft = officers.as("operator", () -> families.open(id));
        // prefilled from the family SIAK returned at step 3
        assertThat(draft.baselineSource()).isEqualTo("SIAK");
        assertThat(draft.form().kkNumber()).isEqualTo("3201012003150007");
        assertThat(draft.form().members()).extracting(MemberForm::nik).contains("3201014503900001");
        FamilyView saved = officers.as("operator", () -> families.save(id, draft.version(), Families.family()));
        assertThat(saved.form().rt()).isEqualTo("003");
        assertThat(saved.form().members()).extracting(MemberForm::fullName)
                .containsExactly("Ahmad Fauzi", "Siti Nur'aini", "Aisyah Putri");

        officers.run("operator", () -> families.submit(id, saved.version(), Families.family()));
        assertThat(applications.card(id).stepCode()).isEqualTo("VERIFICATION");
        // dragging on the board is not an approval
        long version = applications.card(id).version();
        assertThatThrownBy(() -> officers.run("kasi", () -> workflow.next(id, version)))
                .hasMessageStartingWith("population.guard.verify");

        FamilyDiff diff = officers.as("kasi", () -> families.diff(id));
        // the entered head and child are not SIAK's; the wife is SIAK's member with other details
        assertThat(diff.baselineSource()).isEqualTo("SIAK");
        assertThat(diff.members()).filteredOn(m -> m.nik().equals("3201014503900001"))
                .extracting(FamilyDiff.MemberDiff::kind).containsExactly(Kind.CHANGED);
        assertThat(diff.members()).extracting(FamilyDiff.MemberDiff::kind).contains(Kind.ADDED, Kind.REMOVED);
        officers.run("kasi", () -> families.approve(id));
        assertThat(applications.card(id).stepCode()).isEqualTo("SIGNING");
        assertThat(officers.as("kadis", () -> audit.history("application", id.toString())))
                .extracting(AuditService.AuditRecord::action)
                .contains("family-baseline", "family-saved", "family-viewed-unmasked", "family-approved");
    }

    @Test
    void the_verifier_sees_what_changed_and_can_return_it_to_the_operator() {
        UUID id = atDataEntry();
        officers.run("operator", () -> families.submit(id, families.open(id).version(), Families.family()));
        // a first round was approved earlier: bring the card back and change one field, drop the child
        officers.run("kasi", () -> families.returnToEntry(id, "Nama ibu kepala keluarga salah eja"));
        assertThat(applications.card(id).stepCode()).isEqualTo("DATA_ENTRY");
        assertThat(applications.card(id).reworkCount()).isEqualTo(1);
        MemberForm head = Families.head();
        MemberForm fixed = new MemberForm(head.fullName(), head.nik(), head.sexCode(), head.birthPlace(), head.birthDate(),
                head.religionCode(), head.educationCode(), head.occupationCode(), head.bloodTypeCode(),
                head.maritalStatusCode(), head.marriageDate(), false, head.relationshipCode(), head.citizenshipCode(),
                null, null, head.fatherName(), "Siti Aminah Zahra", false);
        officers.run("operator", () -> families.submit(id, families.open(id).version(),
                Families.family(fixed, Families.wife())));
        FamilyDiff diff = officers.as("kasi", () -> families.diff(id));
        assertThat(diff.members()).filteredOn(m -> m.kind() != Kind.REMOVED).hasSize(2);
        assertThat(diff.members().getFirst().fields()).filteredOn(FamilyDiff.FieldDiff::changed)
                .extracting(FamilyDiff.FieldDiff::field).contains("mother");
        // the trail says which field of which member changed from what to what, never a NIK in clear
        java.util.List<String> trail = officers.as("kadis", () -> audit.history("application", id.toString())).stream()
                .filter(r -> r.action().equals("family-saved")).map(AuditService.AuditRecord::details).toList();
        assertThat(trail).anyMatch(d -> d.contains("member 1 (3201********0003) mother: 'Siti Aminah' -> 'Siti Aminah Zahra'"))
                .anyMatch(d -> d.contains("member removed (3201********0002, Aisyah Putri)"));
        assertThat(officers.as("kadis", () -> audit.history("application", id.toString())))
                .extracting(AuditService.AuditRecord::details)
                .noneMatch(d -> d != null && (d.contains("3201011208880003") || d.contains("3201016101240002")));
    }

    @Test
    void the_verifier_sees_the_registration_number_and_every_members_nik() {
        UUID id = atDataEntry();
        officers.run("operator", () -> families.submit(id, families.open(id).version(), Families.family()));
        FamilyDiff diff = officers.as("kasi", () -> families.diff(id));
        assertThat(diff.registrationNumber()).isEqualTo(applications.card(id).registrationNumber()).isNotBlank();
        assertThat(diff.members()).filteredOn(m -> m.kind() != Kind.REMOVED).extracting(FamilyDiff.MemberDiff::nik)
                .containsExactly("3201011208880003", "3201014503900001", "3201016101240002");
        assertThat(diff.members().getFirst().fields()).extracting(FamilyDiff.FieldDiff::field).startsWith("full-name", "nik");
    }

    @Test
    void the_head_of_office_sees_niks_masked() {
        UUID id = atDataEntry();
        officers.run("operator", () -> families.submit(id, families.open(id).version(), Families.family()));
        FamilyView view = officers.as("kadis", () -> families.open(id));
        assertThat(view.unmasked()).isFalse();
        assertThat(view.form().members()).extracting(MemberForm::nik).allMatch(n -> n.matches("\\d{4}\\*{8}\\d{4}"));
        FamilyDiff diff = officers.as("kadis", () -> families.diff(id));
        assertThat(diff.members()).extracting(FamilyDiff.MemberDiff::nik).allMatch(n -> n.contains("********"));
    }

    @Test
    void only_the_operator_enters_family_data() {
        UUID id = atDataEntry();
        assertThatThrownBy(() -> officers.run("loket", () -> families.open(id)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> officers.run("kasi", () -> families.save(id, 0, Families.family())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
