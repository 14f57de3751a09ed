package id.loket.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.LoketIntegrationTest;
import id.loket.Officers;
import id.loket.base.BusinessException;
import id.loket.base.Localized;
import id.loket.queue.QueueService.TicketRow;
import id.loket.tracking.TrackingService.PublicStatus;
import id.loket.tracking.TrackingService.State;
import id.loket.workflow.Applications;
import id.loket.workflow.WorkflowService;
import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public status page's answers (issue 15): right pair, wrong pair, returned, ready; never personal data. */
@LoketIntegrationTest
class TrackingServiceTest {

    private static final String PHONE_LAST_FOUR = "7890"; // Applications registers 081234567890
    private static final String NAME = "Rahmat Hidayatullah";

    @Autowired TrackingService tracking;
    @Autowired Applications applications;
    @Autowired WorkflowService workflow;
    @Autowired Officers officers;
    @Autowired EntityManagerFactory emf;

    /** A fresh address per test: the per-address limit must not leak between tests. */
    private static String address() {
        return "198.51.100." + (int) (Math.random() * 250 + 1) + "-" + UUID.randomUUID();
    }

    @Test
    void the_right_pair_shows_the_step_since_when_and_the_remaining_time_and_nothing_personal() {
        UUID id = applications.registered("BIRTH", NAME);
        String number = applications.card(id).registrationNumber();
        String address = address();
        PublicStatus status = tracking.status(number, PHONE_LAST_FOUR, address).orElseThrow();
        assertThat(status.state()).isEqualTo(State.IN_PROGRESS);
        assertThat(status.stepSeq()).isEqualTo(3);
        assertThat(status.stepCount()).isEqualTo(7);
        assertThat(status.stepName().id()).isEqualTo("Verifikasi data ke SIAK");
        assertThat(status.since()).isNotNull();
        // steps 3 to 6 by the standard (5 + 5 + 5 + 3 minutes) at most, less what step 3 has had already
        assertThat(status.remaining().toMinutes()).isBetween(0L, 18L);
        assertThat(status.reference()).isEqualTo(number);
        assertNoPersonalData(status);
        // typed with spaces and in lower case, as from a phone
        assertThat(tracking.status(" " + number.toLowerCase() + " ", PHONE_LAST_FOUR, address)).isPresent();
    }

    @Test
    void a_wrong_pair_says_only_not_found_whether_the_number_exists_or_not() {
        UUID id = applications.registered("BIRTH", NAME);
        String number = applications.card(id).registrationNumber();
        String address = address();
        assertThat(tracking.status(number, "7891", address)).isEmpty();
        assertThat(tracking.status(number, "", address)).isEmpty();
        assertThat(tracking.status(number, "67890", address)).isEmpty();
        assertThat(tracking.status("PUSAT-20000101-9999", PHONE_LAST_FOUR, address)).isEmpty();
        assertThat(tracking.status("'; DROP TABLE application; --", PHONE_LAST_FOUR, address)).isEmpty();
        assertThat(tracking.status(null, null, address)).isEmpty();
    }

    @Test
    void right_and_wrong_pairs_run_the_same_statements_against_the_database() {
        UUID id = applications.registered("BIRTH", NAME);
        String number = applications.card(id).registrationNumber();
        String returnedRef = returnedApplication().trackingReference();
        String address = address();
        long right = statements(() -> tracking.status(number, PHONE_LAST_FOUR, address));
        long wrongDigits = statements(() -> tracking.status(number, "0000", address));
        long unknown = statements(() -> tracking.status("PUSAT-20991231-0001", PHONE_LAST_FOUR, address));
        long garbage = statements(() -> tracking.status("x", "12", address));
        assertThat(right).isPositive();
        assertThat(wrongDigits).isEqualTo(right);
        assertThat(unknown).isEqualTo(right);
        assertThat(garbage).isEqualTo(right);
        // found by the returned slip's reference instead of a registration number: the same statements again
        assertThat(statements(() -> tracking.status(returnedRef, PHONE_LAST_FOUR, address))).isEqualTo(right);
    }

    @Test
    void a_file_returned_at_intake_lists_the_documents_to_complete() {
        WorkflowService.IntakeResult result = returnedApplication();
        assertThat(result.trackingReference()).matches("PUSAT-\\d{8}-KK-\\d{3}");
        PublicStatus status = tracking.status(result.trackingReference(), PHONE_LAST_FOUR, address()).orElseThrow();
        assertThat(status.state()).isEqualTo(State.RETURNED);
        assertThat(status.missingDocuments()).extracting(Localized::id)
                .containsExactly("Kartu Keluarga (KK) lama asli");
        assertThat(status.remaining()).isZero();
        assertNoPersonalData(status);
        assertThat(tracking.status(result.trackingReference(), "1234", address())).isEmpty();
    }

    @Test
    void at_the_pickup_counter_with_a_signed_kk_it_is_ready_with_the_branch_pickup_hours() {
        UUID id = applications.atSigning();
        String number = applications.card(id).registrationNumber();
        assertThat(tracking.status(number, PHONE_LAST_FOUR, address()).orElseThrow().state()).isEqualTo(State.IN_PROGRESS);
        applications.next(id, "tte"); // signs: the card moves to step 7
        PublicStatus ready = tracking.status(number, PHONE_LAST_FOUR, address()).orElseThrow();
        assertThat(ready.state()).isEqualTo(State.READY);
        assertThat(ready.pickupHours()).isEqualTo("Senin-Kamis 08.00-15.00, Jumat 08.00-11.00");
        assertNoPersonalData(ready);
        applications.next(id, "ambil"); // handed over
        assertThat(tracking.status(number, PHONE_LAST_FOUR, address()).orElseThrow().state()).isEqualTo(State.DONE);
    }

    @Test
    void an_address_asking_too_often_is_told_to_wait() {
        String address = address();
        for (int i = 0; i < 30; i++) {
            tracking.status("PUSAT-20000101-0001", "1234", address);
        }
        assertThatThrownBy(() -> tracking.status("PUSAT-20000101-0001", "1234", address))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("tracking.error.rate-limit");
    }

    private WorkflowService.IntakeResult returnedApplication() {
        TicketRow ticket = applications.calledTicket("BIRTH");
        // the birth statement handed in, the old KK not
        return officers.as("fo", () -> workflow.completeIntake(new WorkflowService.IntakeForm(ticket.id(), NAME,
                Applications.NIK, "081234567890", "BIRTH", Set.of("BIRTH_STATEMENT"))));
    }

    /** The fewest JDBC statements of a few runs (a background job may add to one run, never take away). */
    private long statements(Supplier<Optional<PublicStatus>> lookup) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long before = stats.getPrepareStatementCount();
            lookup.get();
            fewest = Math.min(fewest, stats.getPrepareStatementCount() - before);
        }
        return fewest;
    }

    /** Whatever the answer holds, printed: no name, NIK or phone in it. */
    private static void assertNoPersonalData(PublicStatus status) {
        String all = status.toString();
        assertThat(all).doesNotContain(NAME).doesNotContain("Rahmat").doesNotContain(Applications.NIK)
                .doesNotContain("081234567890").doesNotContain("1234567890");
    }
}
