package id.loket.skm.internal;

import com.vaadin.flow.i18n.I18NProvider;
import id.loket.base.ReportPdf;
import id.loket.skm.SkmGrade;
import id.loket.skm.SkmIndex;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The periodic SKM report an office publishes (PermenPANRB 14/2017): office, period, branch, type, respondents, per
 * element the sum, NRR and NRR tertimbang, the IKM with its mutu pelayanan and kinerja, and the grade bands. A4
 * portrait, Liberation Sans embedded, in the look of the dashboard's monthly report.
 */
public class SkmReportPdf {

    /** What the report says about itself, already in words. */
    public record Header(String officeName, String branchLabel, String typeLabel, Instant generatedAt, ZoneId zone) {
    }

    private static final Locale INDONESIAN = Locale.of("id", "ID");

    private final ReportPdf style = new ReportPdf(8f, 9f);
    private final BaseFont regular = style.regular();
    private final BaseFont bold = style.bold();
    private final I18NProvider i18n;

    public SkmReportPdf(I18NProvider i18n) {
        this.i18n = i18n;
    }

    public byte[] render(SkmIndex index, Header h, Locale requested) {
        Locale locale = requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 40f, 40f, 40f, 50f);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(t(locale, "skm.report.title"));
            doc.addCreator("Loket");
            doc.open();
            doc.add(style.paragraph(h.officeName(), bold, 12f, 2f));
            doc.add(style.paragraph(t(locale, "skm.report.title"), bold, 16f, 6f));
            doc.add(style.paragraph(t(locale, "skm.report.period", date(index.from(), locale),
                    date(index.to(), locale)), regular, 10f, 1f));
            doc.add(style.paragraph(t(locale, "skm.report.branch") + ": " + h.branchLabel() + "    "
                    + t(locale, "skm.report.type") + ": " + h.typeLabel(), regular, 10f, 1f));
            doc.add(style.paragraph(t(locale, "skm.report.respondents", count(index.respondents(), locale)), regular,
                    10f, 1f));
            doc.add(style.paragraph(t(locale, "skm.report.generated", DateTimeFormatter
                    .ofPattern("d MMM yyyy HH:mm", locale).format(h.generatedAt().atZone(h.zone()))), regular, 9f,
                    10f));

            doc.add(style.heading(t(locale, "skm.report.elements")));
            PdfPTable table = ReportPdf.table(new float[] {0.6f, 4.2f, 1.3f, 1.3f, 1.3f, 1.5f});
            style.head(table, 2, t(locale, "skm.report.col.no"), t(locale, "skm.report.col.element"),
                    t(locale, "skm.report.col.sum"), t(locale, "skm.report.col.count"), t(locale, "skm.report.col.nrr"),
                    t(locale, "skm.report.col.weighted"));
            for (SkmIndex.ElementMean e : index.elements()) {
                table.addCell(style.cell(e.element().name(), regular, Element.ALIGN_LEFT, false));
                table.addCell(style.cell(t(locale, "skm.element." + e.element().name()), regular, Element.ALIGN_LEFT,
                        false));
                style.numbers(table, count(e.sum(), locale), count(e.count(), locale), decimal(e.nrr(), 4, locale),
                        decimal(e.weighted(), 4, locale));
            }
            PdfPCell total = style.cell(t(locale, "skm.report.total-weighted"), bold, Element.ALIGN_LEFT, false);
            total.setColspan(5);
            table.addCell(total);
            table.addCell(style.cell(decimal(index.unitValue(), 4, locale), bold, Element.ALIGN_RIGHT, false));
            doc.add(table);

            doc.add(style.heading(t(locale, "skm.report.result")));
            PdfPTable result = ReportPdf.table(new float[] {3f, 2f});
            row(result, t(locale, "skm.report.ikm"), decimal(index.index(), 2, locale));
            row(result, t(locale, "skm.report.grade"), index.grade() == null ? "\u2013" : index.grade().name());
            row(result, t(locale, "skm.report.quality"),
                    index.grade() == null ? "\u2013" : t(locale, "skm.grade." + index.grade().name()));
            doc.add(result);
            if (index.index() == null) {
                doc.add(style.paragraph(t(locale, "skm.report.none"), regular, 10f, 6f));
            }

            doc.add(style.heading(t(locale, "skm.report.bands")));
            PdfPTable bands = ReportPdf.table(new float[] {1.2f, 2.2f, 2.4f});
            style.head(bands, 2, t(locale, "skm.report.col.grade"), t(locale, "skm.report.col.interval"),
                    t(locale, "skm.report.col.quality"));
            BigDecimal upper = new BigDecimal("100.00");
            for (SkmGrade g : SkmGrade.values()) {
                bands.addCell(style.cell(g.name(), regular, Element.ALIGN_CENTER, false));
                bands.addCell(style.cell(decimal(g.lowest(), 2, locale) + " \u2013 " + decimal(upper, 2, locale),
                        regular, Element.ALIGN_CENTER, false));
                bands.addCell(style.cell(t(locale, "skm.grade." + g.name()), regular, Element.ALIGN_LEFT, false));
                upper = g.lowest().subtract(new BigDecimal("0.01"));
            }
            doc.add(bands);
            doc.add(style.paragraph(t(locale, "skm.report.method"), regular, 8.5f, 2f));
            doc.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("SKM report layout failed", e);
        }
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    static String decimal(BigDecimal v, int digits, Locale locale) {
        if (v == null) {
            return "\u2013";
        }
        NumberFormat f = NumberFormat.getInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(v);
    }

    private static String count(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    private static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(day);
    }

    private void row(PdfPTable t, String label, String value) {
        t.addCell(style.cell(label, regular, Element.ALIGN_LEFT, true));
        t.addCell(style.cell(value, bold, Element.ALIGN_RIGHT, false));
    }
}
