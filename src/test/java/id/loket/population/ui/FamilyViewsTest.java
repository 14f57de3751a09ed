package id.loket.population.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.population.FamilyService;
import id.loket.population.MemberForm;
import id.loket.workflow.Applications;
import id.loket.workflow.ui.BoardView;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@LoketIntegrationTest
class FamilyViewsTest extends SpringBrowserlessTest {

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired FamilyService families;

    private UUID atDataEntry() {
        UUID id = applications.registered();
        // a busy test machine may keep the first lookup waiting for SIAK: the retrier completes it
        for (int attempt = 0; ; attempt++) {
            try {
                applications.siakVerified(id);
                break;
            } catch (IllegalStateException pending) {
                if (attempt > 20) {
                    throw pending;
                }
                sleep();
            }
        }
        applications.next(id, "loket");
        return id;
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private FamilyEntryView reopen(UUID id) {
        navigate(BoardView.class);
        return navigate("keluarga/" + id, FamilyEntryView.class);
    }

    private List<String> memberNames(FamilyEntryView view) {
        return view.memberGrid.getListDataView().getItems().map(MemberForm::fullName).toList();
    }

    @Test
    @WithUserDetails("operator")
    void a_draft_full_of_mistakes_saves_marks_each_mistake_on_its_field_and_reopens_as_it_was_left() {
        UUID id = atDataEntry();
        FamilyEntryView view = navigate("keluarga/" + id, FamilyEntryView.class);
        test(view.kkNumber).setValue("3201 0101");
        test(view.address).setValue("");
        test(view.rt).setValue("7");
        test(find(Button.class).id("family-add-member")).click();
        test(find(TextField.class).id("member-name")).setValue("Budi Santoso");
        test(find(TextField.class).id("member-nik")).setValue("3201");
        test(find(Button.class).id("member-ok")).click();
        test(find(Button.class).id("family-save")).click();

        // saved however wrong: each mistake on its field, a short summary on top instead of every rule (the new
        // member is the fourth, after SIAK's three)
        assertThat(view.kkNumber.isInvalid()).isTrue();
        assertThat(view.kkNumber.getErrorMessage()).contains("16 angka");
        assertThat(view.address.isInvalid()).isTrue();
        assertThat(view.rt.isInvalid()).isFalse();
        String summary = find(Paragraph.class).id("family-error-summary").getText();
        assertThat(summary).startsWith("Belum dapat diajukan").contains("Nomor KK lama").contains("Alamat")
                .contains("Anggota 4 (");
        assertThat(summary.length()).isLessThan(200);
        assertThat(applications.card(id).stepCode()).isEqualTo("DATA_ENTRY");

        // reopened: everything typed is there, problems marked again
        FamilyEntryView again = reopen(id);
        assertThat(again.kkNumber.getValue()).isEqualTo("32010101");
        assertThat(again.address.getValue()).isEmpty();
        assertThat(again.rt.getValue()).isEqualTo("007");
        assertThat(memberNames(again)).contains("Budi Santoso");
        assertThat(again.kkNumber.isInvalid()).isTrue();

        // a refused "Ajukan verifikasi" saves what it was given first
        test(again.address).setValue("Jl. Mawar No. 3");
        test(find(Button.class).id("family-submit")).click();
        assertThat(applications.card(id).stepCode()).isEqualTo("DATA_ENTRY");
        assertThat(reopen(id).address.getValue()).isEqualTo("Jl. Mawar No. 3");
    }

    @Test
    @WithUserDetails("kasi")
    void the_verifier_sees_the_registration_number_and_each_members_nik() {
        UUID id = atDataEntry();
        applications.next(id, "operator");
        navigate("verifikasi/" + id, VerificationView.class);
        assertThat(find(H2.class).id("verify-title").getText()).contains(applications.card(id).registrationNumber());
        assertThat(find(H3.class).id("diff-title-3201011208880003").getText()).contains("NIK 3201011208880003")
                .contains("Ahmad Fauzi");
    }

    @Test
    @WithUserDetails("operator")
    void going_from_one_cards_family_straight_to_another_shows_only_the_second() {
        UUID first = atDataEntry();
        UUID second = atDataEntry();
        FamilyEntryView view = navigate("keluarga/" + first, FamilyEntryView.class);
        int columns = view.memberGrid.getColumns().size();
        // Vaadin reuses the view for the same route with another parameter
        assertThat(navigate("keluarga/" + second, FamilyEntryView.class)).isSameAs(view);
        assertThat(view.memberGrid.getColumns()).hasSize(columns);
        assertThat($(com.vaadin.flow.component.html.H2.class).all()).hasSize(1)
                .allSatisfy(h -> assertThat(h.getText()).contains(applications.card(second).registrationNumber()));
        assertThat($(Button.class).all().stream().filter(b -> b.getId().orElse("").equals("family-save"))).hasSize(1);
    }
}
