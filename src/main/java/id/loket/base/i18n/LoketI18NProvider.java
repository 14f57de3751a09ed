package id.loket.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Bahasa Indonesia (the root bundle) first, English second. No fallback to the JVM's default locale: an
 * English server must still show Indonesian to an Indonesian user.
 */
@Component
public class LoketI18NProvider implements I18NProvider {

    public static final Locale INDONESIAN = Locale.of("id", "ID");
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(INDONESIAN, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
        return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
    }

    public static ResourceBundle bundle(Locale locale) {
        Locale wanted = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, wanted, NO_FALLBACK);
    }

    /** The supported locale for a language tag; Indonesian for anything unknown. */
    public static Locale supported(String languageTag) {
        return languageTag != null && languageTag.startsWith("en") ? ENGLISH : INDONESIAN;
    }
}
