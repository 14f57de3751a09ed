package id.loket.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.queue.QueueService;
import id.loket.queue.QueueService.TicketRow;
import id.loket.queue.TicketStatus;
import id.loket.workflow.Applications;
import id.loket.workflow.IntakeInvalid;
import id.loket.workflow.WorkflowService;
import id.loket.workflow.WorkflowService.IntakeForm;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 12.7: intake reports every broken field at once, on the field, with a short summary, keeping what was typed. */
@LoketIntegrationTest
class IntakeViewTest extends SpringBrowserlessTest {

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired WorkflowService workflow;
    @Autowired QueueService queue;

    @Test
    void the_service_names_every_broken_field_at_once() {
        TicketRow ticket = applications.calledTicket("BIRTH");
        assertThatThrownBy(() -> officers.run("fo", () -> workflow.completeIntake(new IntakeForm(ticket.id(), "R2D2",
                "1234", "12345", "NO_SUCH_TYPE", Set.of()))))
                .isInstanceOfSatisfying(IntakeInvalid.class, e -> {
                    assertThat(e.fields()).containsOnlyKeys("name", "nik", "phone", "type");
                    assertThat(e.fields().get("phone").messageKey()).isEqualTo("workflow.error.phone");
                    assertThat(e.fields().get("nik").messageKey()).startsWith("nik.error.");
                });
        assertThat(officers.as("fo", () -> queue.ticket(ticket.id())).status()).isEqualTo(TicketStatus.CALLED);
    }

    @Test
    @WithUserDetails("fo")
    void each_broken_field_is_marked_with_a_summary_on_top_and_typed_values_stay() {
        TicketRow ticket = applications.calledTicket("BIRTH");
        navigate("penerimaan/" + ticket.id(), IntakeView.class);
        TextField name = find(TextField.class).id("intake-name");
        TextField nik = find(TextField.class).id("intake-nik");
        TextField phone = find(TextField.class).id("intake-phone");
        assertThat(name.isRequiredIndicatorVisible()).isTrue();
        test(name).setValue("R2D2");
        test(nik).setValue(Applications.NIK);
        test(phone).setValue("12345");
        test(find(Button.class).id("intake-submit")).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isNotBlank();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isNotBlank();
        assertThat(nik.isInvalid()).isFalse();
        Div summary = find(Div.class).id("intake-summary");
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getElement().getTextRecursively()).startsWith("Berkas belum dapat diproses")
                .contains("Nama pemohon").contains("Nomor telepon").doesNotContain("NIK:");
        assertThat(name.getValue()).isEqualTo("R2D2");
        assertThat(phone.getValue()).isEqualTo("12345");
        assertThat(nik.getValue()).isEqualTo(Applications.NIK);

        // corrected: the marks go and the file is registered
        test(name).setValue("Ni Kadek Ayu");
        test(phone).setValue("081234567890");
        test(find(Button.class).id("intake-submit")).click();
        assertThat(find(Div.class).id("intake-result").getElement().getTextRecursively()).contains("Berkas");

        // no document ticked: the returned slip carries its reference and a QR code to the public status page, where
        // the missing documents are listed (issue 15)
        Div tracking = find(Div.class).id("intake-tracking");
        assertThat(tracking.getElement().getTextRecursively()).containsPattern("nomor PUSAT-\\d{8}-KK-\\d{3}")
                .containsPattern("/status\\?nomor=PUSAT-\\d{8}-KK-\\d{3}");
        com.vaadin.flow.component.html.Image qr = (com.vaadin.flow.component.html.Image) tracking.getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.html.Image).findFirst().orElseThrow();
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
    }
}
