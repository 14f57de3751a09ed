package id.loket.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.loket.Officers;
import id.loket.document.PdfTools;
import id.loket.workflow.ApplicationStatus;
import id.loket.workflow.Applications;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Steps 6 and 7 in the browser: preview and sign, print, hand over, then a citizen checks the KK without login. */
class DocumentE2ETest extends BrowserTestBase {

    /** Screens kept for a human to look at after a run. */
    private static final Path SHOTS = Path.of("target", "e2e-shots");

    @Autowired Applications applications;
    @Autowired Officers officers;

    @Test
    void the_signer_signs_the_pickup_officer_prints_and_hands_over_and_anyone_can_verify_the_kk() throws Exception {
        UUID id = applications.atSigning();
        String number = applications.card(id).registrationNumber();

        // step 6: from the board's "Kerjakan" to the preview, then sign
        Page signer = loginAs("tte");
        openBoard(signer, number);
        signer.locator("#board-column-SIGNING .card[data-number='" + number + "']:visible .card-work").click();
        signer.waitForSelector("#signing-view");
        assertThat(signer.locator("#document-dev-warning")).containsText("SERTIFIKAT PENGEMBANGAN");
        String previewSrc = signer.locator("#document-preview").getAttribute("src");
        APIResponse preview = signer.request().get(url(previewSrc));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(new String(preview.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // the browser shows the preview in its frame (a frame refused by the server ends as chrome-error://)
        // the header must be there (no default): other sites may not frame the KK, Loket's own page may
        assertThat(preview.headers().get("x-frame-options")).isEqualToIgnoringCase("SAMEORIGIN");
        signer.waitForCondition(() -> signer.frames().stream().anyMatch(f -> f.url().contains("VAADIN/dynamic")));
        assertThat(signer.frames()).noneMatch(f -> f.url().startsWith("chrome-error"));
        assertThat(signer.locator("#document-sign")).isDisabled();
        signer.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("tte.png")));
        signer.locator("#document-checked").click();
        signer.locator("#document-sign").click();
        assertThat(signer.locator("#document-signed-info")).containsText("3201010101150007");
        assertThat(signer.locator("#document-signed-info")).containsText("Rina Marlina");
        String verifyPath = signer.locator("#document-verify-link").getAttribute("href");
        assertThat(applications.card(id).stepCode()).isEqualTo("HANDOVER");

        // step 7: print (the signed file itself), then record the recipient
        Page pickup = loginAs("ambil");
        openBoard(pickup, number);
        pickup.locator("#board-column-HANDOVER .card[data-number='" + number + "']:visible .card-work").click();
        pickup.waitForSelector("#handover-view");
        assertThat(pickup.locator("#document-kk-number")).containsText("3201010101150007");
        assertThat(pickup.locator("#document-print-count")).hasText(java.util.regex.Pattern.compile(".*: 0$"));
        // handing over before printing is refused and changes nothing
        pickup.locator("#document-recipient-nik input").fill("3201011208880003");
        pickup.locator("#document-handover").click();
        assertThat(pickup.locator("#loket-notification-card, vaadin-notification-card").first())
                .containsText("Cetak KK terlebih dahulu");
        String printHref = pickup.locator("#document-print").getAttribute("href");
        APIResponse printed = pickup.request().get(url(printHref));
        byte[] pdf = printed.body();
        assertThat(printed.headers().get("content-type")).startsWith("application/pdf");
        assertThat(PdfTools.pdfsig(pdf)).contains("Signature is Valid.");
        // the QR code carries the address the signer's browser used (no public URL is configured in tests)
        assertThat(PdfTools.qr(pdf)).isEqualTo(url(verifyPath));
        assertThat(pickup.locator("#document-print-count")).hasText(java.util.regex.Pattern.compile(".*: 1$"));
        pickup.locator("#document-recipient input").fill("Ahmad Fauzi");
        pickup.locator("#document-recipient-nik input").fill("3201011208880003");
        pickup.locator("#document-handover").click();
        assertThat(pickup.locator("#document-handed-over")).containsText("Ahmad Fauzi");
        assertThat(pickup.locator("#document-handed-over")).containsText("3201********0003");
        assertThat(applications.card(id).status()).isEqualTo(ApplicationStatus.DONE);
        pickup.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("penyerahan.png")));

        // a citizen scans the QR code: no login, no member data
        Page citizen = newPage();
        citizen.navigate(url(verifyPath));
        assertThat(citizen.locator("#verify-result #verify-verdict")).containsText("ASLI dan BERLAKU");
        assertThat(citizen.locator("#verify-kk-number")).containsText("3201********0007");
        assertThat(citizen.locator("#public-verify-view")).not().containsText("AHMAD");

        // ... and uploads the file: the real one is authentic, one changed byte is not
        citizen.locator("#verify-upload input[type=file]").setInputFiles(
                new FilePayload("kk.pdf", "application/pdf", pdf));
        assertThat(citizen.locator("#verify-upload-result #verify-verdict")).containsText("ASLI dan BERLAKU");
        byte[] tampered = PdfTools.tampered(pdf);
        citizen.locator("#verify-upload input[type=file]").setInputFiles(
                new FilePayload("kk-ubah.pdf", "application/pdf", tampered));
        assertThat(citizen.locator("#verify-upload-result #verify-verdict")).containsText("TIDAK ASLI");
        citizen.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("cek-kk.png")).setFullPage(true));
    }
}
