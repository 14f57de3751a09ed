package id.loket.dashboard;

import java.time.Instant;
import java.util.UUID;

/**
 * A card behind a figure. {@code seconds} is the measured duration (working, waiting, lead or time in step);
 * {@code openable} is false for another branch's card (branch isolation: its timeline opens only there).
 */
public record CardRef(UUID applicationId, String registrationNumber, String branchCode, String stepCode,
                      Instant at, long seconds, String detail, boolean openable) {
}
