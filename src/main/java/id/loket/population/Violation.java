package id.loket.population;

/** One broken rule: a translation key and its arguments (member number, name, ...). */
public record Violation(String key, Object... args) {
}
