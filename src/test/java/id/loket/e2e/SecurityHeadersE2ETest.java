package id.loket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.HttpHeader;
import com.microsoft.playwright.options.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of page goes out with the same security headers (over real HTTP, as a browser gets them), the
 * session id stays out of addresses, and Vaadin works under the Content-Security-Policy: no violation in
 * Chromium's console on the login, the public pages and the staff pages.
 */
class SecurityHeadersE2ETest extends BrowserTestBase {

    private static final String CSP_START = "default-src 'self';";

    @Test
    void login_public_pages_static_files_and_the_not_found_page_carry_the_security_headers() {
        Page page = newPage();
        for (String path : List.of("login", "kios", "layar", "cek-kk", "pengaduan-publik", "tidak-ada-halaman")) {
            APIResponse response = page.request().get(url(path));
            assertThat(response.status()).as(path).isLessThan(500);
            assertPageHeaders(path, response.headers());
        }
        APIResponse css = page.request().get(url("styles/loket.css"));
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.headers()).as("static file").containsEntry("x-content-type-options", "nosniff")
                .containsKey("cache-control");
        assertThat(css.headers().get("x-frame-options")).isEqualToIgnoringCase("SAMEORIGIN");
        assertThat(css.headers().get("content-security-policy")).startsWith(CSP_START);
    }

    @Test
    void a_staff_page_after_login_carries_the_same_headers() {
        Page page = loginAs("kasi");
        for (String path : List.of("", "papan", "tidak-ada-halaman")) {
            APIResponse response = page.request().get(url(path), RequestOptions.create().setMaxRedirects(0));
            assertThat(response.status()).as(path).isLessThan(300);
            assertPageHeaders(path, response.headers());
        }
    }

    @Test
    void the_redirect_to_the_login_keeps_the_session_id_out_of_the_address_and_the_cookie_is_samesite() {
        Page page = newPage();
        APIResponse redirect = page.request().get(url("papan"), RequestOptions.create().setMaxRedirects(0));
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.headers().get("location")).endsWith("/login").doesNotContainIgnoringCase("jsessionid");
        assertPageHeaders("redirect", redirect.headers());
        List<String> cookies = redirect.headersArray().stream()
                .filter(h -> h.name.equalsIgnoreCase("set-cookie")).map(h -> h.value).toList();
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        // in the browser too: the login page's address has no session id
        Page browser = newPage();
        browser.navigate(url("papan"));
        browser.waitForURL("**/login");
        assertThat(browser.url()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void vaadin_runs_under_the_content_security_policy_without_a_violation() {
        Page visitor = newPage();
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        watchForViolations(visitor, problems);
        for (String path : List.of("login", "kios", "layar", "cek-kk", "pengaduan-publik")) {
            visitor.navigate(url(path));
            visitor.waitForSelector("vaadin-button, vaadin-login-form, vaadin-text-field");
        }
        visitor.navigate(url("tidak-ada-halaman"));
        visitor.waitForSelector("#not-found-view");
        assertThat(visitor.locator("#error-page-title").textContent()).isEqualTo("Halaman tidak ditemukan");

        Page officer = loginAs("kasi");
        watchForViolations(officer, problems);
        officer.navigate(url("papan"));
        officer.waitForSelector("#board-search");
        officer.locator("#board-search input").fill("KK");
        officer.navigate(url("tidak-ada-halaman"));
        officer.waitForSelector("#not-found-view");
        officer.navigate(url("admin/katalog"));
        officer.waitForSelector("#forbidden-view");
        assertThat(officer.locator("#error-page-title").textContent()).isEqualTo("Anda tidak berhak membuka halaman ini");
        officer.waitForTimeout(500); // late console messages (push connection, lazy chunks)

        assertThat(problems).as("CSP violations and script errors").isEmpty();
    }

    private static void watchForViolations(Page page, List<String> errors) {
        page.onConsoleMessage(m -> {
            // a blocked script, style, frame or connection; other console noise (a 404 status) is not the CSP's
            if (m.text().contains("Content Security Policy") || m.text().startsWith("Refused to")) {
                errors.add(page.url() + ": " + m.text());
            }
        });
        page.onPageError(e -> errors.add(page.url() + ": " + e));
    }

    private static void assertPageHeaders(String what, Map<String, String> headers) {
        assertThat(headers).as(what).containsEntry("x-content-type-options", "nosniff");
        assertThat(headers.get("x-frame-options")).as(what).isEqualToIgnoringCase("SAMEORIGIN");
        assertThat(headers.get("cache-control")).as(what).contains("no-store");
        assertThat(headers.get("content-security-policy")).as(what).startsWith(CSP_START)
                .contains("frame-ancestors 'self'").contains("object-src 'none'");
        assertThat(headers.get("referrer-policy")).as(what).isEqualTo("same-origin");
    }
}
