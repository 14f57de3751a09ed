package id.loket.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * End-to-end tests: the whole app on a random port, driven in Debian's headless Chromium (never a browser
 * that Playwright downloads). CHROMIUM_PATH overrides /usr/bin/chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// a test class with its own properties starts its own context, which takes the global security holder
@org.springframework.test.context.TestExecutionListeners(listeners = id.loket.CurrentContextSecurity.class,
        mergeMode = org.springframework.test.context.TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class BrowserTestBase {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    private final List<BrowserContext> contexts = new java.util.ArrayList<>();

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(chromium))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** A fresh browser (own cookies), as a second officer at another desk would have. */
    protected Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)
                .setLocale("id-ID"));
        context.setDefaultTimeout(15_000);
        contexts.add(context);
        return context.newPage();
    }

    Page loginAs(String username, String password) {
        Page page = newPage();
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
        return page;
    }

    /**
     * Opens the board looking for one card, as an officer does on a busy day (a column shows only what fits).
     * Card locators add {@code :visible}: a grid keeps rows it emptied, hidden, for reuse.
     */
    protected void openBoard(Page page, String number) {
        page.navigate(url("papan"));
        page.locator("#board-search input").fill(number);
    }

    protected Page loginAs(String username) {
        Page page = loginAs(username, "loket123");
        page.waitForSelector("#home-view");
        return page;
    }

    /** A card on the board, visible (a grid keeps rows it emptied, hidden, for reuse). */
    protected static Locator boardCard(Page page, String column, String number) {
        return page.locator("#board-column-" + column + " .card[data-number='" + number + "']:visible");
    }

    /** Types into a combo box that searches on the server and picks the item. */
    protected static void pick(Page page, String comboId, String typed, String item) {
        page.locator("#" + comboId + " input").fill(typed);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
        PlaywrightAssertions.assertThat(page.locator("#" + comboId + " input")).hasValue(item);
    }

    protected static void select(Page page, String selectId, String item) {
        page.locator("#" + selectId).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }

    /** Sets a date picker as the browser would after a pick (ISO date). */
    protected static void date(Page page, String pickerId, String iso) {
        page.locator("#" + pickerId).evaluate(
                "(el, v) => { el.value = v; el.dispatchEvent(new CustomEvent('change', {bubbles: true})); }", iso);
    }
}
