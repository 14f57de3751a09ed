package id.loket.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class I18nBundleTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundleTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            if (in == null) {
                return p;
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        }
        return p;
    }

    /** All bundles of one language merged; fails on a key defined in two bundles. */
    private static Properties all(String suffix) throws IOException {
        Properties merged = new Properties();
        for (String name : id.loket.base.i18n.LoketI18NProvider.BUNDLES) {
            Properties p = load(name + suffix + ".properties");
            for (String key : p.stringPropertyNames()) {
                assertThat(merged.containsKey(key)).as("key %s defined twice (%s)", key, name).isFalse();
                merged.setProperty(key, p.getProperty(key));
            }
        }
        return merged;
    }

    @Test
    void indonesian_and_english_have_the_same_keys() throws IOException {
        Set<String> id = new TreeSet<>(all("").stringPropertyNames());
        Set<String> en = new TreeSet<>(all("_en").stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(id);
        missingInEnglish.removeAll(en);
        Set<String> missingInIndonesian = new TreeSet<>(en);
        missingInIndonesian.removeAll(id);
        assertThat(missingInEnglish).as("keys missing in the English bundles").isEmpty();
        assertThat(missingInIndonesian).as("keys missing in the Indonesian bundles").isEmpty();
    }

    @Test
    void every_key_used_in_code_exists() throws IOException {
        Properties id = all("");
        Pattern usage = Pattern.compile("(?:getTranslation|Messages\\.(?:error|success)|BusinessException)\\(\"([a-z][a-zA-Z0-9._-]*[a-zA-Z0-9])\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = usage.matcher(Files.readString(file));
                while (m.find()) {
                    if (!id.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("translation keys used in code but not in the bundle").isEmpty();
    }

    /** MessageFormat eats a lone apostrophe in a text with arguments ("NIK's" shows as "NIKs"): write it twice. */
    @Test
    void texts_with_arguments_double_their_apostrophes() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String suffix : List.of("", "_en")) {
            Properties all = all(suffix);
            for (String key : all.stringPropertyNames()) {
                String value = all.getProperty(key);
                if (value.matches("(?s).*\\{\\d.*") && value.replace("''", "").contains("'")) {
                    offenders.add(key + suffix);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** A view shows text only through the bundles; language names are shown in their own language on purpose. */
    @Test
    void views_hold_no_literal_user_facing_text() throws IOException {
        Pattern literal = Pattern.compile(
                "(?:new (?:Button|Span|H[1-6]|Paragraph|Label|TextField|TextArea|Checkbox|Anchor|Div|NativeLabel)\\(|setText\\(|setHeaderTitle\\(|setLabel\\(|setPlaceholder\\(|setHeader\\(|addItem\\()\"([^\"]*[A-Za-z][^\"]*)\"");
        Set<String> allowed = Set.of("Bahasa Indonesia", "English");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().contains("/ui/") && f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (!allowed.contains(m.group(1))) {
                        offenders.add(file.getFileName() + ": \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
