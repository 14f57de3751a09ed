package id.loket.queue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.queue.QueueService;
import id.loket.queue.Queues;
import id.loket.queue.QueueService.Receipt;
import id.loket.queue.QueueService.TicketRow;
import id.loket.queue.TicketStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The call screen: a number closed as "tidak hadir" when the next was called can be called again from the list. */
@LoketIntegrationTest
class QueueCallViewTest extends SpringBrowserlessTest {

    @Autowired QueueService queue;
    @Autowired Officers officers;

    @BeforeEach
    void emptyTheQueue() {
        Queues.empty(queue, officers);
    }

    @Test
    @WithUserDetails("fo")
    void a_citizen_who_stepped_out_is_listed_as_a_no_show_and_called_again_from_there() {
        Receipt steppedOut = queue.take("PUSAT", "BIRTH");
        queue.take("PUSAT", "BIRTH");
        QueueCallView view = navigate(QueueCallView.class);
        test(find(Button.class).id("queue-call-next")).click();
        test(find(Button.class).id("queue-call-next")).click(); // closes the first as "tidak hadir"

        List<String> noShows = view.noShowGrid.getListDataView().getItems().map(TicketRow::number).toList();
        assertThat(noShows).contains(steppedOut.number());
        int row = noShows.indexOf(steppedOut.number());
        Button callAgain = (Button) test(view.noShowGrid).getCellComponent(row, 3);
        assertThat(callAgain.getId()).hasValue("queue-call-" + steppedOut.number());
        test(callAgain).click();

        assertThat(queue.ticket(steppedOut.id()).status()).isEqualTo(TicketStatus.CALLED);
        assertThat(view.noShowGrid.getListDataView().getItems().map(TicketRow::number))
                .doesNotContain(steppedOut.number());
    }
}
