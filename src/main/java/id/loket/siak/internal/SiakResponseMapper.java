package id.loket.siak.internal;

import id.loket.siak.SiakCodes;
import id.loket.siak.SiakFamily;
import id.loket.siak.SiakMember;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CALL_NIK answer (see shared/domain/siak.md 3a). Every field is optional because deployments differ;
 * errors come inside {@code content[0].RESPON} with HTTP 200 and are matched case- and space-insensitively.
 * Entries after {@code content[0]} with the same NO_KK are taken as the rest of the family when a deployment
 * sends them (the simulator does).
 */
public final class SiakResponseMapper {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd-MM-yyyy"), DateTimeFormatter.ofPattern("dd/MM/yyyy"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd"));

    private SiakResponseMapper() {
    }

    public static SiakAnswer map(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            root = null;
        }
        if (root == null || !root.path("content").isArray() || root.path("content").isEmpty()
                || !root.path("content").get(0).isObject()) {
            // a proxy's HTML error page or a cut-off answer: SIAK did not really answer, ask again later
            return new SiakAnswer.Unavailable("siak.error.malformed");
        }
        JsonNode first = root.path("content").get(0);
        String respon = text(first, "RESPON");
        if (respon != null) {
            return fromRespon(respon);
        }
        String nik = digits(text(first, "NIK"));
        if (nik == null) {
            return new SiakAnswer.Unavailable("siak.error.malformed");
        }
        String kk = digits(text(first, "NO_KK"));
        List<SiakMember> members = new ArrayList<>();
        for (JsonNode entry : root.path("content")) {
            String entryKk = digits(text(entry, "NO_KK"));
            if (entry.isObject() && digits(text(entry, "NIK")) != null && (entry == first || (kk != null && kk.equals(entryKk)))) {
                members.add(member(entry));
            }
        }
        String head = members.stream().filter(m -> "1".equals(m.relationshipCode())).map(SiakMember::fullName)
                .findFirst().orElse(null);
        return new SiakAnswer.Found(new SiakFamily(kk, head, text(first, "ALAMAT"), text(first, "NO_RT"),
                text(first, "NO_RW"), village(first), text(first, "KODE_POS"), members));
    }

    static SiakAnswer fromRespon(String respon) {
        String r = respon.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        if (r.contains("tidak ditemukan")) {
            return new SiakAnswer.NotFound();
        }
        if (r.contains("kuota")) {
            // the daily quota comes back tomorrow: keep the lookup pending
            return new SiakAnswer.Unavailable("siak.error.quota");
        }
        if (r.contains("login")) {
            return new SiakAnswer.Refused("siak.error.login");
        }
        if (r.contains("ip")) {
            return new SiakAnswer.Refused("siak.error.ip");
        }
        return new SiakAnswer.Refused("siak.error.refused");
    }

    private static SiakMember member(JsonNode n) {
        return new SiakMember(digits(text(n, "NIK")), text(n, "NAMA_LGKP"),
                SiakCodes.code(SiakCodes.SEX, text(n, "JENIS_KLMIN")), text(n, "TMPT_LHR"), date(text(n, "TGL_LHR")),
                SiakCodes.code(SiakCodes.RELIGION, text(n, "AGAMA")),
                SiakCodes.code(SiakCodes.EDUCATION, text(n, "PDDK_AKH")),
                SiakCodes.code(SiakCodes.OCCUPATION, text(n, "JENIS_PKRJN")),
                SiakCodes.code(SiakCodes.BLOOD_TYPE, text(n, "GOL_DARAH")),
                SiakCodes.code(SiakCodes.MARITAL_STATUS, text(n, "STATUS_KAWIN")), date(text(n, "TGL_KWN")),
                SiakCodes.code(SiakCodes.RELATIONSHIP, text(n, "STAT_HBKEL")),
                SiakCodes.code(SiakCodes.CITIZENSHIP, text(n, "KEWARGANEGARAAN") == null ? "WNI" : text(n, "KEWARGANEGARAAN")),
                text(n, "NO_PASPOR"), text(n, "NO_KITAP"), text(n, "NAMA_LGKP_AYAH"), text(n, "NAMA_LGKP_IBU"));
    }

    /** NO_PROP/NO_KAB/NO_KEC/NO_KEL come unpadded ("32", "1", "1", "1001"): to 32.01.01.1001. */
    private static String village(JsonNode n) {
        try {
            return "%02d.%02d.%02d.%04d".formatted(Integer.parseInt(text(n, "NO_PROP")), Integer.parseInt(text(n, "NO_KAB")),
                    Integer.parseInt(text(n, "NO_KEC")), Integer.parseInt(text(n, "NO_KEL")));
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String s = v.asString().trim();
        return s.isEmpty() ? null : s;
    }

    /** NIK and NO_KK arrive as strings or numbers; kept as 16-character strings. */
    private static String digits(String s) {
        return s == null || !s.matches("\\d{1,16}") ? null : "0".repeat(16 - s.length()) + s;
    }

    private static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        String day = s.length() > 10 ? s.substring(0, 10) : s;
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(day, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }
}
