package id.loket.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.loket.Officers;
import id.loket.population.Families;
import id.loket.skm.SkmElement;
import id.loket.workflow.Applications;
import id.loket.workflow.CardRow;
import id.loket.workflow.WorkflowService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 15's citizen journey in one run: book a slot on the public page -> the booking code at the kiosk becomes a
 * B- number -> the front office calls it and takes the file -> the card goes to the pickup counter -> "KK siap
 * diambil" reaches the notification simulator and the public status page -> handover -> the survey from the
 * handover screen -> the Kepala Dinas dashboard counts the respondent. The citizen's pages, the call screen, intake,
 * the pickup counter, the simulator's page and the dashboard are driven in the browser; steps 3-6 go through the
 * services as in {@link DocumentE2ETest} (the KK journey walks them in the browser already).
 * <p>
 * Slots are opened round the clock and a booking may be checked in a day ahead, so the run works at any hour: it
 * books the next open slot of today (or of the next open day) and the kiosk takes it within the {@code early} window.
 */
@TestPropertySource(properties = {
        "loket.queue.booking.first-slot=00:00",
        "loket.queue.booking.last-slot=23:30",
        "loket.queue.booking.early=3000m"
})
class CitizenJourneyE2ETest extends BrowserTestBase {

    private static final Path SHOTS = Path.of("target", "e2e-shots", "citizen");
    private static final String PHONE = "0813 5566 7788";
    private static final String PHONE_LAST4 = "7788";
    private static final String TYPE = "Penambahan anak (kelahiran)";

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired WorkflowService workflow;

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Picks the day's first open half hour; false when the day is closed or every slot is past or full. */
    private static boolean firstOpenSlot(Page page, LocalDate day) {
        date(page, "booking-day", day.toString());
        // the slot list of the previous day must not be read: wait until the server answered the new day
        page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        Locator slot = page.locator("#booking-slot");
        Locator dayField = page.locator("#booking-day");
        page.waitForCondition(() -> slot.getAttribute("disabled") == null || dayField.getAttribute("invalid") != null);
        if (slot.getAttribute("disabled") != null) {
            return false;
        }
        slot.click();
        Locator open = page.locator("vaadin-select-item[role=option]:not([disabled]):visible");
        page.locator("vaadin-select-item[role=option]:visible").first().waitFor();
        if (open.count() == 0) {
            page.keyboard().press("Escape");
            return false;
        }
        open.first().click();
        return true;
    }

    /** The simulator's page is a snapshot: refresh until the message arrived (the sender runs every 200 ms). */
    private static void waitForMessage(Page admin, String text) {
        Locator received = admin.locator("#notification-received");
        for (int i = 0; i < 50; i++) {
            if (received.textContent().contains(text)) {
                return;
            }
            admin.waitForTimeout(300);
            admin.locator("#notification-refresh").click();
        }
        assertThat(received).containsText(text);
    }

    private String respondents(Page kadis) {
        kadis.navigate(url("dasbor"));
        return kadis.locator("#dashboard-office-skm-respondents-value").textContent().trim();
    }

    @Test
    void a_citizen_books_takes_a_booked_number_follows_the_status_until_pickup_and_rates_the_service() {
        // the Kepala Dinas's SKM figures before (the demo may have respondents already)
        Page kadis = loginAs("kadis");
        int before = Integer.parseInt(respondents(kadis).replaceAll("\\D", ""));
        String indexBefore = kadis.locator("#dashboard-office-skm-ikm-value").textContent().trim();

        // 1. the citizen books the next open half hour on the public page, no login
        Page citizen = newPage();
        citizen.navigate(url("booking"));
        select(citizen, "booking-type", TYPE);
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        int tries = 0;
        while (!firstOpenSlot(citizen, day)) {
            day = day.plusDays(1);
            assertThat(++tries).as("an open slot within a week").isLessThan(7);
        }
        citizen.locator("#booking-phone input").fill(PHONE);
        citizen.locator("#booking-submit").click();
        assertThat(citizen.locator("#booking-code")).isVisible();
        String code = citizen.locator("#booking-code").textContent().trim();
        assertThat(code).isNotBlank();
        shot(citizen, "1-booked");

        // 2. at the kiosk on the day: "Punya kode booking?" -> the code becomes a booked number
        Page kiosk = newPage();
        kiosk.navigate(url("kios"));
        kiosk.locator("#kiosk-have-code").click();
        kiosk.locator("#kiosk-code input").fill(code.toLowerCase());
        kiosk.locator("#kiosk-code-submit").click();
        assertThat(kiosk.locator("#ticket-number")).hasText(Pattern.compile("B-\\d{3}"));
        String ticket = kiosk.locator("#ticket-number").textContent().trim();
        assertThat(kiosk.locator("#kiosk-ticket")).containsText(TYPE);
        shot(kiosk, "2-kiosk-ticket");
        // the same code does not give a second number
        kiosk.locator("#kiosk-done").click();
        kiosk.locator("#kiosk-have-code").click();
        kiosk.locator("#kiosk-code input").fill(code);
        kiosk.locator("#kiosk-code-submit").click();
        assertThat(kiosk.locator("#kiosk-code")).hasAttribute("invalid", "");

        // 3. the front office calls the booked number and takes the complete file
        Page fo = loginAs("fo");
        fo.navigate(url("antrian/panggil"));
        fo.locator("#queue-call-" + ticket).click();
        fo.locator("#queue-intake-" + ticket).click();
        fo.locator("#intake-name input").fill("Ahmad Fauzi");
        fo.locator("#intake-nik input").fill(Applications.NIK);
        fo.locator("#intake-phone input").fill(PHONE);
        Locator documents = fo.locator("#intake-documents vaadin-checkbox");
        for (int i = 0; i < documents.count(); i++) {
            documents.nth(i).click();
        }
        fo.locator("#intake-submit").click();
        assertThat(fo.locator("#intake-result")).containsText("Berkas lengkap");
        String number = fo.locator("#intake-registration").textContent().trim();
        shot(fo, "3-intake");

        // the status page already knows it: in progress, no name
        Page status = newPage();
        status.navigate(url("status"));
        status.locator("#tracking-number input").fill(number);
        status.locator("#tracking-phone input").fill(PHONE_LAST4);
        status.locator("#tracking-check").click();
        assertThat(status.locator("#tracking-state")).containsText(number);
        assertThat(status.locator("#tracking-state")).not().containsText("Siap diambil");

        // 4. steps 3-6 as their officers do them (SIAK match, family entry, verification, TTE)
        UUID id = officers.as("fo", () -> workflow.board()).stream()
                .filter(c -> number.equals(c.registrationNumber())).map(CardRow::id).findFirst().orElseThrow();
        applications.siakVerified(id);
        applications.next(id, "loket");
        applications.next(id, "operator");
        applications.next(id, "kasi");
        applications.next(id, "tte");
        Page pickup = loginAs("ambil");
        openBoard(pickup, number);
        assertThat(boardCard(pickup, "HANDOVER", number)).isVisible();

        // 5. "KK siap diambil" reached the SMS/WhatsApp simulator ...
        Page admin = loginAs("admin");
        admin.navigate(url("admin/notifikasi"));
        waitForMessage(admin, "siap diambil");
        assertThat(admin.locator("#notification-received")).containsText(number);
        shot(admin, "4-simulator");
        // ... and the citizen's status page says so, with the pickup hours
        status.locator("#tracking-check").click();
        assertThat(status.locator("#tracking-state")).containsText("Siap diambil");
        assertThat(status.locator("#tracking-pickup-hours")).isVisible();
        assertThat(status.locator("#tracking-result")).not().containsText("Ahmad");
        assertThat(status.locator("#tracking-result")).not().containsText(Applications.NIK);
        shot(status, "5-status-ready");
        // a wrong phone gives nothing away
        status.locator("#tracking-phone input").fill("0000");
        status.locator("#tracking-check").click();
        assertThat(status.locator("#tracking-not-found")).isVisible();
        assertThat(status.locator("#tracking-result")).not().containsText("Siap diambil");

        // 6. handover at the pickup counter: print, then the recipient; the survey invitation appears
        boardCard(pickup, "HANDOVER", number).locator(".card-work").click();
        pickup.waitForSelector("#handover-view");
        APIResponse printed = pickup.request().get(url(pickup.locator("#document-print").getAttribute("href")));
        assertThat(printed.status()).isEqualTo(200);
        pickup.locator("#document-recipient input").fill(Families.head().fullName());
        pickup.locator("#document-recipient-nik input").fill(Families.head().nik());
        pickup.locator("#document-handover").click();
        assertThat(pickup.locator("#document-handed-over")).containsText(Families.head().fullName());
        assertThat(pickup.locator("#skm-invite-qr")).isVisible();
        String survey = pickup.locator("#skm-invite-link").getAttribute("href");
        shot(pickup, "6-handover");

        // 7. the citizen opens the survey (no login) and rates all nine elements
        Page tablet = newPage();
        tablet.navigate(survey.startsWith("http") ? survey : url(survey.replaceFirst("^/", "")));
        for (SkmElement e : SkmElement.values()) {
            tablet.locator("#skm-survey-" + e.name() + " vaadin-radio-button").nth(3).locator("label").click();
        }
        tablet.locator("#skm-survey-submit").click();
        assertThat(tablet.locator("#skm-survey-message")).containsText("Terima kasih");
        assertThat(tablet.locator("#skm-survey-form")).isHidden();
        shot(tablet, "7-survey");
        // the link is spent: one answer per handover
        tablet.reload();
        assertThat(tablet.locator("#skm-survey-form")).isHidden();

        // 8. the Kepala Dinas's dashboard counts the new respondent, with an index and its grade
        assertThat(respondents(kadis).replaceAll("\\D", "")).isEqualTo(String.valueOf(before + 1));
        assertThat(kadis.locator("#dashboard-office-skm-ikm-value")).hasText(Pattern.compile("\\d+[,.]\\d{2}"));
        assertThat(kadis.locator("#dashboard-office-skm-grade-value")).hasText(Pattern.compile("[A-D] .*"));
        if (before == 0) {
            // the first answer of the day, all "4": the index moves from none to 100,00, grade A
            assertThat(indexBefore).isEqualTo("\u2013");
            assertThat(kadis.locator("#dashboard-office-skm-ikm-value")).hasText("100,00");
            assertThat(kadis.locator("#dashboard-office-skm-grade-value")).hasText(Pattern.compile("A .*"));
        }
        kadis.locator("#dashboard-office-skm").scrollIntoViewIfNeeded();
        shot(kadis, "8-dashboard");
    }
}
