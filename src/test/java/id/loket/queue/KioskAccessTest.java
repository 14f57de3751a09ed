package id.loket.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.queue.QueueSettingsService.KioskSettings;
import id.loket.queue.ui.KioskView;
import id.loket.queue.ui.QueueDisplayView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Who may take numbers: only branches this server runs, only from the admin's networks, a limit per address. */
@LoketIntegrationTest
class KioskAccessTest extends SpringBrowserlessTest {

    @Autowired
    QueueService queue;
    @Autowired
    QueueSettingsService settings;
    @Autowired
    Officers officers;
    @Autowired
    AuditService audit;

    private KioskSettings before;

    @BeforeEach
    void remember() {
        before = officers.as("admin", settings::kioskSettings);
    }

    @AfterEach
    void restore() {
        officers.run("admin", () -> settings.changeKioskSettings(settings.kioskSettings().version(),
                String.join("\n", before.allowedNetworks()), before.ticketsPerHour()));
    }

    private void adminSets(String networks, int ticketsPerHour) {
        officers.run("admin", () -> settings.changeKioskSettings(settings.kioskSettings().version(), networks, ticketsPerHour));
    }

    @Test
    void only_a_branch_this_server_runs_gets_numbers() {
        // CIBINONG is a known branch, but it runs its own server
        assertThatThrownBy(() -> queue.take("CIBINONG", "BIRTH", "192.168.1.5"))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("queue.error.branch");
        assertThatThrownBy(() -> queue.take("CIBINONG", "BIRTH")).hasMessageStartingWith("queue.error.branch");
        assertThat(queue.take("PUSAT", "BIRTH", "192.168.1.5").number()).startsWith("KK-");
    }

    @Test
    void only_the_admins_networks_open_the_kiosk_ipv4_and_ipv6() {
        adminSets("192.168.10.0/24\n2001:db8:1::/48", 100);
        assertThat(queue.take("PUSAT", "BIRTH", "192.168.10.20").number()).startsWith("KK-");
        assertThat(queue.take("PUSAT", "BIRTH", "2001:db8:1:5::20").number()).startsWith("KK-");
        assertThatThrownBy(() -> queue.take("PUSAT", "BIRTH", "192.168.11.20")).hasMessageStartingWith("queue.error.network");
        assertThatThrownBy(() -> queue.take("PUSAT", "BIRTH", "2001:db8:2::20")).hasMessageStartingWith("queue.error.network");
        assertThatThrownBy(() -> queue.checkPublicAccess("PUSAT", "203.0.113.7")).hasMessageStartingWith("queue.error.network");
    }

    @Test
    void an_empty_list_closes_the_kiosk_for_every_address() {
        adminSets("", 100);
        assertThatThrownBy(() -> queue.take("PUSAT", "BIRTH", "127.0.0.1")).hasMessageStartingWith("queue.error.network");
    }

    @Test
    void one_address_takes_at_most_its_share_per_hour_others_still_can() {
        adminSets("10.0.0.0/8", 3);
        for (int i = 0; i < 3; i++) {
            queue.take("PUSAT", "BIRTH", "10.9.9.9");
        }
        assertThatThrownBy(() -> queue.take("PUSAT", "BIRTH", "10.9.9.9")).hasMessageStartingWith("queue.error.too-many");
        assertThat(queue.take("PUSAT", "BIRTH", "10.9.9.10").number()).startsWith("KK-");
    }

    @Test
    void a_bad_network_a_bad_limit_or_a_stale_form_change_nothing_and_a_change_is_audited() {
        long version = before.version();
        officers.run("admin", () -> {
            assertThatThrownBy(() -> settings.changeKioskSettings(version, "10.0.0.0/8\nkantor.lan", 50))
                    .hasMessageStartingWith("queue.error.network-invalid");
            assertThatThrownBy(() -> settings.changeKioskSettings(version, "10.0.0.0/33", 50))
                    .hasMessageStartingWith("queue.error.network-invalid");
            assertThatThrownBy(() -> settings.changeKioskSettings(version, "10.0.0.0/8", 0))
                    .hasMessageStartingWith("queue.error.tickets-per-hour");
            assertThat(settings.kioskSettings()).isEqualTo(before);
            settings.changeKioskSettings(version, "10.0.0.0/8", 50);
            assertThatThrownBy(() -> settings.changeKioskSettings(version, "192.168.0.0/16", 50))
                    .hasMessageStartingWith("queue.error.settings-stale");
            assertThat(settings.kioskSettings().allowedNetworks()).containsExactly("10.0.0.0/8");
            assertThat(audit.history("queue-setting", "kiosk")).last()
                    .satisfies(r -> assertThat(r.details()).contains("-> [10.0.0.0/8], tickets/hour=50"));
        });
    }

    @Test
    @WithAnonymousUser
    void a_refused_kiosk_and_tv_say_why_in_the_visitors_language() {
        adminSets("192.0.2.0/24", 100); // the test's own address is not in it
        navigate(KioskView.class);
        assertThat(find(Div.class).id("public-refused").getElement().getTextRecursively())
                .contains("Layar antrian tidak tersedia", "hanya dapat dibuka dari jaringan kantor");
        navigate(QueueDisplayView.class);
        assertThat(find(Div.class).id("public-refused").getElement().getTextRecursively())
                .contains("hanya dapat dibuka dari jaringan kantor");
    }
}
