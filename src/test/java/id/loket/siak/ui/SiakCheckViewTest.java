package id.loket.siak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.siak.LookupStatus;
import id.loket.siak.SiakDecision;
import id.loket.siak.SiakMember;
import id.loket.siak.SiakService;
import id.loket.siak.internal.HttpSiakGateway;
import id.loket.siak.internal.LookupRunner;
import id.loket.siak.internal.SiakSimulator;
import id.loket.workflow.Applications;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@LoketIntegrationTest
class SiakCheckViewTest extends SpringBrowserlessTest {

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired SiakService siak;
    @Autowired SiakSimulator simulator;
    @Autowired HttpSiakGateway gateway;
    @Autowired LookupRunner runner;
    @Autowired id.loket.base.AuditService audit;

    @BeforeEach
    void siakAnswering() {
        // other tests' retries (a busy machine's timeouts) must not open the breaker under these screens
        runner.setPaused(true);
        gateway.reset();
    }

    @AfterEach
    void siakBackToNormal() {
        simulator.up();
        gateway.reset();
        runner.setPaused(false);
    }

    @Test
    @WithUserDetails("loket")
    void the_nik_field_starts_with_the_nik_intake_took_and_cocok_says_why_it_waits_for_a_lookup() throws Exception {
        UUID id = applications.registered();
        SiakCheckView view = navigate("siak/" + id, SiakCheckView.class);
        assertThat(find(TextField.class).id("siak-nik").getValue()).isEqualTo(Applications.NIK);
        assertThat(find(Button.class).id("siak-match").isEnabled()).isFalse();
        assertThat(find(Span.class).id("siak-match-reason").getText()).contains("Cari NIK di SIAK dulu");

        runner.setPaused(false); // a busy machine may time the first try out: let the retrier finish it
        test(find(Button.class).id("siak-search")).click();
        long until = System.currentTimeMillis() + 30_000;
        while (officers.as("loket", () -> siak.lookup(id)).orElseThrow().status() != LookupStatus.FOUND
                && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        view.refresh();
        assertThat(find(Button.class).id("siak-match").isEnabled()).isTrue();
        assertThat(view.matchReason.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("loket")
    void cocok_is_disabled_with_the_reason_beside_it_when_siak_found_nothing() {
        UUID id = applications.registered();
        navigate("siak/" + id, SiakCheckView.class);
        test(find(TextField.class).id("siak-nik")).setValue("3201010101900002"); // not in SIAK
        test(find(Button.class).id("siak-search")).click();

        assertThat(find(Paragraph.class).id("siak-not-found")).isNotNull();
        assertThat(find(Button.class).id("siak-match").isEnabled()).isFalse();
        assertThat(find(Span.class).id("siak-match-reason").getText())
                .contains("SIAK tidak menemukan NIK ini").contains("Tidak cocok");
        assertThat(find(Button.class).id("siak-mismatch").isEnabled()).isTrue();
        // what the officer typed stays in the field
        assertThat(find(TextField.class).id("siak-nik").getValue()).isEqualTo("3201010101900002");
    }

    @Test
    @WithUserDetails("loket")
    void while_siak_is_down_and_a_lookup_waits_the_bar_does_not_say_connected() {
        simulator.down(); // the retrier is paused: only this lookup's own call, the breaker (2 calls minimum) stays closed
        UUID id = applications.registered();
        navigate("siak/" + id, SiakCheckView.class);
        test(find(TextField.class).id("siak-nik")).setValue(Applications.NIK);
        test(find(Button.class).id("siak-search")).click();
        assertThat(find(Paragraph.class).id("siak-pending")).isNotNull();

        Span bar = find(Span.class).id("siak-status");
        assertThat(bar.getText()).doesNotStartWith("SIAK terhubung").startsWith("SIAK tidak menjawab sejak")
                .contains("belum ada jawaban SIAK").containsPattern("[1-9]\\d* pemeriksaan menunggu");
        assertThat(bar.getClassNames()).contains("down");

        simulator.up();
        gateway.reset(); // (one failure and one success would open this test breaker: 50 % of its minimum 2 calls)
        test(find(TextField.class).id("siak-nik")).setValue("3201020808800001");
        test(find(Button.class).id("siak-search")).click();
        bar = find(Span.class).id("siak-status");
        assertThat(bar.getText()).startsWith("SIAK terhubung").contains("terakhir berhasil");
        assertThat(bar.getClassNames()).doesNotContain("down");
    }

    @Test
    @WithUserDetails("loket")
    void the_counter_officer_looks_up_sees_the_record_beside_the_file_and_marks_it_cocok() {
        UUID id = applications.registered("BIRTH", "Ni Kadek Ayu Lestari");
        navigate("siak/" + id, SiakCheckView.class);
        assertThat(find(Span.class).id("siak-file-nik").getText()).endsWith("3201********0001");
        assertThat(find(Button.class).id("siak-match").isEnabled()).isFalse();

        test(find(TextField.class).id("siak-nik")).setValue("3201014503900001");
        test(find(Button.class).id("siak-search")).click();

        @SuppressWarnings("unchecked")
        Grid<SiakMember> members = find(Grid.class).id("siak-members");
        assertThat(members.getListDataView().getItems().map(SiakMember::fullName).toList())
                .containsExactly("SITI NUR'AINI", "AHMAD FAUZI", "MUHAMMAD RIZKY");
        assertThat(find(Span.class).id("siak-name-compare").getClassNames()).contains("siak-diff");
        assertThat(find(Span.class).id("siak-status").getText()).startsWith("SIAK terhubung");

        test(find(Button.class).id("siak-mismatch")).click();
        assertThat(officers.as("loket", () -> siak.lookup(id)).orElseThrow().decision()).isNull();
        test(find(TextArea.class).id("siak-note")).setValue("Nama di KTP berbeda dengan SIAK");
        test(find(Button.class).id("siak-mismatch")).click();
        assertThat(find(Paragraph.class).id("siak-decision").getText()).contains("Nama di KTP berbeda dengan SIAK");
        assertThat(officers.as("loket", () -> siak.lookup(id)).orElseThrow().decision()).isEqualTo(SiakDecision.MISMATCH);
    }

    @Test
    @WithUserDetails("kadis")
    void the_head_of_office_sees_the_record_masked_and_cannot_look_up() {
        UUID id = applications.registered();
        officers.run("loket", () -> siak.requestLookup(id, Applications.NIK));
        SiakCheckView view = navigate("siak/" + id, SiakCheckView.class);
        assertThat(view.search.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(view.match.getParent().orElseThrow().isVisible()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<SiakMember> members = find(Grid.class).id("siak-members");
        assertThat(members.getListDataView().getItems().map(SiakMember::nik).toList())
                .allSatisfy(n -> assertThat(n).contains("********"));
    }

    @Test
    @WithUserDetails("loket")
    void going_from_one_cards_check_straight_to_another_shows_only_the_second_and_asks_siak_once() {
        UUID first = applications.registered("BIRTH", "Ayu Pertama");
        UUID second = applications.registered("BIRTH", "Budi Kedua");
        SiakCheckView view = navigate("siak/" + first, SiakCheckView.class);
        test(find(TextArea.class).id("siak-note")).setValue("catatan untuk kartu pertama");
        // Vaadin reuses the view for the same route with another parameter
        assertThat(navigate("siak/" + second, SiakCheckView.class)).isSameAs(view);

        assertThat($(TextField.class).all()).hasSize(1);
        assertThat($(com.vaadin.flow.component.html.H2.class).all()).hasSize(1)
                .allSatisfy(h -> assertThat(h.getText()).contains(applications.card(second).registrationNumber()));
        assertThat(find(Span.class).id("siak-file-name").getText()).contains("Budi Kedua");
        assertThat(find(TextArea.class).id("siak-note").getValue()).isEmpty();

        test(find(Button.class).id("siak-search")).click();
        // one click, one request: a second listener would have superseded the first lookup with another
        assertThat(officers.as("admin", () -> audit.history("siak-lookup", second.toString())))
                .filteredOn(r -> r.action().equals("requested")).hasSize(1);
        assertThat(officers.as("loket", () -> siak.lookup(first))).isEmpty();
    }
}
