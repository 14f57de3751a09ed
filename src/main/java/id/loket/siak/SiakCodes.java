package id.loket.siak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The code lists of shared/domain/codes (copied to classpath:siak/codes): labels for a code, and SIAK's free
 * text ("LAKI-LAKI", "KAWIN TERCATAT", "SLTA/SEDERAJAT") to our code. Matching ignores case, spaces and
 * punctuation because deployments differ in both.
 */
public final class SiakCodes {

    public static final String SEX = "sex";
    public static final String RELIGION = "religion";
    public static final String EDUCATION = "education";
    public static final String OCCUPATION = "occupation";
    public static final String BLOOD_TYPE = "blood-type";
    public static final String MARITAL_STATUS = "marital-status";
    public static final String RELATIONSHIP = "family-relationship";
    public static final String CITIZENSHIP = "citizenship";
    private static final List<String> LISTS = List.of(SEX, RELIGION, EDUCATION, OCCUPATION, BLOOD_TYPE,
            MARITAL_STATUS, RELATIONSHIP, CITIZENSHIP);

    /** SIAK spellings seen in public clients that differ from our labels. */
    private static final Map<String, Map<String, String>> ALIASES = Map.of(
            SEX, Map.of("L", "1", "LAKILAKI", "1", "P", "2", "WANITA", "2"),
            RELIGION, Map.of("KATOLIK", "3", "BUDDHA", "5", "KONGHUCU", "6", "KHONGHUCU", "6", "KEPERCAYAAN", "7"),
            MARITAL_STATUS, Map.of("KAWIN", "2", "CERAIHIDUP", "4", "CERAIMATI", "6"),
            BLOOD_TYPE, Map.of("TIDAKTAHU", "13", "", "13"),
            CITIZENSHIP, Map.of("INDONESIA", "WNI", "ASING", "WNA"),
            RELATIONSHIP, Map.of("KEPALAKELUARGA", "1", "FAMILILAIN", "9"));

    private record Entry(String code, String labelId, String labelEn) {
    }

    private static final Map<String, Map<String, Entry>> BY_CODE = new HashMap<>();
    private static final Map<String, Map<String, String>> BY_TEXT = new HashMap<>();

    static {
        for (String list : LISTS) {
            Map<String, Entry> byCode = new LinkedHashMap<>();
            Map<String, String> byText = new HashMap<>();
            try (InputStream in = SiakCodes.class.getResourceAsStream("/siak/codes/" + list + ".csv");
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.readLine();
                String line;
                while ((line = reader.readLine()) != null) {
                    String[] cols = line.split(",", -1);
                    if (cols.length < 3) {
                        continue;
                    }
                    Entry e = new Entry(cols[0], cols[1], cols[2]);
                    byCode.put(e.code(), e);
                    byText.put(norm(e.labelId()), e.code());
                    byText.putIfAbsent(norm(e.code()), e.code());
                }
            } catch (IOException | NullPointerException e) {
                throw new UncheckedIOException(new IOException("code list missing: " + list, e));
            }
            byText.putAll(ALIASES.getOrDefault(list, Map.of()));
            BY_CODE.put(list, byCode);
            BY_TEXT.put(list, byText);
        }
    }

    private SiakCodes() {
    }

    private static String norm(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9+\\-]", "");
    }

    /** Our code for SIAK's text, or null when it is absent or unknown. */
    public static String code(String list, String siakText) {
        if (siakText == null) {
            return null;
        }
        return BY_TEXT.getOrDefault(list, Map.of()).get(norm(siakText.trim()));
    }

    /** The label in the user's language; the code itself when the list does not know it. */
    public static String label(String list, String code, Locale locale) {
        if (code == null) {
            return "";
        }
        Entry e = BY_CODE.getOrDefault(list, Map.of()).get(code);
        if (e == null) {
            return code;
        }
        return locale != null && "en".equals(locale.getLanguage()) ? e.labelEn() : e.labelId();
    }

    /** The Indonesian label in SIAK's upper-case style; the simulator answers with it. */
    public static String siakText(String list, String code) {
        Entry e = BY_CODE.getOrDefault(list, Map.of()).get(code);
        return e == null ? null : e.labelId().toUpperCase(Locale.ROOT);
    }
}
