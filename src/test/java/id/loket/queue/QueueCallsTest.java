package id.loket.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.AuditService;
import id.loket.queue.QueueService.CallRow;
import id.loket.queue.QueueService.Receipt;
import id.loket.queue.QueueService.TicketRow;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 12.5: one number at a time per counter, and calling a chosen number (a citizen who stepped out). */
@LoketIntegrationTest
class QueueCallsTest {

    @Autowired QueueService queue;
    @Autowired Officers officers;
    @Autowired AuditService audit;

    @BeforeEach
    void emptyTheQueue() {
        Queues.empty(queue, officers);
    }

    private TicketRow ticket(Receipt r) {
        return officers.as("fo", () -> queue.ticket(r.id()));
    }

    private List<String> actions(Receipt r) {
        return officers.as("kadis", () -> audit.history("ticket", r.id().toString())).stream()
                .map(AuditService.AuditRecord::action).toList();
    }

    @Test
    void calling_the_next_number_closes_the_one_still_called_at_that_counter_only() {
        Receipt first = queue.take("PUSAT", "BIRTH");
        Receipt atOther = queue.take("PUSAT", "BIRTH");
        Receipt second = queue.take("PUSAT", "BIRTH");
        officers.run("fo", () -> {
            queue.callNext("Loket 1");
            queue.callNext("Loket 2");
            queue.callNext("Loket 1");
        });

        assertThat(ticket(first).status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(actions(first)).contains("no-show");
        assertThat(ticket(atOther).status()).isEqualTo(TicketStatus.CALLED);
        assertThat(ticket(second).status()).isEqualTo(TicketStatus.CALLED);
        assertThat(officers.as("fo", () -> queue.called())).extracting(TicketRow::number)
                .containsExactlyInAnyOrder(atOther.number(), second.number());
        // the TV shows each counter once, with the number it serves now
        List<CallRow> display = queue.recentCalls("PUSAT", 7);
        assertThat(display).extracting(CallRow::counter).doesNotHaveDuplicates();
        assertThat(display).filteredOn(c -> c.counter().equals("Loket 1")).extracting(CallRow::number)
                .containsExactly(second.number());
    }

    @Test
    void a_chosen_waiting_or_stepped_out_number_can_be_called_out_of_order_and_is_audited() {
        Receipt first = queue.take("PUSAT", "BIRTH");
        Receipt chosen = queue.take("PUSAT", "DEATH");
        TicketRow called = officers.as("fo", () -> queue.callChosen(chosen.id(), "Loket 1"));

        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(called.counter()).isEqualTo("Loket 1");
        assertThat(ticket(first).status()).isEqualTo(TicketStatus.WAITING);
        assertThat(officers.as("kadis", () -> audit.history("ticket", chosen.id().toString())))
                .anySatisfy(r -> {
                    assertThat(r.action()).isEqualTo("called-out-of-order");
                    assertThat(r.actor()).isEqualTo("fo");
                });

        // the citizen had stepped out: marked no-show, comes back, is called again
        officers.run("fo", () -> queue.skip(chosen.id()));
        officers.as("fo", () -> queue.callChosen(chosen.id(), "Loket 2"));
        assertThat(ticket(chosen).status()).isEqualTo(TicketStatus.CALLED);
        assertThat(ticket(chosen).counter()).isEqualTo("Loket 2");

        // calling the first one at Loket 2 closes the chosen one there
        officers.as("fo", () -> queue.callChosen(first.id(), "Loket 2"));
        assertThat(ticket(chosen).status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThatThrownBy(() -> officers.run("fo", () -> queue.callChosen(first.id(), "Loket 3")))
                .hasMessageStartingWith("queue.error.not-waiting");
        assertThatThrownBy(() -> officers.run("cabang.fo", () -> queue.callChosen(chosen.id(), "Loket 1")))
                .hasMessageStartingWith("queue.error.not-found");
    }
}
