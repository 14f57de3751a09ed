package id.loket.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.notification.Notification;
import id.loket.LoketIntegrationTest;
import id.loket.base.BranchTimeZone;
import id.loket.base.Roles;
import id.loket.base.account.AccountBootstrap;
import id.loket.base.ui.HomeView;
import id.loket.dashboard.Breach;
import id.loket.dashboard.internal.Breaches;
import id.loket.workflow.ActiveCards;
import id.loket.workflow.Applications;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The section dashboard, the card list and the home figures on real data, and who sees which branch. */
@LoketIntegrationTest
class SectionDataTest extends SpringBrowserlessTest {

    @Autowired Applications applications;
    @Autowired AccountBootstrap accounts;
    @Autowired Breaches breaches;
    @Autowired ActiveCards activeCards;
    @Autowired BreachNotifier notifier;
    @Autowired id.loket.dashboard.DashboardService dashboards;
    @Autowired id.loket.dashboard.DashboardFeed feed;

    @BeforeEach
    void cibinongHasItsOwnKepalaSeksi() {
        accounts.ensureBranch("CIBINONG", "UPT Dukcapil Cibinong", BranchTimeZone.WIB);
        accounts.ensureUser("kasi.cibinong", "Rudi Hartono", "CIBINONG", Set.of(Roles.VERIFIER), "loket123");
    }

    private String cell(String id) {
        return find(NativeTableCell.class).id(id).getElement().getTextRecursively();
    }

    private static int number(String text) {
        return Integer.parseInt(text.replace(".", ""));
    }

    /** A PUSAT card in SIAK_CHECK with an open breach. */
    private UUID pusatCardWithBreach() {
        // made as the kiosk and PUSAT's officers make it, whoever this test signs in as
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        UUID id;
        try {
            id = applications.registered("BIRTH", "Nyoman Sudarsa");
            var card = activeCards.active(id).orElseThrow();
            breaches.check(card.enteredAt().plus(Duration.ofMinutes(10)).plusSeconds(1));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(signedIn);
        }
        return id;
    }

    @Test
    @WithUserDetails("kasi")
    void the_kepala_seksi_of_pusat_sees_his_queue_and_the_open_breach() {
        UUID id = pusatCardWithBreach();
        navigate("dasbor/seksi", SectionDashboardView.class);
        assertThat(number(cell("section-steps-SIAK_CHECK-10"))).isGreaterThanOrEqualTo(1);
        assertThat(cell("section-breaches-" + id + "-1")).isEqualTo("Verifikasi data ke SIAK");
        assertThat(find(com.vaadin.flow.component.html.Span.class).id("section-branch-name").getText())
                .isEqualTo("Kantor: Dinas Kependudukan dan Pencatatan Sipil");
    }

    @Test
    @WithUserDetails(value = "kasi.cibinong", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_kepala_seksi_of_cibinong_sees_no_pusat_figures_whatever_the_address_asks() {
        UUID id = pusatCardWithBreach();
        SectionDashboardView view = SectionViewsTest.open("dasbor/seksi?cabang=PUSAT", SectionDashboardView.class);
        assertThat(view.filter().branchCode()).isEqualTo("CIBINONG");
        assertThat(view.branch.isVisible()).isFalse();
        assertThat(cell("section-steps-SIAK_CHECK-10")).isEqualTo("0");
        assertThat(cell("section-steps-SIAK_CHECK-8")).isEqualTo("0");
        assertThat(view.breaches.rows()).isZero();
        assertThat(view.breachesNone.isVisible()).isTrue();

        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        CardListView list = SectionViewsTest.open("dasbor/kartu?dari=" + today + "&sampai=" + today
                + "&cabang=PUSAT&apa=IN_STEP_NOW&tahap=SIAK_CHECK", CardListView.class);
        var shown = list.grid.getListDataView().getItems().toList();
        assertThat(shown).noneMatch(c -> c.applicationId().equals(id));
        assertThat(shown).allMatch(c -> "CIBINONG".equals(c.branchCode()));
    }

    @Test
    @WithUserDetails("kasi")
    void the_card_list_shows_the_cards_in_a_step_with_a_link_to_each_timeline() {
        UUID id = applications.registered("BIRTH", "Putu Suardana");
        String registration = applications.card(id).registrationNumber();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        CardListView list = SectionViewsTest.open("dasbor/kartu?dari=" + today + "&sampai=" + today
                + "&apa=IN_STEP_NOW&tahap=SIAK_CHECK", CardListView.class);
        assertThat(list.title.getText()).startsWith("Kartu di tahap sekarang: Verifikasi data ke SIAK, ");
        assertThat(list.grid.getListDataView().getItems().toList())
                .anySatisfy(c -> {
                    assertThat(c.registrationNumber()).isEqualTo(registration);
                    assertThat(c.openable()).isTrue();
                });
    }

    private java.util.List<Notification> noticeAfterABreach(Breach breach) throws InterruptedException {
        navigate(HomeView.class);
        notifier.on(new id.loket.dashboard.BreachRaised(breach));
        Thread.sleep(500); // delivered on the broadcast pool
        roundTrip();
        return $(Notification.class).all().stream()
                .filter(n -> ("breach-notice-" + breach.applicationId()).equals(n.getId().orElse(""))).toList();
    }

    private static Breach breach(String branch) {
        return new Breach(UUID.randomUUID(), branch + "-20261202-0042", branch, "SIAK_CHECK", 5,
                Instant.now().minusSeconds(700), Instant.now(), null);
    }

    @Test
    @WithUserDetails("kasi")
    void a_breach_notice_reaches_the_kepala_seksi_of_the_card_s_branch_on_whatever_screen_he_is() throws Exception {
        Breach breach = breach("PUSAT");
        assertThat(noticeAfterABreach(breach)).singleElement().satisfies(n -> assertThat(n.getElement()
                .getProperty("text")).isEqualTo("Kartu PUSAT-20261202-0042 melewati 2x standar tahap Verifikasi data ke SIAK"));
    }

    @Test
    @WithUserDetails("kasi")
    void another_branch_s_breach_is_not_his() throws Exception {
        assertThat(noticeAfterABreach(breach("CIBINONG"))).isEmpty();
    }

    @Test
    @WithUserDetails("operator")
    void a_step_officer_gets_no_breach_notice() throws Exception {
        assertThat(noticeAfterABreach(breach("PUSAT"))).isEmpty();
    }

    @Test
    @WithUserDetails("operator")
    void an_officer_s_home_page_shows_his_cards_waiting_now() throws Exception {
        UUID id = applications.registered("BIRTH", "Ketut Wirya");
        applications.siakVerified(id);
        applications.next(id, "loket");
        navigate(HomeView.class);
        // the feed's coalesced refresh after the moves above may still be on its way: let it land
        Thread.sleep(1500);
        roundTrip();
        assertThat(number(cell("home-mine-steps-DATA_ENTRY-1"))).as(() -> find(com.vaadin.flow.component.html.Div.class)
                .id("home-mine").getElement().getOuterHTML() + " / card " + applications.card(id) + " / direct "
                + dashboards.mine() + " / feed " + feed.subscriberCount())
                .isGreaterThanOrEqualTo(1);
        assertThat(cell("home-mine-steps-DATA_ENTRY-4")).endsWith("/ standar 5 mnt");
    }
}
