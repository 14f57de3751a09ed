package id.loket.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AccountService;
import id.loket.base.AccountService.UserForm;
import id.loket.base.Roles;
import id.loket.document.DocumentInfo;
import id.loket.document.DocumentService;
import id.loket.document.ui.HandoverView;
import id.loket.document.ui.SigningView;
import id.loket.population.ui.FamilyEntryView;
import id.loket.population.ui.VerificationView;
import id.loket.siak.ui.SiakCheckView;
import id.loket.workflow.Applications;
import id.loket.workflow.WorkflowService;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 12.4 on screen: every work screen is read-only to an officer of the step's role who does not hold the
 * card, and says who holds it. Issue 12.8: the pickup screen links to the public check of the KK in hand.
 */
@LoketIntegrationTest
class WorkScreensTest extends SpringBrowserlessTest {

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired WorkflowService workflow;
    @Autowired AccountService accounts;
    @Autowired DocumentService documents;

    private String colleague(String username, String role) {
        if (!officers.as("admin", () -> accounts.staffNames()).containsKey(username)) {
            officers.run("admin", () -> accounts.createUser(new UserForm(username, "Rekan " + username, "PUSAT",
                    Set.of(role), true), "rahasia123"));
        }
        return username;
    }

    private void heldBy(UUID id, String officer) {
        officers.run(officer, () -> workflow.claim(id, applications.card(id).version()));
    }

    private void saysHeldBy(String name) {
        assertThat(find(Paragraph.class).id("work-holder").getText()).startsWith("Dipegang oleh " + name + ".")
                .contains("hanya dapat dibaca");
    }

    private boolean usable(String buttonId) {
        return find(Button.class).all().stream().filter(b -> buttonId.equals(b.getId().orElse("")))
                .anyMatch(b -> test(b).isUsable());
    }

    @Test
    @WithUserDetails("loket")
    void the_siak_check_is_read_only_to_a_counter_officer_who_does_not_hold_the_card() {
        UUID id = applications.registered();
        heldBy(id, "loket2");
        navigate("siak/" + id, SiakCheckView.class);
        saysHeldBy("Wulan Anggraini");
        assertThat(usable("siak-search")).isFalse();
        assertThat(usable("siak-match")).isFalse();
        assertThat(usable("siak-mismatch")).isFalse();
    }

    @Test
    @WithUserDetails("loket")
    void the_holder_sees_his_own_screen_open_and_a_free_card_says_the_first_change_takes_it() {
        UUID id = applications.registered();
        navigate("siak/" + id, SiakCheckView.class);
        assertThat(find(Paragraph.class).id("work-holder").getText()).startsWith("Belum dipegang");
        assertThat(usable("siak-search")).isTrue();
        heldBy(id, "loket");
        navigate("papan", BoardView.class); // the SIAK screen is reused by the router for the same route
        navigate("siak/" + id, SiakCheckView.class);
        assertThat(find(Paragraph.class).id("work-holder").getText()).isEqualTo("Dipegang oleh Anda.");
        assertThat(usable("siak-search")).isTrue();
    }

    @Test
    @WithUserDetails("operator")
    void family_entry_is_read_only_to_an_operator_who_does_not_hold_the_card() {
        UUID id = applications.registered();
        applications.siakVerified(id);
        applications.next(id, "loket");
        heldBy(id, colleague("operator.rekan", Roles.OPERATOR));
        navigate("keluarga/" + id, FamilyEntryView.class);
        saysHeldBy("Rekan operator.rekan");
        assertThat(usable("family-save")).isFalse();
        assertThat(usable("family-submit")).isFalse();
        assertThat(usable("family-add-member")).isFalse();
        assertThat(test(find(TextField.class).id("family-address")).isUsable()).isFalse();
    }

    @Test
    @WithUserDetails("kasi")
    void verification_is_read_only_to_a_verifier_who_does_not_hold_the_card() {
        UUID id = applications.registered();
        applications.siakVerified(id);
        applications.next(id, "loket");
        applications.next(id, "operator");
        heldBy(id, colleague("kasi.rekan", Roles.VERIFIER));
        navigate("verifikasi/" + id, VerificationView.class);
        saysHeldBy("Rekan kasi.rekan");
        assertThat(usable("verify-approve")).isFalse();
        assertThat(usable("verify-return")).isFalse();
    }

    @Test
    @WithUserDetails("tte")
    void signing_is_read_only_to_a_signer_who_does_not_hold_the_card() {
        UUID id = applications.atSigning();
        heldBy(id, colleague("tte.rekan", Roles.SIGNER));
        navigate("tte/" + id, SigningView.class);
        saysHeldBy("Rekan tte.rekan");
        assertThat(usable("document-sign")).isFalse();
        assertThat(find(com.vaadin.flow.component.checkbox.Checkbox.class).all())
                .noneMatch(c -> test(c).isUsable());
    }

    @Test
    @WithUserDetails("ambil")
    void handover_is_read_only_to_a_pickup_officer_who_does_not_hold_the_card() {
        UUID id = applications.atSigning();
        applications.next(id, "tte");
        heldBy(id, colleague("ambil.rekan", Roles.PICKUP));
        navigate("penyerahan/" + id, HandoverView.class);
        saysHeldBy("Rekan ambil.rekan");
        assertThat(usable("document-handover")).isFalse();
        assertThat(find(Anchor.class).all()).noneMatch(a -> "document-print".equals(a.getId().orElse("")));
    }

    @Test
    @WithUserDetails("ambil")
    void the_pickup_officer_has_a_link_to_the_public_check_page_of_the_kk_in_hand() {
        UUID id = applications.atSigning();
        applications.next(id, "tte");
        DocumentInfo kk = officers.as("ambil", () -> documents.current(id).orElseThrow());
        navigate("penyerahan/" + id, HandoverView.class);
        Anchor check = find(Anchor.class).id("document-check-link");
        assertThat(check.getHref()).isEqualTo(kk.verificationPath()).startsWith("cek-kk/" + kk.id() + "/");
        assertThat(check.getText()).contains("cek keaslian");
        assertThat(check.getTarget()).hasValue("_blank");
    }
}
