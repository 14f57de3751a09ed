package id.loket.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import id.loket.LoketIntegrationTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Loket's own pages for a forbidden and an unknown address, in the user's language, with a way back. */
@LoketIntegrationTest
class ErrorPagesViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("fo")
    void a_front_office_officer_opening_the_catalogue_admin_is_told_in_indonesian_he_may_not() {
        ForbiddenView view = navigate("admin/katalog", ForbiddenView.class);
        assertThat(find(H2.class).id("error-page-title").getText()).isEqualTo("Anda tidak berhak membuka halaman ini");
        assertThat(find(Anchor.class).id("error-page-home").getText()).isEqualTo("Kembali ke halaman awal");
        assertThat(view.getPageTitle()).isEqualTo("Anda tidak berhak membuka halaman ini");
    }

    @Test
    @WithUserDetails("fo")
    void an_unknown_address_shows_halaman_tidak_ditemukan_with_a_link_home() {
        navigate("tidak-ada-halaman-ini", NotFoundView.class);
        assertThat(find(H2.class).id("error-page-title").getText()).isEqualTo("Halaman tidak ditemukan");
        assertThat(find(Anchor.class).id("error-page-home").getHref()).isEmpty();
    }

    @Test
    @WithUserDetails("fo")
    void both_pages_speak_english_once_the_language_is_english() {
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("admin/katalog", ForbiddenView.class);
        assertThat(find(H2.class).id("error-page-title").getText()).isEqualTo("You may not open this page");
        navigate("tidak-ada-halaman-ini", NotFoundView.class);
        assertThat(find(H2.class).id("error-page-title").getText()).isEqualTo("Page not found");
        assertThat(find(Anchor.class).id("error-page-home").getText()).isEqualTo("Back to the start page");
    }
}
