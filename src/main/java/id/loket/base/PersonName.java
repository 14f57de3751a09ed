package id.loket.base;

import java.util.regex.Pattern;

/**
 * What a person's name may be, wherever one is typed (applicant, family member, parent, KK recipient): letters in
 * any script, with spaces, dots, commas, apostrophes and hyphens; a single word is a whole name; at most 100.
 */
public final class PersonName {

    private static final Pattern PATTERN = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .,'’\\-]{0,99}");

    private PersonName() {
    }

    public static boolean valid(String name) {
        return name != null && PATTERN.matcher(name).matches();
    }
}
