package id.loket.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import id.loket.LoketIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@LoketIntegrationTest
class MessagesViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("fo")
    void a_message_appears_at_the_bottom_and_leaves_the_page_heading_visible() {
        navigate(HomeView.class);
        Messages.error("error.unexpected");
        Notification shown = find(Notification.class).last();
        assertThat(test(shown).getText()).startsWith("Terjadi kesalahan pada sistem");
        assertThat(shown.getPosition()).isEqualTo(Notification.Position.BOTTOM_END);
    }
}
