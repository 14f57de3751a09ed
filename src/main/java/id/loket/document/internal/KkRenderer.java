package id.loket.document.internal;

import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays out a Kartu Keluarga as an A4 landscape PDF (shared/domain/kk-document.md): page header (title and KK number,
 * repeated on every page), the family's address block, member tables I and II (header rows repeated when they run
 * over a page) and the footer with the signing official, an empty box kept for the visible signature stamp and the
 * verification QR code, always whole on the last page.
 *
 * <p>Construct once and share: the fonts (Liberation Sans, embedded as subsets with Identity-H) are read and parsed in
 * the constructor only; {@link #render} keeps all its state on the stack, so concurrent calls are safe.
 */
public class KkRenderer {

    /**
     * One rendered KK.
     *
     * @param pdf           the document
     * @param pages         its page count
     * @param signaturePage the 1-based page that holds the signature box (always the last)
     * @param llx           the signature box, in PDF points on {@code signaturePage}: lower left x
     * @param lly           lower left y
     * @param urx           upper right x
     * @param ury           upper right y
     */
    public record Rendered(byte[] pdf, int pages, int signaturePage, float llx, float lly, float urx, float ury) {
    }

    /** The warning printed on every page of a document signed with the development key. */
    public static final String DEVELOPMENT_WARNING =
            "DOKUMEN UJI COBA \u2013 DITANDATANGANI DENGAN SERTIFIKAT PENGEMBANGAN, BUKAN DOKUMEN RESMI";

    static final float SIGNATURE_WIDTH = 200f;
    static final float SIGNATURE_HEIGHT = 50f;
    static final float QR_SIZE = 80f; // 2.8 cm, quiet zone included
    private static final int QR_MASK = 0;

    /**
     * A4 landscape as a plain 842 x 595 media box: not {@code PageSize.A4.rotate()}, which writes a portrait box with
     * /Rotate 90, where a signer's stamp rectangle (in default user space) would no longer match our coordinates.
     */
    private static final Rectangle PAGE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    private static final float MARGIN_SIDE = 28f;
    private static final float MARGIN_TOP = 72f;
    private static final float MARGIN_BOTTOM = 30f;
    private static final float GAP_BEFORE_FOOTER = 14f;
    private static final float BORDER = 0.6f;
    private static final Color HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);
    private static final Color WARNING_RED = new Color(0xC0, 0x00, 0x00);

    private static final String[] TABLE_I_HEADERS = {"No", "Nama Lengkap", "NIK", "Jenis Kelamin", "Tempat Lahir",
            "Tanggal Lahir", "Agama", "Pendidikan", "Jenis Pekerjaan", "Golongan Darah"};
    private static final float[] TABLE_I_WIDTHS = {3f, 18f, 11f, 7.5f, 10f, 7.5f, 7f, 12.5f, 13f, 5.5f};
    private static final float[] TABLE_II_WIDTHS = {3f, 10f, 8f, 11f, 9.5f, 9.5f, 9.5f, 17.5f, 17.5f};

    private final BaseFont regular;
    private final BaseFont bold;

    public KkRenderer() {
        regular = font("liberation/LiberationSans-Regular.ttf");
        bold = font("liberation/LiberationSans-Bold.ttf");
    }

    private static BaseFont font(String resource) {
        try (InputStream in = KkRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font not on the classpath: " + resource);
            }
            byte[] ttf = in.readAllBytes();
            // not cached in OpenPDF's global font cache: this instance owns its fonts
            BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
            font.setSubset(true);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + resource, e);
        }
    }

    /** The fonts of one document; Font objects are cheap and kept per call so no mutable object is shared. */
    private record Fonts(Font title, Font number, Font label, Font value, Font head, Font cell, Font footer,
                         Font footerBold, Font official, Font small, Font warning) {
    }

    private Fonts fonts() {
        return new Fonts(new Font(bold, 16f), new Font(bold, 12f), new Font(regular, 9f), new Font(bold, 9f),
                new Font(bold, 7.5f), new Font(regular, 8f), new Font(regular, 8.5f), new Font(bold, 8.5f),
                new Font(bold, 9f, Font.UNDERLINE), new Font(regular, 7.5f), new Font(bold, 8f, Font.NORMAL, WARNING_RED));
    }

    public Rendered render(KkContent content) {
        Fonts f = fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        Document document = new Document(PAGE, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCompressionLevel(9);
        PageDecoration pages = new PageDecoration(content, f, regular);
        writer.setPageEvent(pages);
        document.addTitle("Kartu Keluarga " + nonNull(content.kkNumber()));
        document.addCreator("Loket");
        document.open();

        document.add(addressBlock(content, f));
        List<KkContent.Member> members = content.members() == null ? List.of() : content.members();
        document.add(tableI(members, f));
        document.add(tableII(members, f));

        SignatureBox box = new SignatureBox();
        PdfPTable footer = footer(content, f, box);
        footer.setTotalWidth(document.right() - document.left());
        footer.setLockedWidth(true);
        float height = footer.getTotalHeight();
        if (writer.getVerticalPosition(true) - GAP_BEFORE_FOOTER < document.bottom() + height) {
            document.newPage();
        }
        footer.writeSelectedRows(0, -1, document.left(), document.bottom() + height, writer.getDirectContent());
        writer.setPageEmpty(false); // the footer went to the direct content: keep a page that holds only the footer
        box.page = writer.getPageNumber();
        document.close();
        return new Rendered(out.toByteArray(), pages.count, box.page, box.llx, box.lly, box.llx + SIGNATURE_WIDTH,
                box.lly + SIGNATURE_HEIGHT);
    }

    // ---------------------------------------------------------------------------------------------------- header

    private PdfPTable addressBlock(KkContent c, Fonts f) {
        PdfPTable t = new PdfPTable(new float[]{15f, 1.2f, 36f, 6f, 12f, 1.2f, 28.6f});
        t.setWidthPercentage(100f);
        t.setSpacingAfter(8f);
        String[][] rows = {
                {"Nama Kepala Keluarga", upper(c.headName()), "Kecamatan", upper(c.district())},
                {"Alamat", upper(c.address()), "Kabupaten/Kota", upper(c.regency())},
                {"RT/RW", show(c.rtRw()), "Kode Pos", show(c.postalCode())},
                {"Desa/Kelurahan", upper(c.village()), "Provinsi", upper(c.province())}};
        for (String[] row : rows) {
            t.addCell(plain(row[0], f.label()));
            t.addCell(plain(":", f.label()));
            t.addCell(plain(row[1], f.value()));
            t.addCell(plain("", f.label()));
            t.addCell(plain(row[2], f.label()));
            t.addCell(plain(":", f.label()));
            t.addCell(plain(row[3], f.value()));
        }
        return t;
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0f);
        cell.setPaddingBottom(2.5f);
        cell.setUseAscender(true);
        return cell;
    }

    // ---------------------------------------------------------------------------------------------------- members

    private PdfPTable tableI(List<KkContent.Member> members, Fonts f) {
        PdfPTable t = grid(TABLE_I_WIDTHS, 1);
        for (String h : TABLE_I_HEADERS) {
            t.addCell(head(h, f, 1, 1));
        }
        int no = 1;
        for (KkContent.Member m : members) {
            t.addCell(cell(String.valueOf(no++), f, Element.ALIGN_CENTER));
            t.addCell(cell(upper(m.fullName()), f, Element.ALIGN_LEFT));
            t.addCell(cell(show(m.nik()), f, Element.ALIGN_CENTER));
            t.addCell(cell(upper(m.sex()), f, Element.ALIGN_CENTER));
            t.addCell(cell(upper(m.birthPlace()), f, Element.ALIGN_LEFT));
            t.addCell(cell(show(m.birthDate()), f, Element.ALIGN_CENTER));
            t.addCell(cell(upper(m.religion()), f, Element.ALIGN_CENTER));
            t.addCell(cell(upper(m.education()), f, Element.ALIGN_LEFT));
            t.addCell(cell(upper(m.occupation()), f, Element.ALIGN_LEFT));
            t.addCell(cell(upper(m.bloodType()), f, Element.ALIGN_CENTER));
        }
        t.setSpacingAfter(10f);
        return t;
    }

    private PdfPTable tableII(List<KkContent.Member> members, Fonts f) {
        PdfPTable t = grid(TABLE_II_WIDTHS, 2);
        t.addCell(head("No", f, 1, 2));
        t.addCell(head("Status Perkawinan", f, 1, 2));
        t.addCell(head("Tanggal Perkawinan", f, 1, 2));
        t.addCell(head("Status Hubungan Dalam Keluarga", f, 1, 2));
        t.addCell(head("Kewarganegaraan", f, 1, 2));
        t.addCell(head("Dokumen Imigrasi", f, 2, 1));
        t.addCell(head("Nama Orang Tua", f, 2, 1));
        t.addCell(head("No. Paspor", f, 1, 1));
        t.addCell(head("No. KITAP", f, 1, 1));
        t.addCell(head("Ayah", f, 1, 1));
        t.addCell(head("Ibu", f, 1, 1));
        int no = 1;
        for (KkContent.Member m : members) {
            t.addCell(cell(String.valueOf(no++), f, Element.ALIGN_CENTER));
            t.addCell(cell(upper(m.maritalStatus()), f, Element.ALIGN_LEFT));
            t.addCell(cell(show(m.marriageDate()), f, Element.ALIGN_CENTER));
            t.addCell(cell(upper(m.relationship()), f, Element.ALIGN_LEFT));
            t.addCell(cell(upper(m.citizenship()), f, Element.ALIGN_CENTER));
            t.addCell(cell(upper(m.passportNumber()), f, Element.ALIGN_CENTER));
            t.addCell(cell(upper(m.kitapNumber()), f, Element.ALIGN_CENTER));
            t.addCell(cell(upper(m.fatherName()), f, Element.ALIGN_LEFT));
            t.addCell(cell(upper(m.motherName()), f, Element.ALIGN_LEFT));
        }
        return t;
    }

    private static PdfPTable grid(float[] widths, int headerRows) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100f);
        t.setHeaderRows(headerRows);
        // a member's row never breaks over two pages: it moves whole to the next one (with the headers again)
        t.setSplitRows(false);
        return t;
    }

    private static PdfPCell head(String text, Fonts f, int colspan, int rowspan) {
        PdfPCell cell = new PdfPCell(new Phrase(text, f.head()));
        cell.setColspan(colspan);
        cell.setRowspan(rowspan);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBackgroundColor(HEADER_FILL);
        frame(cell);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(3.5f);
        return cell;
    }

    private static PdfPCell cell(String text, Fonts f, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, f.cell()));
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        frame(cell);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(3.5f);
        cell.setMinimumHeight(15f);
        return cell;
    }

    private static void frame(PdfPCell cell) {
        cell.setBorderWidth(BORDER);
        cell.setBorderColor(Color.BLACK);
        cell.setPaddingLeft(3f);
        cell.setPaddingRight(3f);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
    }

    // ---------------------------------------------------------------------------------------------------- footer

    /** Where the footer's signature cell was laid out. */
    private static final class SignatureBox implements PdfPCellEvent {
        float llx;
        float lly;
        int page;

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            llx = (position.getLeft() + position.getRight() - SIGNATURE_WIDTH) / 2f;
            lly = (position.getBottom() + position.getTop() - SIGNATURE_HEIGHT) / 2f;
        }
    }

    /**
     * One row of three cells: the signature statement (left, at the bottom), the official's block (middle: issue
     * date, office, the empty signature box, name and NIP) and the QR code (right, at the bottom).
     */
    private PdfPTable footer(KkContent c, Fonts f, SignatureBox box) {
        PdfPTable official = new PdfPTable(1);
        official.setWidthPercentage(100f);
        PdfPCell issued = footerCell(new Phrase("Dikeluarkan Tanggal : " + show(c.issueDate()), f.footer()));
        issued.setPaddingBottom(6f);
        official.addCell(issued);
        official.addCell(footerCell(new Phrase("KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", f.footerBold())));
        official.addCell(footerCell(new Phrase(upper(c.regencyTitle()), f.footerBold())));
        PdfPCell signature = new PdfPCell(new Phrase(""));
        signature.setBorder(Rectangle.NO_BORDER);
        signature.setPadding(0f);
        signature.setFixedHeight(SIGNATURE_HEIGHT + 8f); // 4 pt clear above and below the stamp
        signature.setCellEvent(box);
        official.addCell(signature);
        official.addCell(footerCell(new Phrase(show(c.officialName()), f.official())));
        official.addCell(footerCell(new Phrase("NIP. " + show(c.officialNip()), f.footer())));

        PdfPTable t = new PdfPTable(new float[]{40f, 42f, 18f});
        PdfPCell statement = footerCell(new Phrase(show(c.signatureStatement()), f.small()));
        statement.setHorizontalAlignment(Element.ALIGN_LEFT);
        statement.setVerticalAlignment(Element.ALIGN_BOTTOM);
        statement.setPaddingRight(36f);
        t.addCell(statement);
        PdfPCell middle = new PdfPCell(official);
        middle.setBorder(Rectangle.NO_BORDER);
        middle.setPadding(0f);
        t.addCell(middle);
        PdfPCell qr = footerCell(new Phrase(""));
        qr.setMinimumHeight(QR_SIZE);
        qr.setCellEvent(new QrDrawing(c.verificationUrl()));
        t.addCell(qr);
        return t;
    }

    private static PdfPCell footerCell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPadding(0f);
        cell.setPaddingBottom(2f);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        return cell;
    }

    /** Draws the verification QR code as vector squares in the bottom right corner of its cell. */
    private record QrDrawing(String url) implements PdfPCellEvent {

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            if (url == null || url.isBlank()) {
                return;
            }
            // As QrCode.encodeText(url, MEDIUM), but with a fixed mask: trying all 8 masks for the lowest penalty
            // took a quarter of the whole rendering time; any mask gives a valid code that phones read.
            QrCode qr = QrCode.encodeSegments(QrSegment.makeSegments(url), QrCode.Ecc.MEDIUM, QrCode.MIN_VERSION,
                    QrCode.MAX_VERSION, QR_MASK, true);
            int quiet = 4;
            float module = QR_SIZE / (qr.size + 2 * quiet);
            float x0 = position.getRight() - QR_SIZE + quiet * module;
            float top = position.getBottom() + QR_SIZE - quiet * module;
            PdfContentByte cb = canvases[PdfPTable.BASECANVAS];
            cb.saveState();
            cb.setColorFill(Color.BLACK);
            for (int y = 0; y < qr.size; y++) {
                int x = 0;
                while (x < qr.size) {
                    if (!qr.getModule(x, y)) {
                        x++;
                        continue;
                    }
                    int start = x;
                    while (x < qr.size && qr.getModule(x, y)) {
                        x++;
                    }
                    cb.rectangle(x0 + start * module, top - (y + 1) * module, (x - start) * module, module);
                }
            }
            cb.fill(); // one path for all modules: no hairline seams between rows
            cb.restoreState();
        }
    }

    // ---------------------------------------------------------------------------------------------------- pages

    /** Title and KK number on every page, the page marker, and the development warning. */
    private static final class PageDecoration extends PdfPageEventHelper {
        private final KkContent content;
        private final Fonts fonts;
        private final BaseFont regular;
        private PdfTemplate total;
        int count;

        PageDecoration(KkContent content, Fonts fonts, BaseFont regular) {
            this.content = content;
            this.fonts = fonts;
            this.regular = regular;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30f, 10f);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            count++;
            PdfContentByte cb = writer.getDirectContent();
            float centre = (document.left() + document.right()) / 2f;
            float top = document.getPageSize().getTop();
            if (content.developmentCertificate()) {
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(DEVELOPMENT_WARNING, fonts.warning()),
                        centre, top - 16f, 0f);
            }
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("KARTU KELUARGA", fonts.title()),
                    centre, top - 38f, 0f);
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                    new Phrase("No. " + nonNull(content.kkNumber()), fonts.number()), centre, top - 55f, 0f);

            String marker = "Halaman " + writer.getPageNumber() + " dari ";
            float size = fonts.small().getSize();
            float x = document.right() - 62f;
            float y = document.getPageSize().getBottom() + 14f;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(marker, fonts.small()), x, y, 0f);
            cb.addTemplate(total, x + regular.getWidthPoint(marker, size), y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(regular, fonts.small().getSize());
            total.setTextMatrix(0f, 0f);
            total.showText(String.valueOf(count));
            total.endText();
        }
    }

    // ---------------------------------------------------------------------------------------------------- values

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** A value as printed: "-" when empty. */
    static String show(String s) {
        return s == null || s.isBlank() ? "-" : s.strip();
    }

    /** A value as the KK prints it, upper case; "-" when empty. */
    static String upper(String s) {
        return show(s).toUpperCase(Locale.ROOT);
    }
}
