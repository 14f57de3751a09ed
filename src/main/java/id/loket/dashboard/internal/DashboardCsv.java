package id.loket.dashboard.internal;

import id.loket.complaint.ComplaintService;
import id.loket.dashboard.Bottleneck;
import id.loket.dashboard.BranchFigures;
import id.loket.dashboard.Breach;
import id.loket.dashboard.DashboardFilter;
import id.loket.dashboard.FlowPoint;
import id.loket.dashboard.HeatMap;
import id.loket.dashboard.OfficeDashboard;
import id.loket.dashboard.OfficerFigures;
import id.loket.dashboard.ReturnFigures;
import id.loket.dashboard.SectionDashboard;
import id.loket.dashboard.Spread;
import id.loket.dashboard.StepFigures;
import id.loket.dashboard.TrendPoint;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a dashboard shows, as one CSV file of labelled sections (a heading row, a header row, the rows, an empty row),
 * in the user's language. Durations are minutes, shares percentages, dates ISO; see {@link CsvWriter} for the
 * separator, decimal mark and the formula-injection rule.
 */
public final class DashboardCsv {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ExportText text;
    private final ExportHeader header;
    private final CsvWriter csv;

    private DashboardCsv(ExportText text, ExportHeader header) {
        this.text = text;
        this.header = header;
        this.csv = new CsvWriter(text.locale(), text.t("dashboard.export.beyond"));
    }

    /** The Kepala Dinas's dashboard. */
    public static byte[] office(OfficeDashboard d, ExportText text, ExportHeader header) {
        DashboardCsv out = new DashboardCsv(text, header);
        out.title("dashboard.export.title.office", d.filter());
        out.lead(d.leadTime());
        out.steps(d.steps());
        out.branches(d.branches(), d.steps());
        out.bottleneck(d.bottleneck());
        out.throughput(d.throughputByDay());
        out.heatMap("dashboard.export.arrivals", d.arrivals(), false);
        out.heatMap("dashboard.export.waiting", d.waiting(), true);
        out.flow(d.flow(), d.steps());
        out.complaints(d.complaints());
        return out.csv.bytes();
    }

    /** The Kepala Seksi's dashboard. */
    public static byte[] section(SectionDashboard d, ExportText text, ExportHeader header) {
        DashboardCsv out = new DashboardCsv(text, header);
        out.title("dashboard.export.title.section", d.filter());
        out.steps(d.steps());
        Map<String, String> names = out.names(d.steps());
        out.returns(d.returns(), names);
        out.officers(d.officers(), names);
        out.breaches(d.openBreaches(), names);
        return out.csv.bytes();
    }

    private void title(String key, DashboardFilter filter) {
        csv.text(t(key)).text(header.officeName()).end();
        csv.text(t("dashboard.export.period")).date(filter.from()).date(filter.to()).end();
        csv.text(t("dashboard.export.branch")).text(header.branchLabel()).end();
        csv.text(t("dashboard.export.type")).text(header.typeLabel()).end();
        csv.text(t("dashboard.export.generated")).text(local(header.generatedAt())).end();
        csv.end();
    }

    private void heading(String key) {
        csv.text(t(key)).end();
    }

    private void lead(Spread lead) {
        heading("dashboard.export.lead");
        csv.texts(t("dashboard.export.col.completed"), t("dashboard.export.col.p50"), t("dashboard.export.col.p90"),
                t("dashboard.export.col.standard"), t("dashboard.export.col.within")).end();
        csv.number(lead.count()).minutes(lead.p50Seconds()).minutes(lead.p90Seconds())
                .number(lead.standardMinutes()).percent(lead.shareWithin()).end();
        csv.end();
    }

    private void steps(List<StepFigures> steps) {
        heading("dashboard.export.steps");
        csv.texts(t("dashboard.export.col.step"), t("dashboard.export.col.standard"),
                t("dashboard.export.col.finished"), t("dashboard.export.col.returned"),
                t("dashboard.export.col.work-p50"), t("dashboard.export.col.work-p90"),
                t("dashboard.export.col.work-within"), t("dashboard.export.col.wait-p50"),
                t("dashboard.export.col.wait-p90"), t("dashboard.export.col.wait-within"),
                t("dashboard.export.col.in-step"), t("dashboard.export.col.over-now"),
                t("dashboard.export.col.oldest")).end();
        for (StepFigures s : steps) {
            csv.text(s.name().in(text.locale())).number(s.standardMinutes()).number(s.finished()).number(s.returned())
                    .minutes(s.working().p50Seconds()).minutes(s.working().p90Seconds())
                    .percent(s.working().shareWithin()).minutes(s.waiting().p50Seconds())
                    .minutes(s.waiting().p90Seconds()).percent(s.waiting().shareWithin())
                    .number(s.inStepNow()).number(s.overStandardNow()).text(local(s.oldestEnteredAt())).end();
        }
        csv.end();
    }

    private void branches(List<BranchFigures> branches, List<StepFigures> steps) {
        heading("dashboard.export.branches");
        csv.texts(t("dashboard.export.col.branch-code"), t("dashboard.export.col.branch"),
                t("dashboard.export.col.completed"), t("dashboard.export.col.p50"), t("dashboard.export.col.p90"),
                t("dashboard.export.col.within"));
        for (StepFigures s : steps) {
            csv.text(t("dashboard.export.col.step-within", s.name().in(text.locale())));
        }
        csv.end();
        for (BranchFigures b : branches) {
            csv.text(b.branchCode()).text(b.branchName()).number(b.leadTime().count())
                    .minutes(b.leadTime().p50Seconds()).minutes(b.leadTime().p90Seconds())
                    .percent(b.leadTime().shareWithin());
            for (StepFigures s : steps) {
                csv.percent(b.shareWithinByStep() == null ? null : b.shareWithinByStep().get(s.stepCode()));
            }
            csv.end();
        }
        csv.end();
    }

    private void bottleneck(Bottleneck b) {
        heading("dashboard.export.bottleneck");
        csv.text(sentence(b, text)).end();
        csv.end();
    }

    /** The bottleneck named in words, the same sentence in the CSV and the PDF. */
    public static String sentence(Bottleneck b, ExportText text) {
        if (b == null) {
            return text.t("dashboard.export.bottleneck.none");
        }
        return text.t("dashboard.export.bottleneck.sentence", b.name().in(text.locale()),
                text.minutes(b.waiting().p50Seconds()), text.minutes(b.waiting().p90Seconds()),
                text.minutes(b.working().p50Seconds()), b.standardMinutes());
    }

    private void throughput(List<TrendPoint> days) {
        heading("dashboard.export.throughput");
        csv.texts(t("dashboard.export.col.date"), t("dashboard.export.col.completed"), t("dashboard.export.col.p50"),
                t("dashboard.export.col.p90"), t("dashboard.export.col.within")).end();
        for (TrendPoint p : days) {
            csv.date(p.start()).number(p.completed()).minutes(p.leadTime().p50Seconds())
                    .minutes(p.leadTime().p90Seconds()).percent(p.leadTime().shareWithin()).end();
        }
        csv.end();
    }

    private void heatMap(String key, HeatMap map, boolean seconds) {
        if (map == null || map.cells() == null) {
            return;
        }
        heading(key);
        csv.text(t("dashboard.export.col.weekday-hour"));
        for (int h = 0; h < 24; h++) {
            csv.text("%02d".formatted(h));
        }
        csv.end();
        for (int day = 0; day < map.cells().length && day < 7; day++) {
            csv.text(text.weekday(day));
            Long[] row = map.cells()[day];
            for (int h = 0; h < 24; h++) {
                Long v = row == null || h >= row.length ? null : row[h];
                if (seconds) {
                    csv.minutes(v == null ? null : Math.toIntExact(v));
                } else {
                    csv.number(v);
                }
            }
            csv.end();
        }
        csv.end();
    }

    private void flow(List<FlowPoint> flow, List<StepFigures> steps) {
        if (flow == null || flow.isEmpty()) {
            return;
        }
        heading("dashboard.export.flow");
        csv.text(t("dashboard.export.col.date"));
        for (StepFigures s : steps) {
            csv.text(s.name().in(text.locale()));
        }
        csv.end();
        for (FlowPoint p : flow) {
            csv.date(p.day());
            for (StepFigures s : steps) {
                csv.number(p.cumulativeDone().get(s.stepCode()));
            }
            csv.end();
        }
        csv.end();
    }

    private void complaints(ComplaintService.Figures f) {
        if (f == null) {
            return; // a user who may not see the complaint desk's figures
        }
        heading("dashboard.export.complaints");
        for (Map.Entry<String, Object> e : complaintRows(f, text, header).entrySet()) {
            csv.text(e.getKey());
            if (e.getValue() instanceof Long n) {
                csv.number(n);
            } else {
                csv.empty();
            }
            csv.end();
        }
        csv.end();
    }

    /** Complaint figures as label -> count (Long) or null; the same rows in the CSV and the PDF. */
    public static Map<String, Object> complaintRows(ComplaintService.Figures f, ExportText text,
                                                   ExportHeader header) {
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put(text.t("complaint.figures.total"), f.total());
        long open = f.byStatus().entrySet().stream().filter(e -> e.getKey().open()).mapToLong(Map.Entry::getValue)
                .sum();
        rows.put(text.t("dashboard.export.complaints.open"), open);
        rows.put(text.t("complaint.figures.overdue"), f.overdue());
        rows.put(text.t("complaint.figures.near"), f.nearlyOverdue());
        rows.put(text.t("dashboard.export.complaints.median-follow-up"), f.medianMinutesToFollowUp());
        rows.put(text.t("dashboard.export.complaints.median-resolution"), f.medianMinutesToResolution());
        f.byStatus().forEach((k, v) -> rows.put(text.t("complaint.figures.by-status") + ": "
                + text.t("complaint.status." + k.name()), v));
        f.byChannel().forEach((k, v) -> rows.put(text.t("complaint.figures.by-channel") + ": "
                + text.t("complaint.channel." + k.name()), v));
        f.byCategory().forEach((k, v) -> rows.put(text.t("complaint.figures.by-category") + ": "
                + header.complaintCategories().getOrDefault(k, k), v));
        f.openByDivision().forEach((k, v) -> rows.put(text.t("dashboard.office.complaints.by-division") + ": "
                + text.t("complaint.division." + k.name()), v));
        f.overdueByDivision().forEach((k, v) -> rows.put(text.t("dashboard.export.complaints.overdue-by-division")
                + ": " + text.t("complaint.division." + k.name()), v));
        return rows;
    }

    private void returns(List<ReturnFigures> returns, Map<String, String> names) {
        heading("dashboard.export.returns");
        csv.texts(t("dashboard.export.col.step"), t("dashboard.export.col.reason"), t("dashboard.export.col.count"))
                .end();
        for (ReturnFigures r : returns) {
            csv.text(names.getOrDefault(r.stepCode(), r.stepCode())).text(r.reason()).number(r.count()).end();
        }
        csv.end();
    }

    private void officers(List<OfficerFigures> officers, Map<String, String> names) {
        heading("dashboard.export.officers");
        csv.texts(t("dashboard.export.col.officer"), t("dashboard.export.col.username"), t("dashboard.export.col.step"),
                t("dashboard.export.col.finished"), t("dashboard.export.col.work-p50"),
                t("dashboard.export.col.work-p90"), t("dashboard.export.col.work-within")).end();
        for (OfficerFigures o : officers) {
            csv.text(o.fullName()).text(o.username()).text(names.getOrDefault(o.stepCode(), o.stepCode()))
                    .number(o.working().count()).minutes(o.working().p50Seconds())
                    .minutes(o.working().p90Seconds()).percent(o.working().shareWithin()).end();
        }
        csv.end();
    }

    private void breaches(List<Breach> breaches, Map<String, String> names) {
        heading("dashboard.export.breaches");
        csv.texts(t("dashboard.export.col.registration"), t("dashboard.export.col.branch-code"),
                t("dashboard.export.col.step"), t("dashboard.export.col.standard"), t("dashboard.export.col.entered"),
                t("dashboard.export.col.raised")).end();
        for (Breach b : breaches) {
            csv.text(b.registrationNumber()).text(b.branchCode()).text(names.getOrDefault(b.stepCode(), b.stepCode()))
                    .number(b.standardMinutes()).text(local(b.enteredAt())).text(local(b.raisedAt())).end();
        }
        csv.end();
    }

    private Map<String, String> names(List<StepFigures> steps) {
        Map<String, String> names = new LinkedHashMap<>();
        steps.forEach(s -> names.put(s.stepCode(), s.name().in(text.locale())));
        return names;
    }

    private String local(Instant at) {
        return at == null ? null : LOCAL_TIME.format(at.atZone(header.zone()));
    }

    private String t(String key, Object... args) {
        return text.t(key, args);
    }
}
