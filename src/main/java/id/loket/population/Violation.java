package id.loket.population;

/**
 * One broken rule: a translation key and its arguments (member number, name, ...), and where it is: the form
 * field ({@code field}, null for the family as a whole) of the header ({@code member} 0) or of member
 * {@code member} (1-based, KK order), so the form can mark the field itself.
 */
public record Violation(String key, String field, int member, Object[] args) {

    /** A rule about the family as a whole (no members, not one head). */
    public static Violation family(String key, Object... args) {
        return new Violation(key, null, 0, args);
    }

    /** A rule about one header field (address, RT, village, KK number ...). */
    public static Violation header(String field, String key, Object... args) {
        return new Violation(key, field, 0, args);
    }

    /** A rule about one field of member {@code member} (1-based). */
    public static Violation member(int member, String field, String key, Object... args) {
        return new Violation(key, field, member, args);
    }
}
