package id.loket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.loket.catalog.CatalogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12.5: every kiosk button shows its whole label (wrapped, never cut with an ellipsis) at kiosk sizes.
 * Issue 12.8: the board's seven columns fit side by side on a 1366 x 768 office screen, every header seen.
 */
class ScreenFitE2ETest extends BrowserTestBase {

    @Autowired CatalogService catalog;

    private static final String LABELS = """
            buttons => buttons.map(b => {
              const label = b.shadowRoot.querySelector('[part=label]');
              const l = label.getBoundingClientRect(), r = b.getBoundingClientRect();
              return { id: b.id, text: b.textContent.trim(), scrollWidth: label.scrollWidth, clientWidth: label.clientWidth,
                       scrollHeight: label.scrollHeight, clientHeight: label.clientHeight,
                       inside: l.top >= r.top - 0.5 && l.bottom <= r.bottom + 0.5 && l.left >= r.left - 0.5 && l.right <= r.right + 0.5,
                       ellipsis: getComputedStyle(label).textOverflow === 'ellipsis' && getComputedStyle(label).whiteSpace === 'nowrap' };
            })""";

    @Test
    @SuppressWarnings("unchecked")
    void no_kiosk_button_cuts_its_label_at_1024_or_1920_wide() {
        // every application type, and the booking-code entry beside them
        List<String> names = java.util.stream.Stream.concat(
                catalog.catalog().types().stream().map(t -> t.name().in(java.util.Locale.of("id"))),
                java.util.stream.Stream.of("Punya kode booking?")).toList();
        for (int[] size : new int[][] {{1024, 768}, {1920, 1080}}) {
            Page kiosk = newPage();
            kiosk.setViewportSize(size[0], size[1]);
            kiosk.navigate(url("kios"));
            kiosk.waitForSelector(".kiosk-type");
            List<Map<String, Object>> labels = (List<Map<String, Object>>) kiosk.locator(".kiosk-type").evaluateAll(LABELS);
            kiosk.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/kiosk-" + size[0] + ".png")));
            assertThat(labels).extracting(l -> (String) l.get("text")).containsExactlyInAnyOrderElementsOf(names);
            for (Map<String, Object> l : labels) {
                String what = size[0] + "px " + l;
                assertThat(((Number) l.get("scrollWidth")).intValue()).as(what).isLessThanOrEqualTo(((Number) l.get("clientWidth")).intValue());
                assertThat(((Number) l.get("scrollHeight")).intValue()).as(what).isLessThanOrEqualTo(((Number) l.get("clientHeight")).intValue());
                assertThat(l.get("inside")).as(what).isEqualTo(true);
                assertThat(l.get("ellipsis")).as(what).isEqualTo(false);
            }
        }
    }

    @Test
    void all_seven_board_columns_fit_side_by_side_on_a_1366_by_768_screen() {
        Page board = loginAs("kasi");
        board.setViewportSize(1366, 768);
        board.navigate(url("papan"));
        board.waitForSelector("#board .board-column-header");
        Locator headers = board.locator("#board .board-column-header");
        assertThat(headers.count()).isEqualTo(7);
        String fits = "() => { const b = document.querySelector('#board'); return b.scrollWidth <= b.clientWidth + 1; }";
        try {
            board.waitForFunction(fits, null, new Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            // measured below, so the failure says by how much
        }
        Map<?, ?> widths = (Map<?, ?>) board.locator("#board").evaluate(
                "b => ({ scrollWidth: b.scrollWidth, clientWidth: b.clientWidth })");
        System.out.println("board at 1366x768: " + widths);
        board.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/board-1366.png")));
        assertThat(((Number) widths.get("scrollWidth")).intValue()).as("board " + widths)
                .isLessThanOrEqualTo(((Number) widths.get("clientWidth")).intValue() + 1);
        for (int i = 0; i < 7; i++) {
            // no scrolling: each header is on screen as the board opens, not covered by anything
            Map<?, ?> seen = (Map<?, ?>) headers.nth(i).evaluate("""
                    h => { const r = h.getBoundingClientRect();
                           const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                           return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: h.textContent,
                                    onTop: !!at && (h.contains(at) || at.contains(h)) }; }""");
            String what = "header " + i + " " + seen;
            assertThat(((Number) seen.get("left")).doubleValue()).as(what).isGreaterThanOrEqualTo(0);
            assertThat(((Number) seen.get("right")).doubleValue()).as(what).isLessThanOrEqualTo(1366);
            assertThat(((Number) seen.get("top")).doubleValue()).as(what).isGreaterThanOrEqualTo(0);
            assertThat(((Number) seen.get("bottom")).doubleValue()).as(what).isLessThanOrEqualTo(768);
            assertThat(seen.get("onTop")).as(what).isEqualTo(true);
        }
    }
}
