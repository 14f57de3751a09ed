package id.loket.workflow;

import java.time.Instant;
import java.util.UUID;

/** One card on the board: a slim projection, read in one query for the whole board. */
public record CardRow(UUID id, long version, String registrationNumber, String queueNumber, String applicantName,
                      String typeCode, ApplicationStatus status, String stepCode, Instant enteredAt, Instant claimedAt,
                      String holder, int reworkCount, Instant finishedAt) {

    /** The number staff and applicant use: the registration number, or the queue number before one exists. */
    public String displayNumber() {
        return registrationNumber != null ? registrationNumber : queueNumber;
    }
}
