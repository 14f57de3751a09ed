package id.loket.base;

import java.util.Locale;

/** A label kept in the database in both languages (catalogue data an admin can edit). */
public record Localized(String id, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : id;
    }
}
