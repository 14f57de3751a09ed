package id.loket.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import id.loket.LoketIntegrationTest;
import id.loket.base.BranchTimeZone;
import id.loket.base.ui.HomeView;
import id.loket.sync.BranchLink;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin's link-to-central indicator in the app shell's header; other officers do not see it. */
@LoketIntegrationTest
class BranchLinkIndicatorTest extends SpringBrowserlessTest {

    @Autowired BranchLinkFeed feed;

    @Test
    @WithUserDetails("admin")
    void an_admin_of_a_branch_without_a_central_sees_that_it_is_not_enrolled() {
        navigate(HomeView.class);
        Span indicator = find(Span.class).id("sync-link");
        assertThat(indicator.getText()).isEqualTo("Belum terdaftar di pusat");
        assertThat(indicator.getElement().getAttribute("data-state")).isEqualTo("NOT_ENROLLED");
    }

    @Test
    @WithUserDetails("kadis")
    void an_officer_who_is_not_an_admin_sees_no_indicator() {
        navigate(HomeView.class);
        assertThat(find(Span.class).all()).noneMatch(s -> "sync-link".equals(s.getId().orElse(null)));
    }

    @Test
    @WithUserDetails("admin")
    void a_cut_link_shows_since_when_and_how_many_events_wait_in_indonesian_and_english() {
        navigate(HomeView.class);
        Instant since = ZonedDateTime.now(BranchTimeZone.WIB.zoneId()).withHour(0).withMinute(42).toInstant();
        BranchLink cut = () -> new BranchLink.Status(true, false, since, 1234, null);

        assertThat(new BranchLinkIndicator(cut, BranchTimeZone.WIB, feed).getText())
                .isEqualTo("Terputus dari pusat sejak 00.42, 1.234 kejadian menunggu");
        BranchLink fine = () -> new BranchLink.Status(true, true, null, 0, since);
        BranchLinkIndicator connected = new BranchLinkIndicator(fine, BranchTimeZone.WIB, feed);
        assertThat(connected.getText()).isEqualTo("Tersambung ke pusat");
        assertThat(connected.getElement().getAttribute("title")).isEqualTo("Terakhir diterima pusat 00.42");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(new BranchLinkIndicator(cut, BranchTimeZone.WIB, feed).getText())
                .isEqualTo("Disconnected from the central office since 00.42, 1,234 events waiting");
        assertThat(new BranchLinkIndicator(fine, BranchTimeZone.WIB, feed).getText())
                .isEqualTo("Connected to the central office");
    }
}
