package id.loket.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.loket.Officers;
import id.loket.workflow.Applications;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Steps 4 and 5 in the browser: data entry with a cascading region pick, then the verifier's diff. */
class FamilyE2ETest extends BrowserTestBase {

    @Autowired Applications applications;
    @Autowired Officers officers;

    @Test
    void the_operator_enters_a_family_with_a_cascading_region_pick_and_the_verifier_approves_the_diff() {
        // a NIK no other test's approved family holds (CI shares one database): the rule "one active KK per NIK" holds
        UUID id = applications.registered("NEW_FAMILY", "Made Suardana");
        applications.siakVerified(id);
        applications.next(id, "loket");
        String number = applications.card(id).registrationNumber();

        Page operator = loginAs("operator");
        operator.navigate(url("papan"));
        // a busy board shows only what fits: look the card up as an officer would
        operator.locator("#board-search input").fill(number);
        operator.locator("#board-column-DATA_ENTRY .card[data-number='" + number + "']:visible .card-work").click();
        operator.waitForSelector("#family-entry-view");
        // prefilled from SIAK's answer at step 3; this applicant's household is a new one: start the members afresh
        assertThat(operator.locator("#family-entry-view")).containsText("Data awal diambil dari SIAK");
        assertThat(operator.locator("#family-members")).containsText("SITI NUR'AINI");
        // (a grid keeps emptied rows hidden for reuse: only visible buttons count)
        Locator remove = operator.locator("#family-members vaadin-button:visible").filter(new Locator.FilterOptions().setHasText("Hapus"));
        while (remove.count() > 0) {
            remove.first().click();
            operator.waitForTimeout(200);
        }

        operator.locator("#family-address input").fill("Jl. Raya Pondok Rajeg No. 7");
        operator.locator("#family-rt input").fill("2");
        operator.locator("#family-rw input").fill("5");
        pick(operator, "family-province", "jawa bar", "Jawa Barat");
        pick(operator, "family-regency", "kabupaten bog", "Kabupaten Bogor");
        pick(operator, "family-district", "cibinong", "Cibinong");
        pick(operator, "family-village", "rajeg", "Pondok Rajeg");
        operator.locator("#family-postal-code input").fill("16914");

        operator.locator("#family-add-member").click();
        operator.locator("#member-name input").fill("Made Suardana");
        operator.locator("#member-nik input").fill("3201011208880099");
        select(operator, "member-sex", "Laki-laki");
        operator.locator("#member-birth-place input").fill("Denpasar");
        date(operator, "member-birth-date", "1988-08-12");
        select(operator, "member-religion", "Hindu");
        select(operator, "member-education", "Diploma IV/Strata I");
        select(operator, "member-occupation", "KARYAWAN SWASTA");
        select(operator, "member-marital-status", "Belum Kawin");
        select(operator, "member-relationship", "Kepala Keluarga");
        select(operator, "member-citizenship", "Warga Negara Indonesia");
        operator.locator("#member-ok").click();
        assertThat(operator.locator("#family-members")).containsText("Made Suardana");

        // a wrong NIK date is explained and nothing is submitted
        operator.locator("#family-members vaadin-button:visible").first().click();
        operator.locator("#member-nik input").fill("3201011308880099");
        operator.locator("#member-ok").click();
        operator.locator("#family-submit").click();
        // a short summary on top says where; the rule itself is on the field
        assertThat(operator.locator("#family-error-summary")).containsText("Anggota 1 (1 masalah)");
        operator.locator("#family-members vaadin-button:visible").first().click();
        assertThat(operator.locator("#member-nik")).containsText("tanggal lahir pada NIK tidak sesuai");
        operator.locator("#member-nik input").fill("3201011208880099");
        operator.locator("#member-ok").click();
        operator.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/family-entry.png")).setFullPage(true));
        operator.locator("#family-submit").click();
        operator.waitForSelector("#board-view");
        operator.locator("#board-search input").fill(number);
        assertThat(operator.locator("#board-column-VERIFICATION .card[data-number='" + number + "']:visible")).isVisible();

        Page verifier = loginAs("kasi");
        verifier.navigate(url("papan"));
        verifier.locator("#board-search input").fill(number);
        verifier.locator("#board-column-VERIFICATION .card[data-number='" + number + "']:visible .card-work").click();
        verifier.waitForSelector("#verification-view");
        assertThat(verifier.locator("#verification-view")).containsText("Made Suardana");
        // the verifier sees the registration number and the very field the NIK rules guard
        assertThat(verifier.locator("#verify-title")).containsText(number);
        assertThat(verifier.locator("#verification-view")).containsText("NIK 3201011208880099");
        assertThat(verifier.locator("#verification-view")).containsText("anggota baru");
        assertThat(verifier.locator("#verification-view")).containsText("dikeluarkan");
        assertThat(verifier.locator("#diff-header")).containsText("Pondok Rajeg");
        verifier.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/verification-diff.png")).setFullPage(true));
        verifier.locator("#verify-approve").click();
        verifier.waitForSelector("#board-view");
        verifier.locator("#board-search input").fill(number);
        assertThat(verifier.locator("#board-column-SIGNING .card[data-number='" + number + "']:visible")).isVisible();
    }
}
