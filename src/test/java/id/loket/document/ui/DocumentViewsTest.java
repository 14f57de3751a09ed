package id.loket.document.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.document.DocumentInfo;
import id.loket.document.DocumentService;
import id.loket.workflow.Applications;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@LoketIntegrationTest
class DocumentViewsTest extends SpringBrowserlessTest {

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired DocumentService documents;

    private UUID signed() {
        UUID id = applications.atSigning();
        applications.next(id, "tte");
        return id;
    }

    @Test
    @WithUserDetails("ambil")
    void a_bad_recipient_nik_is_refused_in_indonesian_and_nothing_is_handed_over() {
        UUID id = signed();
        officers.run("ambil", () -> documents.print(documents.current(id).orElseThrow().id()));
        navigate("penyerahan/" + id, HandoverView.class);
        assertThat(find(Span.class).id("document-print-count").getText()).endsWith("1");
        assertThat(find(Div.class).id("document-dev-warning").getText()).contains("SERTIFIKAT PENGEMBANGAN");
        assertThat(find(Anchor.class).id("document-print").getText()).contains("Cetak ulang");

        test(find(TextField.class).id("document-recipient-nik")).setValue("12345");
        test(find(Button.class).id("document-handover")).click();
        assertThat(applications.card(id).stepCode()).isEqualTo("HANDOVER");
        assertThat(officers.as("ambil", () -> documents.current(id)).orElseThrow().handedOverAt()).isNull();

        test(find(TextField.class).id("document-recipient")).setValue("Siti Nur'aini");
        test(find(TextField.class).id("document-recipient-nik")).setValue("3201014503900001");
        test(find(Button.class).id("document-handover")).click();
        assertThat(find(Paragraph.class).id("document-handed-over").getText())
                .startsWith("Diserahkan kepada Siti Nur'aini (NIK 3201********0001)");
    }

    @Test
    @WithUserDetails("tte")
    void the_signer_must_confirm_the_preview_before_signing_and_the_card_moves_on_once() {
        UUID id = applications.atSigning();
        navigate("tte/" + id, SigningView.class);
        Button sign = find(Button.class).id("document-sign");
        assertThat(sign.isEnabled()).isFalse();
        test(find(com.vaadin.flow.component.checkbox.Checkbox.class).id("document-checked")).click();
        assertThat(sign.isEnabled()).isTrue();
        test(sign).click();
        assertThat(find(Paragraph.class).id("document-signed-info").getText()).contains("3201010101150007");
        assertThat(applications.card(id).stepCode()).isEqualTo("HANDOVER");
        assertThat(officers.as("ambil", () -> documents.history(id))).hasSize(1);
    }

    @Test
    void the_public_page_says_authentic_for_the_qr_address_and_not_found_for_a_wrong_one() {
        UUID id = signed();
        DocumentInfo info = officers.as("ambil", () -> documents.current(id).orElseThrow());
        navigate(info.verificationPath(), PublicVerificationView.class);
        assertThat(find(Div.class).id("verify-verdict").getElement().getTextRecursively()).startsWith("ASLI dan BERLAKU");
        assertThat(find(Span.class).id("verify-kk-number").getText()).endsWith("3201********0007");

        navigate("cek-kk/" + info.id() + "/ffffffffffff", PublicVerificationView.class);
        assertThat(find(Div.class).id("verify-verdict").getElement().getTextRecursively()).startsWith("Dokumen tidak ditemukan");
    }
}
