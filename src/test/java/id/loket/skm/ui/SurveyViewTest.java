package id.loket.skm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import id.loket.LoketIntegrationTest;
import id.loket.skm.SkmElement;
import id.loket.skm.SkmService;
import id.loket.skm.SkmService.LinkState;
import id.loket.skm.SkmTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public survey page, without a login: one answer per handover, plain words for a bad or used link. */
@LoketIntegrationTest
class SurveyViewTest extends SpringBrowserlessTest {

    @Autowired SkmTestData data;
    @Autowired SkmService skm;

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> group(SkmElement e) {
        return find(RadioButtonGroup.class).id("skm-survey-" + e.name());
    }

    /** Picks an answer as the citizen does: by its label. */
    private void choose(SkmElement e, int rating) {
        RadioButtonGroup<Integer> g = group(e);
        test(g).selectItem(g.getItemLabelGenerator().apply(rating));
    }

    private String message() {
        return find(Paragraph.class).id("skm-survey-message").getText();
    }

    @Test
    void a_citizen_submits_once_and_the_same_link_is_refused_after() {
        String token = data.token(data.handedOver());
        SurveyView page = navigate("survei/" + token, SurveyView.class);
        assertThat(group(SkmElement.U4).getLabel()).contains("biaya");
        assertThat(group(SkmElement.U4).getItemLabelGenerator().apply(4)).isEqualTo("Gratis");
        assertThat(group(SkmElement.U1).getItemLabelGenerator().apply(1)).isEqualTo("Tidak sesuai");

        // unanswered elements are marked and nothing is sent
        choose(SkmElement.U1, 3);
        test(find(Button.class).id("skm-survey-submit")).click();
        assertThat(message()).isEqualTo("Mohon jawab kesembilan pertanyaan.");
        assertThat(group(SkmElement.U2).isInvalid()).isTrue();
        assertThat(group(SkmElement.U1).isInvalid()).isFalse();
        assertThat(skm.state(token)).isEqualTo(LinkState.OPEN);

        for (SkmElement e : SkmElement.values()) {
            choose(e, 4);
        }
        test(find(Button.class).id("skm-survey-submit")).click();
        assertThat(message()).isEqualTo("Terima kasih. Penilaian Anda sudah kami terima.");
        assertThat(page.form.isVisible()).isFalse();
        assertThat(skm.state(token)).isEqualTo(LinkState.USED);

        SurveyView again = navigate("survei/" + token, SurveyView.class);
        assertThat(message()).startsWith("Survei untuk penyerahan ini sudah diisi.");
        assertThat(again.form.isVisible()).isFalse();
    }

    @Test
    void a_second_submission_from_a_page_opened_before_the_first_is_refused() {
        String token = data.token(data.handedOver());
        SurveyView tablet = navigate("survei/" + token, SurveyView.class);
        for (SkmElement e : SkmElement.values()) {
            choose(e, 2);
        }
        // the same link was answered meanwhile on the citizen's phone
        skm.submit(token, SkmTestData.all(3), "10.0.0.9");
        test(find(Button.class).id("skm-survey-submit")).click();
        assertThat(tablet.message.getText()).startsWith("Survei untuk penyerahan ini sudah diisi.");
        assertThat(tablet.form.isVisible()).isFalse();
    }

    @Test
    void an_unknown_or_malformed_link_says_so_plainly() {
        SurveyView page = navigate("survei/AAAAAAAAAAAAAAAAAAAAAA", SurveyView.class);
        assertThat(message()).startsWith("Tautan survei ini tidak dikenal.");
        assertThat(page.form.isVisible()).isFalse();

        navigate("survei/'; DROP TABLE skm_token; --", SurveyView.class);
        assertThat(message()).startsWith("Tautan survei ini tidak dikenal.");

        navigate("survei", SurveyView.class);
        assertThat(message()).startsWith("Tautan survei ini tidak dikenal.");
    }
}
