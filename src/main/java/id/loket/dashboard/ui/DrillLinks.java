package id.loket.dashboard.ui;

import id.loket.dashboard.DashboardFilter;
import id.loket.dashboard.Drill;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The address of the cards behind a figure, the contract of the list view {@code /dasbor/kartu}:
 * {@code ?dari=&sampai=&cabang=&jenis=&apa=&tahap=&hari=&jam=}, optional parameters left out when empty.
 */
public final class DrillLinks {

    public static final String PATH = "/dasbor/kartu";

    private DrillLinks() {
    }

    public static String url(DashboardFilter filter, Drill drill) {
        StringJoiner query = new StringJoiner("&", PATH + "?", "");
        query.add("dari=" + filter.from());
        query.add("sampai=" + filter.to());
        add(query, "cabang", filter.branchCode());
        add(query, "jenis", filter.typeCode());
        query.add("apa=" + drill.kind().name());
        add(query, "tahap", drill.stepCode());
        if (drill.weekday() >= 0) {
            query.add("hari=" + drill.weekday());
        }
        if (drill.hour() >= 0) {
            query.add("jam=" + drill.hour());
        }
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
