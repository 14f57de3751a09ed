package id.loket.skm.internal;

import com.vaadin.flow.i18n.I18NProvider;
import id.loket.skm.SkmGrade;
import id.loket.skm.SkmIndex;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
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

    private static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF2);
    private static final Color ACCENT = new Color(0x2B, 0x5C, 0x9E);
    private static final Color GRID = new Color(0xD0, 0xD0, 0xD0);
    private static final Color INK = new Color(0x21, 0x21, 0x21);
    private static final Locale INDONESIAN = Locale.of("id", "ID");

    private final BaseFont regular = font("liberation/LiberationSans-Regular.ttf");
    private final BaseFont bold = font("liberation/LiberationSans-Bold.ttf");
    private final I18NProvider i18n;

    public SkmReportPdf(I18NProvider i18n) {
        this.i18n = i18n;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = SkmReportPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + resource);
            }
            BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    in.readAllBytes(), null);
            font.setSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + resource, e);
        }
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
            doc.add(paragraph(h.officeName(), bold, 12f, 2f));
            doc.add(paragraph(t(locale, "skm.report.title"), bold, 16f, 6f));
            doc.add(paragraph(t(locale, "skm.report.period", date(index.from(), locale), date(index.to(), locale)),
                    regular, 10f, 1f));
            doc.add(paragraph(t(locale, "skm.report.branch") + ": " + h.branchLabel() + "    "
                    + t(locale, "skm.report.type") + ": " + h.typeLabel(), regular, 10f, 1f));
            doc.add(paragraph(t(locale, "skm.report.respondents", count(index.respondents(), locale)), regular,
                    10f, 1f));
            doc.add(paragraph(t(locale, "skm.report.generated", DateTimeFormatter
                    .ofPattern("d MMM yyyy HH:mm", locale).format(h.generatedAt().atZone(h.zone()))), regular, 9f, 10f));

            heading(doc, t(locale, "skm.report.elements"));
            PdfPTable table = table(new float[] {0.6f, 4.2f, 1.3f, 1.3f, 1.3f, 1.5f});
            head(table, t(locale, "skm.report.col.no"), t(locale, "skm.report.col.element"),
                    t(locale, "skm.report.col.sum"), t(locale, "skm.report.col.count"), t(locale, "skm.report.col.nrr"),
                    t(locale, "skm.report.col.weighted"));
            for (SkmIndex.ElementMean e : index.elements()) {
                table.addCell(cell(e.element().name(), regular, Element.ALIGN_LEFT, false));
                table.addCell(cell(t(locale, "skm.element." + e.element().name()), regular, Element.ALIGN_LEFT, false));
                num(table, count(e.sum(), locale), count(e.count(), locale), decimal(e.nrr(), 4, locale),
                        decimal(e.weighted(), 4, locale));
            }
            PdfPCell total = cell(t(locale, "skm.report.total-weighted"), bold, Element.ALIGN_LEFT, false);
            total.setColspan(5);
            table.addCell(total);
            table.addCell(cell(decimal(index.unitValue(), 4, locale), bold, Element.ALIGN_RIGHT, false));
            doc.add(table);

            heading(doc, t(locale, "skm.report.result"));
            PdfPTable result = table(new float[] {3f, 2f});
            row(result, t(locale, "skm.report.ikm"), decimal(index.index(), 2, locale));
            row(result, t(locale, "skm.report.grade"), index.grade() == null ? "\u2013" : index.grade().name());
            row(result, t(locale, "skm.report.quality"),
                    index.grade() == null ? "\u2013" : t(locale, "skm.grade." + index.grade().name()));
            doc.add(result);
            if (index.index() == null) {
                doc.add(paragraph(t(locale, "skm.report.none"), regular, 10f, 6f));
            }

            heading(doc, t(locale, "skm.report.bands"));
            PdfPTable bands = table(new float[] {1.2f, 2.2f, 2.4f});
            head(bands, t(locale, "skm.report.col.grade"), t(locale, "skm.report.col.interval"),
                    t(locale, "skm.report.col.quality"));
            BigDecimal upper = new BigDecimal("100.00");
            for (SkmGrade g : SkmGrade.values()) {
                bands.addCell(cell(g.name(), regular, Element.ALIGN_CENTER, false));
                bands.addCell(cell(decimal(g.lowest(), 2, locale) + " \u2013 " + decimal(upper, 2, locale), regular,
                        Element.ALIGN_CENTER, false));
                bands.addCell(cell(t(locale, "skm.grade." + g.name()), regular, Element.ALIGN_LEFT, false));
                upper = g.lowest().subtract(new BigDecimal("0.01"));
            }
            doc.add(bands);
            doc.add(paragraph(t(locale, "skm.report.method"), regular, 8.5f, 2f));
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

    private Paragraph paragraph(String s, BaseFont font, float size, float after) {
        Paragraph p = new Paragraph(s, new Font(font, size, Font.NORMAL, INK));
        p.setSpacingAfter(after);
        return p;
    }

    private void heading(Document doc, String s) throws DocumentException {
        Paragraph p = new Paragraph(s, new Font(bold, 11f, Font.NORMAL, ACCENT));
        p.setSpacingBefore(8f);
        p.setSpacingAfter(6f);
        doc.add(p);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(2f);
        t.setSpacingAfter(4f);
        return t;
    }

    private void head(PdfPTable t, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            t.addCell(cell(labels[i], bold, i <= 1 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER, true));
        }
        t.setHeaderRows(1);
    }

    private void num(PdfPTable t, String... values) {
        for (String v : values) {
            t.addCell(cell(v, regular, Element.ALIGN_RIGHT, false));
        }
    }

    private void row(PdfPTable t, String label, String value) {
        t.addCell(cell(label, regular, Element.ALIGN_LEFT, true));
        t.addCell(cell(value, bold, Element.ALIGN_RIGHT, false));
    }

    private PdfPCell cell(String s, BaseFont font, int align, boolean header) {
        PdfPCell c = new PdfPCell(new Phrase(s, new Font(font, header ? 8f : 9f, Font.NORMAL, INK)));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPaddingTop(2.5f);
        c.setPaddingBottom(4f);
        c.setBorderColor(GRID);
        c.setBorderWidth(0.5f);
        if (header) {
            c.setBackgroundColor(HEADER_FILL);
        }
        return c;
    }
}
