package id.loket.dashboard;

import java.time.Instant;
import java.util.UUID;

/**
 * A card that stayed in a step longer than twice the step's standard (time since it entered the step). Raised once
 * per card and step visit, open until the card leaves the step.
 */
public record Breach(UUID applicationId, String registrationNumber, String branchCode, String stepCode,
                     int standardMinutes, Instant enteredAt, Instant raisedAt, Instant closedAt) {
}
