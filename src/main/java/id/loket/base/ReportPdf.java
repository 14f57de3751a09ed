package id.loket.base;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The look Loket's printed reports share (the dashboard's monthly report, the SKM report): Liberation Sans embedded
 * as subsets (Identity-H, as on the KK), ink and grid colours, section headings, and tables with a shaded header
 * row. Each report keeps one instance with its own cell sizes; the fonts are read in the constructor only.
 */
public final class ReportPdf {

    public static final Color INK = new Color(0x21, 0x21, 0x21);
    public static final Color ACCENT = new Color(0x2B, 0x5C, 0x9E);
    public static final Color GRID = new Color(0xD0, 0xD0, 0xD0);
    public static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF2);

    private final BaseFont regular = embeddedFont("liberation/LiberationSans-Regular.ttf");
    private final BaseFont bold = embeddedFont("liberation/LiberationSans-Bold.ttf");
    private final float headerSize;
    private final float bodySize;

    /** @param headerSize points of a table's header cells; {@code bodySize} of its other cells */
    public ReportPdf(float headerSize, float bodySize) {
        this.headerSize = headerSize;
        this.bodySize = bodySize;
    }

    public BaseFont regular() {
        return regular;
    }

    public BaseFont bold() {
        return bold;
    }

    /** A TrueType font from the classpath, embedded as a subset; not in OpenPDF's global cache: the caller owns it. */
    public static BaseFont embeddedFont(String resource) {
        try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(resource)) {
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

    public Paragraph paragraph(String s, BaseFont font, float size, float after) {
        Paragraph p = new Paragraph(s, new Font(font, size, Font.NORMAL, INK));
        p.setSpacingAfter(after);
        return p;
    }

    /** A section heading: bold, in the accent colour. */
    public Paragraph heading(String s) {
        Paragraph p = new Paragraph(s, new Font(bold, 11f, Font.NORMAL, ACCENT));
        p.setSpacingBefore(8f);
        p.setSpacingAfter(6f);
        return p;
    }

    /** A table across the page's width. */
    public static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(2f);
        t.setSpacingAfter(4f);
        return t;
    }

    /** The header row, repeated on every page: the first {@code leftColumns} labels to the left, the rest centred. */
    public void head(PdfPTable t, int leftColumns, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            t.addCell(cell(labels[i], bold, i < leftColumns ? Element.ALIGN_LEFT : Element.ALIGN_CENTER, true));
        }
        t.setHeaderRows(1);
    }

    /** Figures, right-aligned. */
    public void numbers(PdfPTable t, String... values) {
        for (String v : values) {
            t.addCell(cell(v, regular, Element.ALIGN_RIGHT, false));
        }
    }

    public PdfPCell cell(String s, BaseFont font, int align, boolean header) {
        PdfPCell c = new PdfPCell(new Phrase(s, new Font(font, header ? headerSize : bodySize, Font.NORMAL, INK)));
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
