package id.loket.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * A visit to a step ended (done or returned). Published <b>inside</b> the transaction that closes the visit, so a
 * synchronous listener (the dashboard roll-ups) writes in the same transaction and can never drift from the step
 * history. Steps 1 and 2 (queue and intake) are published when intake completes, from the ticket's times.
 *
 * @param startedAt     when the applicant took the queue number (visit 1 entered): the start of the lead time
 * @param completesApplication true on the last step's DONE (the KK was handed over): lead time = finishedAt - startedAt
 * @param claimedAt     when work started (never null here: a visit finished without a claim counts from its finish)
 */
public record StepFinished(UUID applicationId, String branchCode, String typeCode, String stepCode, int visitNo,
                           Instant enteredAt, Instant claimedAt, Instant finishedAt, String actor,
                           StepOutcome outcome, String reason, Instant startedAt, boolean completesApplication) {

    public long waitingSeconds() {
        return Math.max(0, claimedAt.getEpochSecond() - enteredAt.getEpochSecond());
    }

    public long workingSeconds() {
        return Math.max(0, finishedAt.getEpochSecond() - claimedAt.getEpochSecond());
    }
}
