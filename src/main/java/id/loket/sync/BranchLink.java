package id.loket.sync;

import java.time.Instant;

/** A branch's view of its link to the central: what the admin's indicator shows. */
public interface BranchLink {

    /**
     * @param enrolled        a central URL and branch key are configured
     * @param connected       the last delivery attempt succeeded
     * @param disconnectedSince when the first of the current run of failed attempts happened (null when connected)
     * @param pending         events in the outbox not yet accepted by the central
     * @param lastDelivered   when the central last accepted a batch (null: never)
     */
    record Status(boolean enrolled, boolean connected, Instant disconnectedSince, long pending, Instant lastDelivered) {
    }

    Status status();
}
