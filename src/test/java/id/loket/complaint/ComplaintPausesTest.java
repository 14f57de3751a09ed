package id.loket.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.complaint.internal.ComplaintEvent;
import id.loket.complaint.internal.SlaClock.Pause;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Waiting on the citizen is derived from the timeline, never stored as a counter that could drift. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintPausesTest {

    private static final UUID ID = UUID.randomUUID();

    private static ComplaintEvent event(String at, String action, ComplaintStatus from, ComplaintStatus to) {
        return new ComplaintEvent("PUSAT", ID, Instant.parse(at), "x", action, from, to, Division.DAFDUK, null);
    }

    @Test
    void each_wait_ends_when_the_complaint_leaves_waiting_and_the_last_may_still_run() {
        List<ComplaintEvent> timeline = List.of(
                event("2026-11-25T02:00:00Z", "RECEIVED", null, ComplaintStatus.NEW),
                event("2026-11-25T02:10:00Z", "ASSIGNED", ComplaintStatus.NEW, ComplaintStatus.ASSIGNED),
                event("2026-11-25T02:20:00Z", "FOLLOWED_UP", ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS),
                event("2026-11-25T03:00:00Z", "WAITING", ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING_CITIZEN),
                event("2026-11-26T03:00:00Z", "RESUMED", ComplaintStatus.WAITING_CITIZEN, ComplaintStatus.IN_PROGRESS),
                event("2026-11-26T04:00:00Z", "WAITING", ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING_CITIZEN),
                // reassigned while waiting: the new holder's clock runs
                event("2026-11-26T05:00:00Z", "REASSIGNED", ComplaintStatus.WAITING_CITIZEN, ComplaintStatus.ASSIGNED),
                event("2026-11-26T06:00:00Z", "FOLLOWED_UP", ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS),
                event("2026-11-26T07:00:00Z", "WAITING", ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING_CITIZEN));

        assertThat(ComplaintService.pauses(timeline)).containsExactly(
                new Pause(Instant.parse("2026-11-25T03:00:00Z"), Instant.parse("2026-11-26T03:00:00Z")),
                new Pause(Instant.parse("2026-11-26T04:00:00Z"), Instant.parse("2026-11-26T05:00:00Z")),
                new Pause(Instant.parse("2026-11-26T07:00:00Z"), null));
    }
}
