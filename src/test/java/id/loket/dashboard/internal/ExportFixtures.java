package id.loket.dashboard.internal;

import id.loket.base.Localized;
import id.loket.base.i18n.LoketI18NProvider;
import id.loket.complaint.ComplaintChannel;
import id.loket.complaint.ComplaintService;
import id.loket.complaint.ComplaintStatus;
import id.loket.dashboard.Bottleneck;
import id.loket.dashboard.BranchFigures;
import id.loket.dashboard.Breach;
import id.loket.dashboard.DashboardFilter;
import id.loket.dashboard.HeatMap;
import id.loket.dashboard.OfficeDashboard;
import id.loket.dashboard.OfficerFigures;
import id.loket.dashboard.ReturnFigures;
import id.loket.dashboard.SectionDashboard;
import id.loket.dashboard.Spread;
import id.loket.dashboard.StepFigures;
import id.loket.dashboard.TrendPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Small hand-made dashboards whose every figure is known, for the export tests (no database, no core). */
final class ExportFixtures {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 2);
    static final String OFFICE = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bogor";
    static final Instant GENERATED = Instant.parse("2026-12-02T02:30:00Z"); // 09.30 WIB

    private ExportFixtures() {
    }

    static ExportText text(Locale locale) {
        return new ExportText(new LoketI18NProvider(), locale);
    }

    static ExportHeader header(ExportText text) {
        return new ExportHeader(OFFICE, text.t("dashboard.export.branch.all"), text.t("dashboard.export.type.all"),
                GENERATED, WIB);
    }

    static List<StepFigures> steps() {
        return List.of(
                new StepFigures("QUEUE", 1, new Localized("Antrean", "Queue"), 5, new Spread(10, 0, 0, 1.0, 5),
                        new Spread(10, 255, 540, 0.6, 5), 10, 0, 3, null, 0),
                new StepFigures("INTAKE", 2, new Localized("Penerimaan berkas", "Intake"), 5,
                        new Spread(10, 270, 390, 0.8, 5), new Spread(10, 60, 120, 1.0, 5), 10, 1, 2,
                        Instant.parse("2026-12-02T02:15:00Z"), 1));
    }

    static OfficeDashboard office(HeatMap arrivals) {
        List<StepFigures> steps = steps();
        Map<String, Double> pusat = new LinkedHashMap<>();
        pusat.put("QUEUE", 0.9);
        pusat.put("INTAKE", 0.75);
        List<BranchFigures> branches = List.of(
                new BranchFigures("PUSAT", "Kantor Pusat", new Spread(5, 1440, 2400, 0.8, 30), pusat),
                new BranchFigures("CIBINONG", "Cabang Cibinong", new Spread(3, 1800, 3600, 1 / 3.0, 30),
                        Map.of("QUEUE", 1.0)));
        Bottleneck bottleneck = new Bottleneck("QUEUE", new Localized("Antrean", "Queue"), 5,
                steps.get(0).waiting(), steps.get(0).working());
        List<TrendPoint> days = List.of(new TrendPoint(FROM, 5, new Spread(5, 1440, 2400, 0.8, 30)),
                new TrendPoint(TO, 3, new Spread(3, 1800, 3600, 1 / 3.0, 30)));
        Map<ComplaintChannel, Long> channels = new EnumMap<>(ComplaintChannel.class);
        channels.put(ComplaintChannel.WEB, 3L);
        channels.put(ComplaintChannel.TELEPON, 1L);
        Map<ComplaintStatus, Long> statuses = new EnumMap<>(ComplaintStatus.class);
        statuses.put(ComplaintStatus.NEW, 1L);
        statuses.put(ComplaintStatus.RESOLVED, 3L);
        ComplaintService.Figures complaints = new ComplaintService.Figures(FROM, TO, 4, channels,
                Map.of("LAYANAN", 4L), statuses, 30L, null, 1, 0, Map.of(), Map.of());
        return new OfficeDashboard(new DashboardFilter(FROM, TO, null, null), new Spread(8, 1500, 2700, 0.625, 30),
                steps, branches, bottleneck, days, arrivals, null, List.of(), complaints);
    }

    /** Arrivals on weekdays 08-15, busiest on Monday 08. */
    static HeatMap arrivals() {
        Long[][] cells = new Long[7][24];
        for (int day = 0; day < 5; day++) {
            for (int h = 8; h < 16; h++) {
                cells[day][h] = (long) (20 - day * 2 - (h - 8));
            }
        }
        return new HeatMap(cells);
    }

    /** A month of throughput for the report: 1..31 December, 0 on Sundays. */
    static OfficeDashboard month() {
        OfficeDashboard d = office(arrivals());
        List<TrendPoint> days = new ArrayList<>();
        for (int day = 1; day <= 31; day++) {
            LocalDate date = LocalDate.of(2026, 12, day);
            long n = date.getDayOfWeek().getValue() == 7 ? 0 : 10 + day % 7;
            days.add(new TrendPoint(date, n, new Spread(n, 1500, 2700, 0.625, 30)));
        }
        return new OfficeDashboard(new DashboardFilter(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null,
                null), d.leadTime(), d.steps(), d.branches(), d.bottleneck(), days, d.arrivals(), d.waiting(),
                d.flow(), d.complaints());
    }

    static MonthlyReport report(ExportText text) {
        List<TrendPoint> weeks = List.of(
                new TrendPoint(LocalDate.of(2026, 11, 30), 1234, new Spread(1234, 1500, 2700, 0.625, 30)),
                new TrendPoint(LocalDate.of(2026, 12, 7), 80, new Spread(80, 1440, 2400, 0.8, 30)));
        return new MonthlyReport(header(text), YearMonth.of(2026, 12), month(), weeks);
    }

    static SectionDashboard section() {
        List<ReturnFigures> returns = List.of(
                new ReturnFigures("INTAKE", "=HYPERLINK(\"http://x\")", 2),
                new ReturnFigures("INTAKE", "@SUM(1)", 1),
                new ReturnFigures("INTAKE", "-2+3", 1),
                new ReturnFigures("INTAKE", "Berkas kurang; KTP \"asli\", KK lama", 1));
        List<OfficerFigures> officers = List.of(
                new OfficerFigures("siti", "Siti Rahma", "INTAKE", new Spread(4, 270, 390, 0.75, 5)));
        List<Breach> breaches = List.of(new Breach(UUID.fromString("00000000-0000-0000-0000-000000000001"),
                "PST-20261202-0001", "PUSAT", "INTAKE", 5, Instant.parse("2026-12-02T02:00:00Z"),
                Instant.parse("2026-12-02T02:10:00Z"), null));
        return new SectionDashboard(new DashboardFilter(FROM, TO, "PUSAT", "BIRTH"), steps(), returns, officers,
                breaches);
    }
}
