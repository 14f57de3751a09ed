package id.loket.skm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AccountService;
import id.loket.base.AuditService;
import id.loket.base.BusinessException;
import id.loket.dashboard.DashboardExport;
import id.loket.dashboard.DashboardFilter;
import id.loket.dashboard.ui.OfficeDashboardView;
import id.loket.document.PdfTools;
import id.loket.document.ui.HandoverView;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** From the handover to the Kepala Dinas's dashboard and the published report, on the real database. */
@LoketIntegrationTest
class SkmIntegrationTest extends SpringBrowserlessTest {

    private static final Locale ID = Locale.of("id", "ID");

    @Autowired SkmTestData data;
    @Autowired SkmService skm;
    @Autowired Officers officers;
    @Autowired AccountService accounts;
    @Autowired AuditService audit;
    @Autowired DashboardExport exports;
    @Autowired JdbcTemplate jdbc;

    private LocalDate today() {
        return LocalDate.now(accounts.branch("PUSAT").orElseThrow().timeZone().zoneId());
    }

    private SkmIndex todayAtPusat() {
        return officers.as("kadis", () -> skm.index(today(), today(), "PUSAT", null));
    }

    private static String two(BigDecimal v) {
        NumberFormat f = NumberFormat.getInstance(ID);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    @Test
    void the_survey_tables_hold_nothing_that_names_the_applicant_or_the_application() {
        List<String> token = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_schema"
                + " = DATABASE() AND table_name = 'skm_token' ORDER BY ordinal_position", String.class);
        List<String> response = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE"
                + " table_schema = DATABASE() AND table_name = 'skm_response' ORDER BY ordinal_position", String.class);
        assertThat(token).containsExactly("token", "branch_code", "type_code", "service_day", "used");
        assertThat(response).containsExactly("id", "branch_code", "type_code", "service_day", "u1", "u2", "u3", "u4",
                "u5", "u6", "u7", "u8", "u9");
    }

    @Test
    @WithUserDetails("kadis")
    void a_finished_handover_makes_a_link_and_its_answer_moves_the_index_on_the_dashboard() {
        UUID id = data.handedOver();
        String token = data.token(id);
        assertThat(jdbc.queryForObject("SELECT CONCAT(branch_code, '/', type_code, '/', service_day, '/', used)"
                + " FROM skm_token WHERE token = ?", String.class, token)).isEqualTo("PUSAT/BIRTH/" + today() + "/0");
        assertThat(officers.as("kadis", () -> skm.invite(id))).isPresent();

        SkmIndex before = todayAtPusat();
        skm.submit(token, SkmTestData.all(1), "10.1.2.3");
        SkmIndex after = todayAtPusat();
        assertThat(after.respondents()).isEqualTo(before.respondents() + 1);
        for (int i = 0; i < SkmElement.COUNT; i++) {
            assertThat(after.elements().get(i).sum()).isEqualTo(before.elements().get(i).sum() + 1);
            assertThat(after.elements().get(i).count()).isEqualTo(before.elements().get(i).count() + 1);
        }
        assertThat(after.index()).isNotNull();
        if (before.index() != null) {
            assertThat(after.index()).isLessThanOrEqualTo(before.index()); // a rating of 1 cannot raise it
        }
        // the link is spent, and no longer offered on the handover screen
        assertThatThrownBy(() -> skm.submit(token, SkmTestData.all(4), "10.1.2.3"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("skm.survey.USED");
        assertThat(officers.as("ambil", () -> skm.invite(id))).isEmpty();
        assertThat(todayAtPusat().respondents()).isEqualTo(after.respondents());

        // the dashboard (today, all branches: this server holds PUSAT's answers only in the test data) shows it
        SkmIndex all = skm.index(today(), today(), null, null);
        navigate("dasbor", OfficeDashboardView.class);
        assertThat(find(Span.class).id("dashboard-office-skm-respondents-value").getText())
                .isEqualTo(String.valueOf(all.respondents()));
        assertThat(find(Span.class).id("dashboard-office-skm-ikm-value").getText()).isEqualTo(two(all.index()));
        assertThat(find(Span.class).id("dashboard-office-skm-grade-value").getText())
                .startsWith(all.grade().name() + " (");
        assertThat(find(Div.class).id("dashboard-office-skm").getElement().getTextRecursively())
                .contains("U7 Perilaku pelaksana" + two(all.elements().get(6).nrr()));
        assertThat(find(Anchor.class).id("dashboard-export-skm").getElement().getTextRecursively())
                .isEqualTo("Laporan SKM (PDF)");
    }

    @Test
    @WithUserDetails("ambil")
    void the_handover_screen_offers_the_survey_with_a_qr_code() {
        UUID id = data.handedOver();
        String token = data.token(id);
        navigate("penyerahan/" + id, HandoverView.class);
        assertThat(find(Anchor.class).id("skm-invite-link").getHref()).endsWith("survei/" + token);
        assertThat(find(Image.class).id("skm-invite-qr").getSrc()).startsWith("data:image/svg+xml;base64,");
    }

    @Test
    void the_published_report_carries_the_index_its_grade_and_every_element_and_is_audited() throws Exception {
        String token = data.token(data.handedOver());
        skm.submit(token, SkmTestData.all(3), "10.1.2.4");
        LocalDate today = today();
        DashboardExport.File file = officers.as("kadis",
                () -> exports.skmReport(new DashboardFilter(today, today, "PUSAT", null), ID));
        SkmIndex index = todayAtPusat();
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.name()).isEqualTo("laporan-skm-PUSAT-" + today + ".pdf");
        String text = PdfTools.text(file.content());
        assertThat(text).contains("Laporan Survei Kepuasan Masyarakat (SKM)")
                .contains("Jumlah responden: " + index.respondents())
                .contains("Indeks Kepuasan Masyarakat (IKM) " + two(index.index()))
                .contains("Mutu pelayanan " + index.grade().name())
                .contains(accountsLabel(index.grade()))
                .contains("Penanganan pengaduan, saran dan masukan")
                .contains("88,31");
        assertThat(officers.as("kadis", () -> audit.history("skm", "report"))).anySatisfy(r -> {
            assertThat(r.actor()).isEqualTo("kadis");
            assertThat(r.action()).isEqualTo("exported-pdf");
            assertThat(r.details()).contains("branch PUSAT");
        });
    }

    private static String accountsLabel(SkmGrade grade) {
        return switch (grade) {
            case A -> "Sangat Baik";
            case B -> "Baik";
            case C -> "Kurang Baik";
            case D -> "Tidak Baik";
        };
    }

    @Test
    void a_link_is_good_for_seven_days_after_the_handover_day_and_then_expired() {
        String fresh = randomToken();
        String old = randomToken();
        String insert = "INSERT INTO skm_token (token, branch_code, type_code, service_day, used)"
                + " VALUES (?, 'PUSAT', 'BIRTH', ?, FALSE)";
        jdbc.update(insert, fresh, today().minusDays(7));
        jdbc.update(insert, old, today().minusDays(8));
        assertThat(skm.state(fresh)).isEqualTo(SkmService.LinkState.OPEN);
        assertThat(skm.state(old)).isEqualTo(SkmService.LinkState.EXPIRED);
        assertThatThrownBy(() -> skm.submit(old, SkmTestData.all(4), "10.1.2.5"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("skm.survey.EXPIRED");
        assertThat(skm.state(old)).isEqualTo(SkmService.LinkState.EXPIRED);
        // an incomplete answer is refused before the link is looked at, and the link stays open
        assertThatThrownBy(() -> skm.submit(fresh, java.util.Map.of(SkmElement.U1, 4), "10.1.2.5"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("skm.error.incomplete");
        assertThat(skm.state(fresh)).isEqualTo(SkmService.LinkState.OPEN);
    }

    private static String randomToken() {
        byte[] bytes = new byte[16];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void only_the_head_of_office_reads_the_index() {
        assertThatThrownBy(() -> officers.as("ambil", () -> skm.index(today(), today(), null, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
