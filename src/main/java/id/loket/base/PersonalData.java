package id.loket.base;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one policy for personal data on the KK work screens: which role sees which kind of data in clear on which
 * screen (or purpose); everyone else gets it masked. Services ask here instead of deciding for themselves, so
 * the family screens, the KK preview and the SIAK view cannot disagree. README's "Personal data" table is this
 * table; {@code PersonalDataTest} checks it as a matrix. Every view of unmasked data stays audited by the caller.
 */
public final class PersonalData {

    /** The kinds of personal data the KK screens show. */
    public enum Kind { NIK, KK_NUMBER, TRAVEL_DOCUMENT, PHONE, ADDRESS, NAME }

    /** Where data is shown (or written): a screen and the service calls behind it. */
    public enum Screen {
        /** Step 3: SIAK's answer beside the file. */
        SIAK_CHECK,
        /** Step 4: the family being entered. */
        FAMILY_ENTRY,
        /** Step 5: the entered family beside the baseline. */
        VERIFICATION,
        /** Steps 6-7: the KK preview and the signed KK. */
        KK_DOCUMENT,
        /** The audit trail: what an auditor reads about a change. */
        AUDIT_TRAIL
    }

    private static final Set<Kind> ALL = EnumSet.allOf(Kind.class);
    /** Names and addresses identify the family on every screen; the identity numbers are what may be misused. */
    private static final Set<Kind> NAMES_ONLY = EnumSet.of(Kind.NAME, Kind.ADDRESS);

    /** Screen -> role -> kinds shown in clear. A role not listed sees every kind masked. */
    private static final Map<Screen, Map<String, Set<Kind>>> CLEAR = new EnumMap<>(Map.of(
            Screen.SIAK_CHECK, Map.of(Roles.COUNTER, ALL, Roles.OPERATOR, ALL, Roles.VERIFIER, ALL,
                    Roles.HEAD_OF_OFFICE, NAMES_ONLY),
            Screen.FAMILY_ENTRY, Map.of(Roles.OPERATOR, ALL, Roles.VERIFIER, ALL, Roles.HEAD_OF_OFFICE, NAMES_ONLY),
            Screen.VERIFICATION, Map.of(Roles.VERIFIER, ALL, Roles.HEAD_OF_OFFICE, NAMES_ONLY),
            // the signer signs what he reads and the pickup officer prints the signed file itself
            Screen.KK_DOCUMENT, Map.of(Roles.SIGNER, ALL, Roles.PICKUP, ALL, Roles.HEAD_OF_OFFICE, NAMES_ONLY),
            Screen.AUDIT_TRAIL, Map.of("*", NAMES_ONLY)));

    private PersonalData() {
    }

    /** Whether any of these roles sees this kind in clear on this screen. */
    public static boolean clear(Collection<String> roles, Screen screen, Kind kind) {
        Map<String, Set<Kind>> byRole = CLEAR.getOrDefault(screen, Map.of());
        if (byRole.getOrDefault("*", Set.of()).contains(kind)) {
            return true;
        }
        return roles.stream().anyMatch(r -> byRole.getOrDefault(r, Set.of()).contains(kind));
    }

    public static boolean clear(LoketUser user, Screen screen, Kind kind) {
        return clear(user.roles(), screen, kind);
    }

    /** Whether this user sees every kind in clear here: then the view is "unmasked" and must be audited. */
    public static boolean unmasked(LoketUser user, Screen screen) {
        return ALL.stream().allMatch(k -> clear(user, screen, k));
    }

    /** The value as this user may see it on this screen. */
    public static String show(LoketUser user, Screen screen, Kind kind, String value) {
        return clear(user, screen, kind) ? value : mask(kind, value);
    }

    /** The value as the audit trail keeps it. */
    public static String forAudit(Kind kind, String value) {
        return clear(Set.of(), Screen.AUDIT_TRAIL, kind) ? value : mask(kind, value);
    }

    /** How each kind is masked: enough to tell two apart at the counter, not enough to misuse. */
    public static String mask(Kind kind, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (kind) {
            case NIK, KK_NUMBER -> value.length() == 16 ? Nik.mask(value) : "*".repeat(value.length());
            case TRAVEL_DOCUMENT, PHONE -> value.length() <= 4 ? "****"
                    : "*".repeat(value.length() - 2) + value.substring(value.length() - 2);
            case ADDRESS -> "***";
            case NAME -> initials(value);
        };
    }

    private static String initials(String name) {
        StringBuilder s = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            if (!part.isEmpty()) {
                s.append(s.isEmpty() ? "" : " ").append(part.charAt(0)).append("***");
            }
        }
        return s.toString();
    }
}
