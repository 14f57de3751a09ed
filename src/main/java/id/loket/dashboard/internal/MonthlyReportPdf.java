package id.loket.dashboard.internal;

import id.loket.base.ReportPdf;
import id.loket.dashboard.BranchFigures;
import id.loket.dashboard.HeatMap;
import id.loket.dashboard.OfficeDashboard;
import id.loket.dashboard.Spread;
import id.loket.dashboard.StepFigures;
import id.loket.dashboard.TrendPoint;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The printable monthly report of the Kepala Dinas's dashboard (issue 13.6), the report an office sends upward: an
 * A4 portrait document with a header (office, period, branch, when made), the figures as tables and three charts
 * drawn as vector paths (form XObjects, no raster image, so they print sharp): per-step working time against the
 * standard, applications completed per day, and arrivals by weekday and hour. Every page ends with
 * "Halaman x dari y", stamped in a second pass once the page count is known.
 *
 * <p>Construct once and share: the Liberation Sans fonts (embedded subsets, Identity-H, as on the KK) are read in the
 * constructor only; {@link #render} keeps its state on its own stack.
 */
public class MonthlyReportPdf {

    static final float MARGIN = 40f;
    static final float MARGIN_BOTTOM = 50f;
    private static final Color P50 = ReportPdf.ACCENT;
    private static final Color P90 = new Color(0x9D, 0xB9, 0xE0);
    private static final Color STANDARD = new Color(0xC6, 0x28, 0x28);
    private static final Color GRID = ReportPdf.GRID;
    private static final Color INK = ReportPdf.INK;
    private static final Color HEAT = new Color(0x1F, 0x4E, 0x8C);

    private final ReportPdf style = new ReportPdf(6.5f, 8f);
    private final BaseFont regular = style.regular();
    private final BaseFont bold = style.bold();

    public byte[] render(MonthlyReport report, ExportText text) {
        try {
            return numberPages(layout(report, text), text);
        } catch (DocumentException e) {
            throw new IllegalStateException("monthly report layout failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] layout(MonthlyReport report, ExportText text) throws DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setStrictImageSequence(true); // a chart stays between its heading and its table
        OfficeDashboard d = report.office();
        doc.addTitle(text.t("dashboard.report.title") + " " + text.month(report.month()));
        doc.addCreator("Loket");
        doc.open();
        PdfContentByte cb = writer.getDirectContent();
        float width = doc.right() - doc.left();

        // header
        ExportHeader h = report.header();
        doc.add(style.paragraph(h.officeName(), bold, 12f, 2f));
        doc.add(style.paragraph(text.t("dashboard.report.title"), bold, 16f, 6f));
        doc.add(style.paragraph(text.t("dashboard.report.period", text.month(report.month()),
                text.date(d.filter().from()), text.date(d.filter().to())), regular, 10f, 1f));
        doc.add(style.paragraph(text.t("dashboard.export.branch") + ": " + h.branchLabel() + "    "
                + text.t("dashboard.export.type") + ": " + h.typeLabel(), regular, 10f, 1f));
        doc.add(style.paragraph(text.t("dashboard.report.generated", text.dateTime(h.generatedAt(), h.zone())), regular,
                9f, 10f));

        // lead time and the bottleneck
        heading(doc, writer, text.t("dashboard.export.lead"), 60f);
        Spread lead = d.leadTime();
        PdfPTable leadTable = ReportPdf.table(new float[] {1, 1, 1, 1.4f});
        style.head(leadTable, 1, text.t("dashboard.export.col.completed"), text.t("dashboard.export.col.p50"),
                text.t("dashboard.export.col.p90"),
                text.t("dashboard.report.within-standard", text.count(lead.standardMinutes())));
        style.numbers(leadTable, text.count(lead.count()), text.minutes(lead.p50Seconds()),
                text.minutes(lead.p90Seconds()), text.percent(lead.shareWithin()));
        doc.add(leadTable);
        doc.add(style.paragraph(DashboardCsv.sentence(d.bottleneck(), text), bold, 10f, 8f));

        // per step: table and chart
        heading(doc, writer, text.t("dashboard.export.steps"), 120f);
        PdfPTable steps = ReportPdf.table(new float[] {2.4f, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f, 1.2f});
        style.head(steps, 1, text.t("dashboard.export.col.step"), text.t("dashboard.export.col.standard"),
                text.t("dashboard.export.col.finished"), text.t("dashboard.export.col.work-p50"),
                text.t("dashboard.export.col.work-p90"), text.t("dashboard.export.col.work-within"),
                text.t("dashboard.export.col.wait-p50"), text.t("dashboard.export.col.wait-p90"),
                text.t("dashboard.export.col.wait-within"), text.t("dashboard.export.col.returned"));
        for (StepFigures s : d.steps()) {
            steps.addCell(style.cell(s.name().in(text.locale()), regular, Element.ALIGN_LEFT, false));
            style.numbers(steps, text.count(s.standardMinutes()), text.count(s.finished()),
                    text.minutes(s.working().p50Seconds()), text.minutes(s.working().p90Seconds()),
                    text.percent(s.working().shareWithin()),
                    text.minutes(s.waiting().p50Seconds()), text.minutes(s.waiting().p90Seconds()),
                    text.percent(s.waiting().shareWithin()), text.count(s.returned()));
        }
        doc.add(steps);
        doc.add(chart(stepChart(cb, d.steps(), width, text)));

        // per branch
        heading(doc, writer, text.t("dashboard.export.branches"), 110f);
        float[] branchWidths = new float[4 + d.steps().size()];
        branchWidths[0] = 3f;
        for (int i = 1; i < branchWidths.length; i++) {
            branchWidths[i] = 1.1f;
        }
        PdfPTable branches = ReportPdf.table(branchWidths);
        branches.addCell(style.cell(text.t("dashboard.export.col.branch"), bold, Element.ALIGN_LEFT, true));
        branches.addCell(style.cell(text.t("dashboard.export.col.completed"), bold, Element.ALIGN_CENTER, true));
        branches.addCell(style.cell(text.t("dashboard.export.col.p50"), bold, Element.ALIGN_CENTER, true));
        branches.addCell(style.cell(text.t("dashboard.export.col.within"), bold, Element.ALIGN_CENTER, true));
        for (StepFigures s : d.steps()) {
            branches.addCell(style.cell(text.t("dashboard.report.col.step-within", s.seq()), bold, Element.ALIGN_CENTER,
                    true));
        }
        branches.setHeaderRows(1);
        for (BranchFigures b : d.branches()) {
            branches.addCell(style.cell(b.branchName(), regular, Element.ALIGN_LEFT, false));
            style.numbers(branches, text.count(b.leadTime().count()), text.minutes(b.leadTime().p50Seconds()),
                    text.percent(b.leadTime().shareWithin()));
            for (StepFigures s : d.steps()) {
                style.numbers(branches, text.percent(b.shareWithinByStep() == null ? null
                        : b.shareWithinByStep().get(s.stepCode())));
            }
        }
        doc.add(style.paragraph(text.t("dashboard.report.step-numbers", stepLegend(d.steps(), text)), regular, 7.5f,
                2f));
        doc.add(branches);

        // throughput: per day (chart) and per week (table)
        heading(doc, writer, text.t("dashboard.report.throughput"), 190f);
        doc.add(chart(dailyChart(cb, report, width, text)));
        PdfPTable weeks = ReportPdf.table(new float[] {2f, 1, 1, 1, 1.4f});
        style.head(weeks, 1, text.t("dashboard.export.col.week"), text.t("dashboard.export.col.completed"),
                text.t("dashboard.export.col.p50"), text.t("dashboard.export.col.p90"),
                text.t("dashboard.export.col.within"));
        for (TrendPoint w : report.weeks()) {
            weeks.addCell(style.cell(text.date(w.start()), regular, Element.ALIGN_LEFT, false));
            style.numbers(weeks, text.count(w.completed()), text.minutes(w.leadTime().p50Seconds()),
                    text.minutes(w.leadTime().p90Seconds()), text.percent(w.leadTime().shareWithin()));
        }
        doc.add(weeks);

        // arrivals
        heading(doc, writer, text.t("dashboard.export.arrivals"), 180f);
        doc.add(chart(heatChart(cb, d.arrivals(), width, text)));

        // complaints
        if (d.complaints() != null) {
            heading(doc, writer, text.t("dashboard.export.complaints"), 80f);
            PdfPTable complaints = ReportPdf.table(new float[] {4, 1});
            style.head(complaints, 1, text.t("dashboard.export.col.figure"), text.t("dashboard.export.col.value"));
            DashboardCsv.complaintRows(d.complaints(), text, h).forEach((label, value) -> {
                complaints.addCell(style.cell(label, regular, Element.ALIGN_LEFT, false));
                style.numbers(complaints, value instanceof Long n ? text.count(n) : "\u2013");
            });
            doc.add(complaints);
        }
        doc.close();
        return out.toByteArray();
    }

    /** "Halaman x dari y" at the foot of every page, now that y is known. */
    private byte[] numberPages(byte[] pdf, ExportText text) throws IOException, DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                PdfContentByte over = stamper.getOverContent(i);
                float mid = reader.getPageSize(i).getWidth() / 2;
                over.beginText();
                over.setFontAndSize(regular, 8.5f);
                over.setColorFill(INK);
                over.showTextAligned(Element.ALIGN_CENTER, text.t("dashboard.report.page", i, pages), mid, 25f, 0);
                over.endText();
            }
            stamper.close();
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- charts (vector, drawn into form XObjects)

    private PdfTemplate stepChart(PdfContentByte cb, List<StepFigures> steps, float width, ExportText text) {
        float height = 200f;
        PdfTemplate t = cb.createTemplate(width, height);
        float left = 42f;
        float bottom = 38f;
        float top = height - 22f;
        float right = width - 8f;
        double max = 1;
        for (StepFigures s : steps) {
            max = Math.max(max, s.standardMinutes());
            Integer p90 = s.working().p90Seconds();
            if (p90 != null && p90 < Spread.BEYOND_SECONDS) { // beyond a day: the bar runs off the top instead
                max = Math.max(max, minutesOf(p90));
            }
        }
        double tick = niceStep(max * 1.1, 6);
        double yMax = Math.ceil(max * 1.1 / tick) * tick;
        yAxis(t, left, bottom, right, top, yMax, tick, text.t("dashboard.report.axis.minutes"), text);
        float group = (right - left) / Math.max(1, steps.size());
        for (int i = 0; i < steps.size(); i++) {
            StepFigures s = steps.get(i);
            float gx = left + i * group;
            float barW = group * 0.3f;
            bar(t, gx + group * 0.18f, bottom, barW, y(minutesOf(s.working().p50Seconds()), bottom, top, yMax), P50);
            bar(t, gx + group * 0.52f, bottom, barW, y(minutesOf(s.working().p90Seconds()), bottom, top, yMax), P90);
            // the step's standard: a red line across its group
            float sy = y(s.standardMinutes(), bottom, top, yMax);
            t.saveState();
            t.setColorStroke(STANDARD);
            t.setLineWidth(1.4f);
            t.moveTo(gx + group * 0.08f, sy);
            t.lineTo(gx + group * 0.92f, sy);
            t.stroke();
            t.restoreState();
            label(t, s.seq() + ". " + s.name().in(text.locale()), gx + group / 2, bottom - 10f, group - 4f);
        }
        // legend
        float lx = left;
        float ly = height - 12f;
        lx = legendBox(t, lx, ly, P50, text.t("dashboard.report.legend.p50"));
        lx = legendBox(t, lx, ly, P90, text.t("dashboard.report.legend.p90"));
        t.saveState();
        t.setColorStroke(STANDARD);
        t.setLineWidth(1.4f);
        t.moveTo(lx, ly + 3);
        t.lineTo(lx + 14, ly + 3);
        t.stroke();
        t.restoreState();
        text(t, regular, 7.5f, Element.ALIGN_LEFT, text.t("dashboard.report.legend.standard"), lx + 18, ly, 0);
        return t;
    }

    private PdfTemplate dailyChart(PdfContentByte cb, MonthlyReport report, float width, ExportText text) {
        float height = 170f;
        PdfTemplate t = cb.createTemplate(width, height);
        float left = 42f;
        float bottom = 30f;
        float top = height - 12f;
        float right = width - 8f;
        Map<LocalDate, Long> byDay = new HashMap<>();
        report.office().throughputByDay().forEach(p -> byDay.put(p.start(), p.completed()));
        int days = report.month().lengthOfMonth();
        long max = 1;
        for (long v : byDay.values()) {
            max = Math.max(max, v);
        }
        double tick = niceStep(max, 5);
        double yMax = Math.max(tick, Math.ceil(max / tick) * tick);
        yAxis(t, left, bottom, right, top, yMax, tick, text.t("dashboard.report.axis.completed"), text);
        float step = (right - left) / days;
        t.saveState();
        t.setColorStroke(P50);
        t.setLineWidth(1.3f);
        LocalDate last = report.office().filter().to();
        boolean first = true;
        for (int day = 1; day <= days; day++) {
            LocalDate date = report.month().atDay(day);
            if (date.isAfter(last)) {
                break; // the current month: no line into the future
            }
            float x = left + step * (day - 0.5f);
            float yv = y(byDay.getOrDefault(date, 0L), bottom, top, yMax);
            if (first) {
                t.moveTo(x, yv);
                first = false;
            } else {
                t.lineTo(x, yv);
            }
        }
        t.stroke();
        t.setColorFill(P50);
        for (int day = 1; day <= days && !report.month().atDay(day).isAfter(last); day++) {
            t.circle(left + step * (day - 0.5f), y(byDay.getOrDefault(report.month().atDay(day), 0L), bottom, top,
                    yMax), 1.6f);
        }
        t.fill();
        t.restoreState();
        for (int day = 1; day <= days; day++) {
            text(t, regular, 6f, Element.ALIGN_CENTER, String.valueOf(day), left + step * (day - 0.5f), bottom - 9f,
                    0);
        }
        text(t, regular, 7.5f, Element.ALIGN_CENTER, text.t("dashboard.report.axis.day", text.month(report.month())),
                (left + right) / 2, 3f, 0);
        return t;
    }

    private PdfTemplate heatChart(PdfContentByte cb, HeatMap map, float width, ExportText text) {
        Long[][] cells = map == null || map.cells() == null ? new Long[7][24] : map.cells();
        int from = 24;
        int to = -1;
        long max = 0;
        for (Long[] row : cells) {
            for (int h = 0; row != null && h < row.length && h < 24; h++) {
                if (row[h] != null && row[h] > 0) {
                    from = Math.min(from, h);
                    to = Math.max(to, h);
                    max = Math.max(max, row[h]);
                }
            }
        }
        // at least the office hours, so a quiet month still reads as a day
        from = Math.min(from, 7);
        to = Math.max(to, 16);
        int hours = to - from + 1;
        float left = 34f;
        float bottom = 26f;
        float rowH = 16f;
        float height = bottom + 7 * rowH + 16f;
        PdfTemplate t = cb.createTemplate(width, height);
        float right = width - 70f;
        float colW = (right - left) / hours;
        for (int day = 0; day < 7; day++) {
            float yTop = bottom + (7 - day) * rowH;
            text(t, regular, 7.5f, Element.ALIGN_RIGHT, text.weekday(day), left - 4f, yTop - rowH / 2 - 2.5f, 0);
            Long[] row = day < cells.length ? cells[day] : null;
            for (int h = from; h <= to; h++) {
                Long v = row == null || h >= row.length ? null : row[h];
                float x = left + (h - from) * colW;
                float share = v == null || max == 0 ? 0f : (float) v / max;
                t.saveState();
                t.setColorFill(shade(share));
                t.setColorStroke(Color.WHITE);
                t.setLineWidth(0.8f);
                t.rectangle(x, yTop - rowH, colW, rowH);
                t.fillStroke();
                t.restoreState();
                if (v != null && v > 0 && colW >= 14f) {
                    t.saveState();
                    t.setColorFill(share > 0.55f ? Color.WHITE : INK);
                    t.beginText();
                    t.setFontAndSize(regular, 6f);
                    t.showTextAligned(Element.ALIGN_CENTER, text.count(v), x + colW / 2, yTop - rowH / 2 - 2f, 0);
                    t.endText();
                    t.restoreState();
                }
            }
        }
        for (int h = from; h <= to; h++) {
            text(t, regular, 6.5f, Element.ALIGN_CENTER, "%02d".formatted(h), left + (h - from + 0.5f) * colW,
                    bottom - 9f, 0);
        }
        text(t, regular, 7.5f, Element.ALIGN_CENTER, text.t("dashboard.report.axis.hour"), (left + right) / 2, 3f, 0);
        // scale: light (0) to dark (the busiest cell)
        float sx = right + 14f;
        for (int i = 0; i < 5; i++) {
            t.saveState();
            t.setColorFill(shade(i / 4f));
            t.rectangle(sx, bottom + i * rowH * 1.2f, 12f, rowH * 1.2f);
            t.fill();
            t.restoreState();
        }
        text(t, regular, 6.5f, Element.ALIGN_LEFT, "0", sx + 16f, bottom + 2f, 0);
        text(t, regular, 6.5f, Element.ALIGN_LEFT, text.count(max), sx + 16f, bottom + 5 * rowH * 1.2f - 7f, 0);
        text(t, regular, 6.5f, Element.ALIGN_LEFT, text.t("dashboard.report.legend.arrivals"), sx - 4f,
                bottom + 5 * rowH * 1.2f + 4f, 0);
        return t;
    }

    private static Color shade(float share) {
        int r = Math.round(255 + (HEAT.getRed() - 255) * share);
        int g = Math.round(255 + (HEAT.getGreen() - 255) * share);
        int b = Math.round(255 + (HEAT.getBlue() - 255) * share);
        // an empty cell stays visible against the paper
        return share == 0f ? new Color(0xF4, 0xF5, 0xF7) : new Color(r, g, b);
    }

    private void yAxis(PdfTemplate t, float left, float bottom, float right, float top, double yMax, double tick,
                       String title, ExportText text) {
        t.saveState();
        t.setLineWidth(0.4f);
        t.setColorStroke(GRID);
        for (double v = 0; v <= yMax + 1e-9; v += tick) {
            float yy = y(v, bottom, top, yMax);
            t.moveTo(left, yy);
            t.lineTo(right, yy);
        }
        t.stroke();
        t.setColorStroke(INK);
        t.setLineWidth(0.7f);
        t.moveTo(left, top);
        t.lineTo(left, bottom);
        t.lineTo(right, bottom);
        t.stroke();
        t.restoreState();
        java.text.NumberFormat f = java.text.NumberFormat.getInstance(text.locale());
        f.setMaximumFractionDigits(1);
        for (double v = 0; v <= yMax + 1e-9; v += tick) {
            text(t, regular, 6.5f, Element.ALIGN_RIGHT, f.format(v), left - 3f, y(v, bottom, top, yMax) - 2.2f, 0);
        }
        text(t, regular, 7.5f, Element.ALIGN_CENTER, title, 9f, (bottom + top) / 2, 90);
    }

    private static void bar(PdfTemplate t, float x, float bottom, float w, float yTop, Color color) {
        if (yTop <= bottom) {
            return;
        }
        t.saveState();
        t.setColorFill(color);
        t.rectangle(x, bottom, w, yTop - bottom);
        t.fill();
        t.restoreState();
    }

    private float legendBox(PdfTemplate t, float x, float y, Color color, String label) {
        t.saveState();
        t.setColorFill(color);
        t.rectangle(x, y, 9f, 7f);
        t.fill();
        t.restoreState();
        text(t, regular, 7.5f, Element.ALIGN_LEFT, label, x + 12f, y, 0);
        return x + 12f + regular.getWidthPoint(label, 7.5f) + 14f;
    }

    /** A step's name under its bars, on up to three lines of the group's width (the rest cut with an ellipsis). */
    private void label(PdfTemplate t, String label, float centre, float y, float maxWidth) {
        float size = 6.5f;
        List<String> lines = new java.util.ArrayList<>();
        String line = "";
        for (String w : label.split(" ")) {
            String candidate = line.isEmpty() ? w : line + " " + w;
            if (!line.isEmpty() && regular.getWidthPoint(candidate, size) > maxWidth) {
                lines.add(line);
                line = w;
            } else {
                line = candidate;
            }
        }
        lines.add(line);
        if (lines.size() > 3) {
            String third = lines.get(2);
            while (!third.isEmpty() && regular.getWidthPoint(third + "\u2026", size) > maxWidth) {
                third = third.substring(0, third.length() - 1);
            }
            lines = new java.util.ArrayList<>(lines.subList(0, 2));
            lines.add(third.strip() + "\u2026");
        }
        for (int i = 0; i < lines.size(); i++) {
            text(t, regular, size, Element.ALIGN_CENTER, lines.get(i), centre, y - i * (size + 1.5f), 0);
        }
    }

    private static void text(PdfTemplate t, BaseFont font, float size, int align, String s, float x, float y,
                             float rotation) {
        t.saveState();
        t.setColorFill(INK);
        t.beginText();
        t.setFontAndSize(font, size);
        t.showTextAligned(align, s, x, y, rotation);
        t.endText();
        t.restoreState();
    }

    private static float y(double value, float bottom, float top, double yMax) {
        return (float) (bottom + (top - bottom) * Math.min(value, yMax) / yMax);
    }

    private static double minutesOf(Integer seconds) {
        return seconds == null ? 0 : seconds / 60.0;
    }

    /** A round tick step (1, 2 or 5 x 10^n) that splits {@code max} into at most {@code ticks} intervals. */
    static double niceStep(double max, int ticks) {
        double raw = Math.max(max, 1e-9) / ticks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return Math.max(1, m * magnitude); // whole minutes and whole cards
            }
        }
        return 10 * magnitude;
    }

    private static Image chart(PdfTemplate template) throws DocumentException {
        Image image = Image.getInstance(template); // a form XObject: the drawing stays vector
        image.setSpacingBefore(6f);
        image.setSpacingAfter(6f);
        return image;
    }

    // ---------------------------------------------------------------- tables and text

    private static String stepLegend(List<StepFigures> steps, ExportText text) {
        StringBuilder sb = new StringBuilder();
        for (StepFigures s : steps) {
            sb.append(sb.isEmpty() ? "" : ", ").append(s.seq()).append(" = ").append(s.name().in(text.locale()));
        }
        return sb.toString();
    }

    /** A section heading, on a new page when less than {@code keepWith} points of what follows would fit under it. */
    private void heading(Document doc, PdfWriter writer, String s, float keepWith) throws DocumentException {
        if (writer.getVerticalPosition(true) - doc.bottom() < keepWith + 30f) {
            doc.newPage();
        }
        doc.add(style.heading(s));
    }
}
