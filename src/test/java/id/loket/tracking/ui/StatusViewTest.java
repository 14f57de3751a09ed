package id.loket.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import id.loket.LoketIntegrationTest;
import id.loket.workflow.Applications;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public status page without a browser: the QR's number filled in, the step shown, a wrong pair "tidak ditemukan". */
@LoketIntegrationTest
class StatusViewTest extends SpringBrowserlessTest {

    @Autowired Applications applications;

    /** As the receipt's QR code opens it: /status?nomor=... */
    private StatusView open(String number) {
        com.vaadin.flow.component.UI.getCurrent().navigate(StatusView.class,
                com.vaadin.flow.router.QueryParameters.of(StatusView.NUMBER_PARAMETER, number));
        return (StatusView) getCurrentView();
    }

    @Test
    void the_qr_link_fills_the_number_and_the_right_digits_show_the_step_without_personal_data() {
        UUID id = applications.registered("BIRTH", "Kartika Sari Dewi");
        String number = applications.card(id).registrationNumber();
        StatusView view = open(number);
        assertThat(view.number.getValue()).isEqualTo(number);
        view.phone.setValue("7890");
        test(view.check).click();
        String shown = view.result.getElement().getTextRecursively();
        assertThat(shown).contains("Tahap 3 dari 7: Verifikasi data ke SIAK").contains("Perkiraan sisa waktu");
        assertThat(shown).doesNotContain("Kartika").doesNotContain(Applications.NIK).doesNotContain("081234567890");
    }

    @Test
    void a_wrong_pair_says_only_not_found() {
        UUID id = applications.registered("BIRTH", "Kartika Sari Dewi");
        String number = applications.card(id).registrationNumber();
        StatusView view = open(number);
        view.phone.setValue("1111");
        test(view.check).click();
        assertThat(view.result.getElement().getTextRecursively()).isEqualTo("Tidak ditemukan.");
        view.number.setValue("PUSAT-20991231-0001");
        view.phone.setValue("7890");
        test(view.check).click();
        assertThat(view.result.getElement().getTextRecursively()).isEqualTo("Tidak ditemukan.");
    }
}
