package id.loket.dashboard.internal;

import java.time.Instant;
import java.time.ZoneId;

/** What an export says about itself: whose office, which branch and type (already in words), when it was made. */
public record ExportHeader(String officeName, String branchLabel, String typeLabel, Instant generatedAt, ZoneId zone) {
}
