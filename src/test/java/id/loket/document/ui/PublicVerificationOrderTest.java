package id.loket.document.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.document.DocumentInfo;
import id.loket.document.DocumentService;
import id.loket.document.PdfTools;
import id.loket.workflow.Applications;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 12.8: on the QR's page, the verdict on an uploaded (tampered) file is the first one a citizen reads. */
@LoketIntegrationTest
class PublicVerificationOrderTest extends SpringBrowserlessTest {

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;

    /** Verdict boxes in reading order (depth first, as the page lays them out top to bottom). */
    static List<Div> verdicts(Component root) {
        List<Div> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Component c, List<Div> found) {
        if (c instanceof Div d && d.hasClassName("verify-verdict")) {
            found.add(d);
        }
        c.getChildren().forEach(child -> walk(child, found));
    }

    @Test
    void a_tampered_upload_is_read_before_the_green_box_of_the_qr_kk() throws Exception {
        UUID id = applications.atSigning();
        applications.next(id, "tte");
        DocumentInfo info = officers.as("ambil", () -> documents.current(id).orElseThrow());
        byte[] pdf = jdbc.queryForObject("SELECT pdf FROM kk_document_pdf WHERE document_id = ?", byte[].class,
                info.id().toString());

        PublicVerificationView view = navigate(info.verificationPath(), PublicVerificationView.class);
        assertThat(verdicts(view)).hasSize(1);
        assertThat(verdicts(view).getFirst().hasClassName("verify-good")).isTrue();

        test(find(Upload.class).id("verify-upload")).upload("kk.pdf", "application/pdf", PdfTools.tampered(pdf));
        roundTrip();

        List<Div> verdicts = verdicts(view);
        assertThat(verdicts).hasSize(2);
        Div first = verdicts.getFirst();
        assertThat(first.getElement().getTextRecursively()).startsWith("TIDAK ASLI");
        assertThat(first.hasClassName("verify-bad")).isTrue();
        assertThat(view.indexOf(view.uploadResult)).isLessThan(view.indexOf(view.result));
        assertThat(view.uploadResult.getElement().getTextRecursively())
                .startsWith("Hasil pemeriksaan berkas yang Anda unggah");
        assertThat(view.result.getElement().getTextRecursively()).startsWith("KK yang ditunjuk kode QR");
    }
}
