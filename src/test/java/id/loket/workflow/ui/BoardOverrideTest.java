package id.loket.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.workflow.Applications;
import id.loket.workflow.WorkflowService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 11.7 on the board: the Kepala Seksi releases or reassigns a held card; a missing reason is said on the field. */
@LoketIntegrationTest
class BoardOverrideTest extends SpringBrowserlessTest {

    @Autowired Applications applications;
    @Autowired Officers officers;
    @Autowired WorkflowService workflow;

    @Test
    @WithUserDetails("kasi")
    void the_kepala_seksi_reassigns_a_held_card_and_a_missing_reason_is_marked_on_the_field() {
        UUID id = applications.registered();
        officers.run("loket", () -> workflow.claim(id, applications.card(id).version()));
        BoardView board = navigate(BoardView.class);

        board.override(applications.card(id), true);
        @SuppressWarnings("unchecked")
        Select<String> target = find(Select.class).id("override-target");
        assertThat(target.getListDataView().getItems().toList()).contains("loket2").doesNotContain("loket", "operator");
        target.setValue("loket2");
        test(find(Button.class).id("override-ok")).click();
        TextArea reason = find(TextArea.class).id("override-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Tuliskan alasannya");
        assertThat(applications.card(id).holder()).isEqualTo("loket");

        test(reason).setValue("Petugas loket cuti sakit");
        test(find(Button.class).id("override-ok")).click();
        assertThat(applications.card(id).holder()).isEqualTo("loket2");
    }
}
