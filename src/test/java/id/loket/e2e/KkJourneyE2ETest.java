package id.loket.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import id.loket.document.PdfTools;
import id.loket.siak.internal.HttpSiakGateway;
import id.loket.siak.internal.SiakSimulator;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole KK journey as the office walks it, in one run: kiosk -> front office -> SIAK check while SIAK is down
 * and after it is back -> data entry -> verification -> TTE -> print -> handover -> a citizen's public check. The
 * family is one SIAK does not know (an application to add a child to an existing KK): the old KK number must
 * survive to the printed KK, and the counter officer's note must reach data entry and verification.
 */
class KkJourneyE2ETest extends BrowserTestBase {

    private static final Path SHOTS = Path.of("target", "e2e-shots", "journey");
    /** In the simulator's "not found" list (README). */
    private static final String UNKNOWN_NIK = "3201010101900002";
    /** The KK the family handed in: district 32.01.01, registered 20-03-2015, serial 0042. */
    private static final String OLD_KK = "3201012003150042";
    /** The new child: born 15-06-2024, a girl (+40 on the day). */
    private static final String CHILD_NIK = "3201015506240091";

    @Autowired SiakSimulator simulator;
    @Autowired HttpSiakGateway gateway;

    @AfterEach
    void siakBack() {
        simulator.up();
        gateway.reset();
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static void member(Page page, String name, String nik, String sex, String birthDate, String marital,
                               String relationship) {
        page.locator("#family-add-member").click();
        page.locator("#member-name input").fill(name);
        page.locator("#member-nik input").fill(nik);
        select(page, "member-sex", sex);
        page.locator("#member-birth-place input").fill("Bogor");
        date(page, "member-birth-date", birthDate);
        select(page, "member-religion", "Islam");
        select(page, "member-education", relationship.equals("Anak") ? "Tidak/Belum Sekolah" : "SLTA/Sederajat");
        select(page, "member-occupation", relationship.equals("Anak") ? "BELUM/TIDAK BEKERJA" : "WIRASWASTA");
        select(page, "member-marital-status", marital);
        select(page, "member-relationship", relationship);
        select(page, "member-citizenship", "Warga Negara Indonesia");
        page.locator("#member-father input").fill(relationship.equals("Anak") ? "Bagus Santoso" : "Slamet");
        page.locator("#member-mother input").fill(relationship.equals("Anak") ? "Rahayu" : "Sumiati");
        page.locator("#member-ok").click();
    }

    @Test
    void a_family_siak_does_not_know_goes_from_the_kiosk_to_the_public_check_through_a_siak_outage_and_keeps_its_kk_number()
            throws Exception {
        // the applicant takes a number at the kiosk: a child is added to the family's existing KK
        Page kiosk = newPage();
        kiosk.navigate(url("kios"));
        kiosk.locator("#kiosk-type-BIRTH").click();
        String ticket = kiosk.locator("#ticket-number").textContent().trim();

        // the front office calls exactly this number (others may be waiting) and takes the complete file
        Page fo = loginAs("fo");
        fo.navigate(url("antrian/panggil"));
        fo.locator("#queue-call-" + ticket).click();
        fo.locator("#queue-intake-" + ticket).click();
        fo.locator("#intake-name input").fill("Bagus Santoso");
        fo.locator("#intake-nik input").fill(UNKNOWN_NIK);
        fo.locator("#intake-phone input").fill("081298765432");
        Locator documents = fo.locator("#intake-documents vaadin-checkbox");
        for (int i = 0; i < documents.count(); i++) {
            documents.nth(i).click();
        }
        fo.locator("#intake-submit").click();
        assertThat(fo.locator("#intake-result")).containsText("Berkas lengkap");
        String number = fo.locator("#intake-registration").textContent().trim();

        // step 3 while SIAK is down: the NIK intake took is already there; the lookup waits, the bar says so
        simulator.down();
        Page counter = loginAs("loket");
        openBoard(counter, number);
        boardCard(counter, "SIAK_CHECK", number).locator(".card-work").click();
        assertThat(counter.locator("#siak-nik input")).hasValue(Pattern.compile(UNKNOWN_NIK.substring(0, 4) + ".*"));
        counter.locator("#siak-search").click();
        assertThat(counter.locator("#siak-pending")).containsText("SIAK belum menjawab");
        assertThat(counter.locator("#siak-status")).not().containsText("SIAK terhubung");
        assertThat(counter.locator("#siak-match")).isDisabled();
        // asking SIAK was his first change: the card is now his
        assertThat(counter.locator("#work-holder")).containsText("Dipegang oleh Anda");
        shot(counter, "1-siak-down");

        // SIAK is back: the answer lands by itself; it does not know the NIK, so "Cocok" stays off and says why
        simulator.up();
        assertThat(counter.locator("#siak-result")).containsText("NIK tidak ditemukan di SIAK");
        assertThat(counter.locator("#siak-match")).isDisabled();
        assertThat(counter.locator("#siak-match-reason")).containsText("SIAK tidak menemukan NIK ini");
        counter.locator("#siak-note textarea, #siak-note input").first()
                .fill("Tidak ada di SIAK; pemohon membawa KK lama " + OLD_KK);
        counter.locator("#siak-mismatch").click();
        shot(counter, "2-siak-mismatch");
        counter.locator("#siak-back").click();
        counter.locator("#board-search input").fill(number);
        boardCard(counter, "SIAK_CHECK", number).locator(".card-next").click();
        assertThat(boardCard(counter, "DATA_ENTRY", number)).isVisible();

        // step 4: no SIAK data, the counter's note in view; the operator types the family from the file
        Page operator = loginAs("operator");
        openBoard(operator, number);
        boardCard(operator, "DATA_ENTRY", number).locator(".card-work").click();
        operator.waitForSelector("#family-entry-view");
        assertThat(operator.locator("#family-baseline")).containsText("Belum ada data SIAK");
        assertThat(operator.locator("#family-siak-note")).containsText(OLD_KK);
        operator.locator("#family-kk-number input").fill(OLD_KK);
        operator.locator("#family-address input").fill("Kp. Babakan RT 3 No. 12");
        operator.locator("#family-rt input").fill("3");
        operator.locator("#family-rw input").fill("7");
        pick(operator, "family-province", "jawa bar", "Jawa Barat");
        pick(operator, "family-regency", "kabupaten bog", "Kabupaten Bogor");
        pick(operator, "family-district", "cibinong", "Cibinong");
        pick(operator, "family-village", "rajeg", "Pondok Rajeg");
        operator.locator("#family-postal-code input").fill("16914");
        member(operator, "Bagus Santoso", UNKNOWN_NIK, "Laki-laki", "1990-01-01", "Cerai Mati", "Kepala Keluarga");
        // the child's NIK is typed with the wrong day: the draft still saves, with the problem on the field
        member(operator, "Putri Santoso", "3201011506240091", "Perempuan", "2024-06-15", "Belum Kawin", "Anak");
        operator.locator("#family-save").click();
        assertThat(operator.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Draf tersimpan;"))).isVisible();
        assertThat(operator.locator("#family-error-summary")).isVisible();
        assertThat(operator.locator("#family-address")).not().hasAttribute("invalid", "");
        shot(operator, "3-draft-with-a-problem");

        // reopening the screen shows everything typed
        operator.reload();
        operator.waitForSelector("#family-entry-view");
        assertThat(operator.locator("#family-members")).containsText("Putri Santoso");
        assertThat(operator.locator("#family-kk-number input")).hasValue(OLD_KK);
        operator.locator("#family-members vaadin-button:visible").filter(new Locator.FilterOptions().setHasText("Ubah"))
                .nth(1).click();
        operator.locator("#member-nik input").fill(CHILD_NIK);
        operator.locator("#member-ok").click();
        operator.locator("#family-submit").click();
        operator.waitForSelector("#board-view");

        // step 5: the verifier sees the registration number, every NIK and the counter's note
        Page verifier = loginAs("kasi");
        openBoard(verifier, number);
        boardCard(verifier, "VERIFICATION", number).locator(".card-work").click();
        verifier.waitForSelector("#verification-view");
        assertThat(verifier.locator("#verify-title")).containsText(number);
        assertThat(verifier.locator("#verification-view")).containsText(CHILD_NIK);
        assertThat(verifier.locator("#verification-view")).containsText(UNKNOWN_NIK);
        assertThat(verifier.locator("#verify-siak-note")).containsText(OLD_KK);
        shot(verifier, "4-verification");
        verifier.locator("#verify-approve").click();
        verifier.waitForSelector("#board-view");

        // step 6: the KK keeps the family's number (adding a child changes an existing KK)
        Page signer = loginAs("tte");
        openBoard(signer, number);
        boardCard(signer, "SIGNING", number).locator(".card-work").click();
        signer.waitForSelector("#signing-view");
        signer.locator("#document-checked").click();
        signer.locator("#document-sign").click();
        assertThat(signer.locator("#document-signed-info")).containsText(OLD_KK);

        // step 7: print, hand over, and the pickup officer's link to the public check
        Page pickup = loginAs("ambil");
        openBoard(pickup, number);
        boardCard(pickup, "HANDOVER", number).locator(".card-work").click();
        pickup.waitForSelector("#handover-view");
        APIResponse printed = pickup.request().get(url(pickup.locator("#document-print").getAttribute("href")));
        byte[] pdf = printed.body();
        assertThat(PdfTools.pdfsig(pdf)).contains("Signature is Valid.");
        assertThat(PdfTools.text(pdf)).contains(OLD_KK).containsIgnoringCase("Putri Santoso");
        pickup.locator("#document-recipient input").fill("Bagus Santoso");
        pickup.locator("#document-recipient-nik input").fill(UNKNOWN_NIK);
        pickup.locator("#document-handover").click();
        assertThat(pickup.locator("#document-handed-over")).containsText("Bagus Santoso");
        String checkPath = pickup.locator("#document-check-link").getAttribute("href");
        shot(pickup, "5-handed-over");

        // a citizen checks the KK in hand: authentic and in force; a changed file is not
        Page citizen = newPage();
        citizen.navigate(checkPath.startsWith("http") ? checkPath : url(checkPath.replaceFirst("^/", "")));
        assertThat(citizen.locator("#verify-result #verify-verdict")).containsText("ASLI dan BERLAKU");
        citizen.locator("#verify-upload input[type=file]").setInputFiles(
                new FilePayload("kk.pdf", "application/pdf", PdfTools.tampered(pdf)));
        assertThat(citizen.locator("#verify-upload-result #verify-verdict")).containsText("TIDAK ASLI");
        shot(citizen, "6-public-check");
    }
}
