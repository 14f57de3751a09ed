package id.loket.dashboard.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * What an export says about itself: whose office, which branch and type (already in words), when it was made; and the
 * complaint categories' names in the user's language (code -> name; a code without a name prints as itself).
 */
public record ExportHeader(String officeName, String branchLabel, String typeLabel, Instant generatedAt, ZoneId zone,
                           Map<String, String> complaintCategories) {

    public ExportHeader(String officeName, String branchLabel, String typeLabel, Instant generatedAt, ZoneId zone) {
        this(officeName, branchLabel, typeLabel, generatedAt, zone, Map.of());
    }
}
