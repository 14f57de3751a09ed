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
    /**
     * The shared bundle plus one per feature (so features can be worked on side by side). Each is a pair:
     * {@code <name>.properties} (Indonesian) and {@code <name>_en.properties}; a key lives in exactly one.
     */
    public static final List<String> BUNDLES = List.of("translations", "queue", "workflow", "complaint", "population",
            "siak", "document", "dashboard");
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
        Locale wanted = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        for (String name : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle("vaadin-i18n." + name, wanted, NO_FALLBACK);
            } catch (MissingResourceException e) {
                continue; // a feature without texts yet
            }
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params == null || params.length == 0 ? pattern
                        : new MessageFormat(pattern, wanted == Locale.ROOT ? INDONESIAN : ENGLISH).format(params);
            }
        }
        return "!" + key;
    }

    /** The supported locale for a language tag; Indonesian for anything unknown. */
    public static Locale supported(String languageTag) {
        return languageTag != null && languageTag.startsWith("en") ? ENGLISH : INDONESIAN;
    }
}
