package id.loket.dashboard.ui;

import id.loket.dashboard.DashboardFilter;
import id.loket.dashboard.Drill;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The drill-down URL contract (BRIEF): {@code dasbor/kartu?dari=2026-12-01&sampai=2026-12-02&cabang=PUSAT
 * &jenis=BIRTH&apa=FINISHED&tahap=SIAK_CHECK&hari=0&jam=9}; optional parameters are left out when empty. Every figure
 * on a dashboard links through here to the cards behind it.
 */
public final class DrillLinks {

    /** Absolute path of the list view (its route is the same without the slash). */
    public static final String PATH = "/dasbor/kartu";

    private DrillLinks() {
    }

    /** Absolute address of the cards behind a figure. */
    public static String url(DashboardFilter filter, Drill drill) {
        return "/" + href(filter, drill);
    }

    /** Relative href (no leading slash, like the app's other links: resolved against the page's base). */
    public static String href(DashboardFilter filter, Drill drill) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("dari", filter.from().toString());
        params.put("sampai", filter.to().toString());
        if (filter.branchCode() != null && !filter.branchCode().isBlank()) {
            params.put("cabang", filter.branchCode());
        }
        if (filter.typeCode() != null && !filter.typeCode().isBlank()) {
            params.put("jenis", filter.typeCode());
        }
        params.put("apa", drill.kind().name());
        if (drill.stepCode() != null && !drill.stepCode().isBlank()) {
            params.put("tahap", drill.stepCode());
        }
        if (drill.weekday() >= 0) {
            params.put("hari", Integer.toString(drill.weekday()));
        }
        if (drill.hour() >= 0) {
            params.put("jam", Integer.toString(drill.hour()));
        }
        return PATH.substring(1) + "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** What a drill-down URL asks for, or the bundle key of what is wrong with it. */
    record Parsed(DashboardFilter filter, Drill drill, String problemKey) {
    }

    static Parsed parse(Map<String, List<String>> params) {
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(one(params, "dari"));
            to = LocalDate.parse(one(params, "sampai"));
        } catch (RuntimeException e) {
            return new Parsed(null, null, "dashboard.cards.bad.dates");
        }
        if (from.isAfter(to)) {
            return new Parsed(null, null, "dashboard.cards.bad.dates");
        }
        Drill.Kind kind;
        try {
            kind = Drill.Kind.valueOf(one(params, "apa"));
        } catch (RuntimeException e) {
            return new Parsed(null, null, "dashboard.cards.bad.kind");
        }
        String step = optional(params, "tahap");
        if (step != null && !step.matches("[A-Z0-9_]{1,32}")) {
            return new Parsed(null, null, "dashboard.cards.bad.step");
        }
        int weekday;
        int hour;
        try {
            weekday = optional(params, "hari") == null ? -1 : Integer.parseInt(optional(params, "hari"));
            hour = optional(params, "jam") == null ? -1 : Integer.parseInt(optional(params, "jam"));
        } catch (NumberFormatException e) {
            return new Parsed(null, null, "dashboard.cards.bad.cell");
        }
        if (weekday < -1 || weekday > 6 || hour < -1 || hour > 23
                || (kind != Drill.Kind.ARRIVALS && (weekday >= 0 || hour >= 0))) {
            return new Parsed(null, null, "dashboard.cards.bad.cell");
        }
        String branch = optional(params, "cabang");
        String type = optional(params, "jenis");
        return new Parsed(new DashboardFilter(from, to, branch, type), new Drill(kind, step, weekday, hour), null);
    }

    private static String one(Map<String, List<String>> params, String name) {
        String value = optional(params, name);
        if (value == null) {
            throw new IllegalArgumentException(name);
        }
        return value;
    }

    private static String optional(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.getFirst() == null || values.getFirst().isBlank()) {
            return null;
        }
        return values.getFirst().trim();
    }
}
