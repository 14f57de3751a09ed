package id.loket.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.LoketIntegrationTest;
import id.loket.catalog.CatalogService;
import id.loket.dashboard.Breach;
import id.loket.dashboard.BreachRaised;
import id.loket.workflow.ActiveCards;
import id.loket.workflow.ActiveCards.ActiveCard;
import id.loket.workflow.Applications;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@LoketIntegrationTest
@RecordApplicationEvents
class BreachesTest {

    @Autowired Applications applications;
    @Autowired Breaches breaches;
    @Autowired ActiveCards activeCards;
    @Autowired CatalogService catalog;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    private static List<Breach> of(List<Breach> raised, UUID id) {
        return raised.stream().filter(b -> b.applicationId().equals(id)).toList();
    }

    /** The moment the card is over twice its step's standard by one second, standard read from the catalogue. */
    private Instant overTwiceTheStandard(ActiveCard card) {
        int standard = catalog.catalog().step(card.stepCode()).orElseThrow().standardMinutes();
        return card.enteredAt().plus(Duration.ofMinutes(2L * standard)).plusSeconds(1);
    }

    @Test
    void a_card_one_second_over_twice_its_standard_raises_one_breach_per_visit_closed_when_it_leaves_the_step() {
        UUID id = applications.registered();
        ActiveCard card = activeCards.active(id).orElseThrow();
        assertThat(card.stepCode()).isEqualTo("SIAK_CHECK");
        Instant over = overTwiceTheStandard(card);

        assertThat(of(breaches.check(over.minusSeconds(1)), id)).as("exactly twice the standard is no breach").isEmpty();
        List<Breach> raised = of(breaches.check(over), id);
        assertThat(raised).singleElement().satisfies(b -> {
            assertThat(b.stepCode()).isEqualTo("SIAK_CHECK");
            assertThat(b.standardMinutes()).isEqualTo(5);
            assertThat(b.branchCode()).isEqualTo("PUSAT");
            assertThat(b.registrationNumber()).isEqualTo(card.registrationNumber());
        });
        assertThat(events.stream(BreachRaised.class).filter(e -> e.breach().applicationId().equals(id))).hasSize(1);
        assertThat(of(breaches.check(over.plusSeconds(60)), id)).as("a second check raises none").isEmpty();
        assertThat(of(breaches.open(Set.of("PUSAT")), id)).hasSize(1);
        assertThat(of(breaches.open(Set.of("CIBINONG")), id)).isEmpty();

        // the card leaves the step: its breach closes (at once, through the move's event)
        applications.siakVerified(id);
        applications.next(id, "loket");
        assertThat(of(breaches.open(Set.of("PUSAT")), id)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dashboard_breach WHERE application_id = ? "
                + "AND closed_at IS NOT NULL", Integer.class, id.toString())).isEqualTo(1);

        // the next step is a new visit: it may raise its own breach, once
        ActiveCard next = activeCards.active(id).orElseThrow();
        assertThat(next.stepCode()).isEqualTo("DATA_ENTRY");
        assertThat(of(breaches.check(overTwiceTheStandard(next)), id)).singleElement()
                .extracting(Breach::stepCode).isEqualTo("DATA_ENTRY");
        assertThat(of(breaches.check(overTwiceTheStandard(next).plusSeconds(30)), id)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dashboard_breach WHERE application_id = ?",
                Integer.class, id.toString())).isEqualTo(2);
    }

    @Test
    void the_scheduled_check_closes_a_breach_whose_card_left_without_an_event_reaching_it() {
        UUID id = applications.registered();
        ActiveCard card = activeCards.active(id).orElseThrow();
        Instant over = overTwiceTheStandard(card);
        assertThat(of(breaches.check(over), id)).hasSize(1);
        // as if the card had moved on while this server missed the event
        jdbc.update("UPDATE dashboard_breach SET visit_no = visit_no + 100 WHERE application_id = ?", id.toString());
        breaches.check(over.plusSeconds(30));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dashboard_breach WHERE application_id = ? "
                + "AND visit_no > 100 AND closed_at IS NOT NULL", Integer.class, id.toString())).isEqualTo(1);
    }
}
