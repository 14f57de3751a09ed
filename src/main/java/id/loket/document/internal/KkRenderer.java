package id.loket.document.internal;

import id.loket.base.ReportPdf;
import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays out a Kartu Keluarga as an A4 landscape PDF (shared/domain/kk-document.md): the page header (title and KK
 * number, on every page), the family's address block, member tables I and II (their column headers repeated when a
 * table runs over a page; a member's row never splits) and the footer with the signing official, an empty box kept
 * for the visible signature stamp and the verification QR code, always whole on the last page.
 *
 * <p>Construct once and share: the fonts (Liberation Sans, embedded as subsets with Identity-H so any Latin name
 * prints) are read and parsed in the constructor only, and {@link #render} keeps its state on its own stack, so
 * concurrent calls are safe.
 *
 * <p>The tables are drawn straight onto the page (own line breaking, grid and page breaks) rather than with
 * OpenPDF's PdfPTable, which lays every cell out twice through ColumnText and made up over half the rendering time.
 */
public class KkRenderer {

    /**
     * One rendered KK.
     *
     * @param pdf           the document
     * @param pages         its page count
     * @param signaturePage the 1-based page that holds the signature box (always the last)
     * @param llx           the signature box, in PDF points in the default user space of {@code signaturePage}
     *                      (origin bottom left, the page is an unrotated 842 x 595 media box): lower left x
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
    /**
     * Deflate levels. Compressing the two font subsets (about 40 KB each before compression, mostly glyph metrics and
     * offsets that a subset keeps for every glyph of the font) at the default level took two thirds of the time per
     * document; the fastest level costs about 1 KB per font, and on the page content it costs under 1 KB.
     */
    private static final int FONT_COMPRESSION = PdfStream.BEST_SPEED;
    private static final int PAGE_COMPRESSION = PdfStream.BEST_SPEED;

    /**
     * A4 landscape as a plain 842 x 595 media box: not {@code PageSize.A4.rotate()}, which writes a portrait box with
     * /Rotate 90, where a signer's stamp rectangle (in default user space) would no longer match our coordinates.
     */
    private static final Rectangle PAGE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    private static final float MARGIN_SIDE = 28f;
    private static final float MARGIN_TOP = 68f;
    private static final float MARGIN_BOTTOM = 30f;
    private static final float GAP_AFTER_ADDRESS = 8f;
    private static final float GAP_BETWEEN_TABLES = 10f;
    private static final float GAP_BEFORE_FOOTER = 12f;
    private static final int KEEP_WITH_FOOTER = 2; // rows of table II that go on the footer's page

    private static final float LEADING = 1.15f; // line height, in font sizes
    private static final float BASELINE = 0.92f; // from the top of a line to its baseline, in font sizes
    private static final float BORDER = 0.6f;
    private static final float PAD_X = 3f;
    private static final float PAD_TOP = 2.5f;
    private static final float PAD_BOTTOM = 3f;
    private static final float MIN_ROW = 14f;
    private static final float HEAD_SIZE = 7.5f;
    private static final float CELL_SIZE = 8f;
    private static final float HEADER_GRAY = 0.9f;
    private static final Color WARNING_RED = new Color(0xC0, 0x00, 0x00);

    private static final int LEFT = 0;
    private static final int CENTER = 1;

    private static final float[] TABLE_I_WIDTHS = {3f, 18f, 11f, 7.5f, 10f, 7.5f, 7f, 12.5f, 13f, 5.5f};
    private static final int[] TABLE_I_ALIGN = {CENTER, LEFT, CENTER, CENTER, LEFT, CENTER, CENTER, LEFT, LEFT,
            CENTER};
    private static final List<HeadCell> TABLE_I_HEAD = List.of(head("No", 0, 0, 1, 1),
            head("Nama Lengkap", 1, 0, 1, 1), head("NIK", 2, 0, 1, 1), head("Jenis Kelamin", 3, 0, 1, 1),
            head("Tempat Lahir", 4, 0, 1, 1), head("Tanggal Lahir", 5, 0, 1, 1), head("Agama", 6, 0, 1, 1),
            head("Pendidikan", 7, 0, 1, 1), head("Jenis Pekerjaan", 8, 0, 1, 1), head("Golongan Darah", 9, 0, 1, 1));

    private static final float[] TABLE_II_WIDTHS = {3f, 10f, 8f, 11f, 9.5f, 9.5f, 9.5f, 17.5f, 17.5f};
    private static final int[] TABLE_II_ALIGN = {CENTER, LEFT, CENTER, LEFT, CENTER, CENTER, CENTER, LEFT, LEFT};
    private static final List<HeadCell> TABLE_II_HEAD = List.of(head("No", 0, 0, 1, 2),
            head("Status Perkawinan", 1, 0, 1, 2), head("Tanggal Perkawinan", 2, 0, 1, 2),
            head("Status Hubungan Dalam Keluarga", 3, 0, 1, 2), head("Kewarganegaraan", 4, 0, 1, 2),
            head("Dokumen Imigrasi", 5, 0, 2, 1), head("Nama Orang Tua", 7, 0, 2, 1),
            head("No. Paspor", 5, 1, 1, 1), head("No. KITAP", 6, 1, 1, 1), head("Ayah", 7, 1, 1, 1),
            head("Ibu", 8, 1, 1, 1));

    private final Face regular;
    private final Face bold;

    public KkRenderer() {
        regular = new Face(font("liberation/LiberationSans-Regular.ttf"));
        bold = new Face(font("liberation/LiberationSans-Bold.ttf"));
    }

    /** The regular face, loaded once here, for anything else drawn on a KK (the signature stamp). */
    public BaseFont regularFont() {
        return regular.font;
    }

    private static BaseFont font(String resource) {
        BaseFont font = ReportPdf.embeddedFont(resource);
        font.setCompressionLevel(FONT_COMPRESSION);
        return font;
    }

    /** A font and its advance widths, cached for the Latin characters (the lookup is a map per character). */
    static final class Face {
        final BaseFont font;
        private final short[] widths = new short[0x0250]; // up to Latin Extended-B

        Face(BaseFont font) {
            this.font = font;
            for (char c = 0; c < widths.length; c++) {
                widths[c] = (short) font.getWidth(c);
            }
        }

        /** In 1/1000 of the font size. */
        int width(char c) {
            return c < widths.length ? widths[c] : font.getWidth(c);
        }

        float width(String s, float size) {
            int total = 0;
            for (int i = 0; i < s.length(); i++) {
                total += width(s.charAt(i));
            }
            return total * size / 1000f;
        }
    }

    // ---------------------------------------------------------------------------------------------------- render

    public Rendered render(KkContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        Document document = new Document(PAGE, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCompressionLevel(PAGE_COMPRESSION);
        PageDecoration pages = new PageDecoration(content);
        writer.setPageEvent(pages);
        document.addTitle("Kartu Keluarga " + nonNull(content.kkNumber()));
        document.addCreator("Loket");
        document.open();

        Sheet sheet = new Sheet(document, writer);
        addressBlock(sheet, content);
        sheet.y -= GAP_AFTER_ADDRESS;
        List<KkContent.Member> members = content.members() == null ? List.of() : content.members();
        List<String[]> rowsI = new ArrayList<>(members.size());
        List<String[]> rowsII = new ArrayList<>(members.size());
        int no = 1;
        for (KkContent.Member m : members) {
            String n = String.valueOf(no++);
            rowsI.add(new String[]{n, upper(m.fullName()), show(m.nik()), upper(m.sex()), upper(m.birthPlace()),
                    show(m.birthDate()), upper(m.religion()), upper(m.education()), upper(m.occupation()),
                    upper(m.bloodType())});
            rowsII.add(new String[]{n, upper(m.maritalStatus()), show(m.marriageDate()), upper(m.relationship()),
                    upper(m.citizenship()), upper(m.passportNumber()), upper(m.kitapNumber()), upper(m.fatherName()),
                    upper(m.motherName())});
        }
        Footer footer = new Footer(sheet, content);
        grid(sheet, TABLE_I_WIDTHS, TABLE_I_ALIGN, TABLE_I_HEAD, 1, rowsI, 0f);
        sheet.y -= GAP_BETWEEN_TABLES;
        grid(sheet, TABLE_II_WIDTHS, TABLE_II_ALIGN, TABLE_II_HEAD, 2, rowsII, GAP_BEFORE_FOOTER + footer.height);
        float[] box = footer.draw(sheet);
        int signaturePage = writer.getPageNumber();
        document.close();
        return new Rendered(out.toByteArray(), pages.count, signaturePage, box[0], box[1], box[0] + SIGNATURE_WIDTH,
                box[1] + SIGNATURE_HEIGHT);
    }

    /** The page being drawn on and how far down it is filled. */
    private static final class Sheet {
        final Document document;
        final PdfWriter writer;
        final float left;
        final float right;
        final float bottom;
        float y;

        Sheet(Document document, PdfWriter writer) {
            this.document = document;
            this.writer = writer;
            left = document.left();
            right = document.right();
            bottom = document.bottom();
            y = document.top();
        }

        PdfContentByte cb() {
            return writer.getDirectContent();
        }

        float width() {
            return right - left;
        }

        float bodyHeight() {
            return document.top() - bottom;
        }

        void newPage() {
            document.newPage();
            y = document.top();
        }
    }

    // ---------------------------------------------------------------------------------------------------- text

    /** Text broken into lines, in one face and size. */
    private record Block(String[] lines, Face face, float size) {
        float height() {
            return lines.length * size * LEADING;
        }

        float lineHeight() {
            return size * LEADING;
        }
    }

    private Block block(String text, Face face, float size, float width, int maxLines) {
        List<String> lines = wrap(text, face, size, width);
        if (lines.size() > maxLines) { // only for absurd input: more text than a page holds
            lines = new ArrayList<>(lines.subList(0, Math.max(1, maxLines)));
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\u2026");
        }
        return new Block(lines.toArray(String[]::new), face, size);
    }

    /**
     * Breaks text into lines no wider than {@code width}: at spaces, after '/' and '-', and inside a word only when
     * the word alone is wider than a line.
     */
    static List<String> wrap(String text, Face face, float size, float width) {
        List<String> lines = new ArrayList<>(2);
        int n = text.length();
        float limit = width * 1000f / size;
        int start = 0;
        while (start < n) {
            while (start < n && text.charAt(start) == ' ') {
                start++;
            }
            if (start >= n) {
                break;
            }
            int i = start;
            int used = 0;
            int breakAt = -1; // end of the line when broken at the last opportunity
            int resume = -1; // where the next line then starts
            boolean full = false;
            while (i < n) {
                char c = text.charAt(i);
                int w = face.width(c);
                if (c == ' ') {
                    breakAt = i;
                    resume = i + 1;
                } else if (used + w > limit && i > start) {
                    full = true;
                    break;
                }
                used += w;
                if (c == '/' || c == '-') {
                    breakAt = i + 1;
                    resume = i + 1;
                }
                i++;
            }
            if (!full) {
                lines.add(text.substring(start).stripTrailing());
                break;
            }
            if (breakAt > start) {
                lines.add(text.substring(start, breakAt).stripTrailing());
                start = resume;
            } else {
                lines.add(text.substring(start, i));
                start = i;
            }
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** Draws a block's lines from {@code top} down, within a text object (BT ... ET) the caller opened. */
    private static void showBlock(PdfContentByte cb, Block b, float x, float width, int align, float top) {
        cb.setFontAndSize(b.face().font, b.size());
        float baseline = top - b.size() * BASELINE;
        for (String line : b.lines()) {
            float lx = align == CENTER ? x + (width - b.face().width(line, b.size())) / 2f : x;
            cb.setTextMatrix(lx, baseline);
            cb.showText(line);
            baseline -= b.lineHeight();
        }
    }

    private static void text(PdfContentByte cb, Face face, float size, String s, float x, float y, int align) {
        cb.beginText();
        cb.setFontAndSize(face.font, size);
        cb.setTextMatrix(align == CENTER ? x - face.width(s, size) / 2f : x, y);
        cb.showText(s);
        cb.endText();
    }

    // ---------------------------------------------------------------------------------------------------- header

    private void addressBlock(Sheet sheet, KkContent c) {
        String[][] rows = {
                {"Nama Kepala Keluarga", upper(c.headName()), "Kecamatan", upper(c.district())},
                {"Alamat", upper(c.address()), "Kabupaten/Kota", upper(c.regency())},
                {"RT/RW", show(c.rtRw()), "Kode Pos", show(c.postalCode())},
                {"Desa/Kelurahan", upper(c.village()), "Provinsi", upper(c.province())}};
        float size = 9f;
        float leftLabel = sheet.left;
        float leftValue = leftLabel + 118f;
        float rightLabel = sheet.left + 490f;
        float rightValue = rightLabel + 98f;
        float leftWidth = rightLabel - 24f - leftValue;
        float rightWidth = sheet.right - rightValue;
        PdfContentByte cb = sheet.cb();
        cb.beginText();
        for (String[] row : rows) {
            Block l = block(row[1], bold, size, leftWidth, 4);
            Block r = block(row[3], bold, size, rightWidth, 4);
            showBlock(cb, block(row[0], regular, size, 1000f, 1), leftLabel, 0f, LEFT, sheet.y);
            showBlock(cb, block(":", regular, size, 1000f, 1), leftValue - 8f, 0f, LEFT, sheet.y);
            showBlock(cb, l, leftValue, leftWidth, LEFT, sheet.y);
            showBlock(cb, block(row[2], regular, size, 1000f, 1), rightLabel, 0f, LEFT, sheet.y);
            showBlock(cb, block(":", regular, size, 1000f, 1), rightValue - 8f, 0f, LEFT, sheet.y);
            showBlock(cb, r, rightValue, rightWidth, LEFT, sheet.y);
            sheet.y -= Math.max(l.height(), r.height()) + 1f;
        }
        cb.endText();
    }

    // ---------------------------------------------------------------------------------------------------- tables

    /** A header cell on the header's own grid of columns and rows. */
    private record HeadCell(String text, int col, int row, int colspan, int rowspan) {
    }

    private static HeadCell head(String text, int col, int row, int colspan, int rowspan) {
        return new HeadCell(text, col, row, colspan, rowspan);
    }

    /**
     * Draws a table: its header, then one row per entry; a row that does not fit goes whole to a new page, where the
     * header is drawn again.
     *
     * @param reserve room that must follow the table on its last page (the footer), 0 for none: the table's last
     *                {@link #KEEP_WITH_FOOTER} rows then move to a new page with it, rather than leaving the footer
     *                alone on a page of its own
     */
    private void grid(Sheet sheet, float[] relative, int[] align, List<HeadCell> head, int headRows,
                      List<String[]> rows, float reserve) {
        float[] x = columns(sheet, relative);
        // the header: row heights from the cells that span one row, then stretched for those that span more
        Block[] headBlocks = new Block[head.size()];
        float[] headHeights = new float[headRows];
        for (int i = 0; i < head.size(); i++) {
            HeadCell h = head.get(i);
            headBlocks[i] = block(h.text(), bold, HEAD_SIZE, span(x, h.col(), h.colspan()) - 2 * PAD_X, 4);
            if (h.rowspan() == 1) {
                headHeights[h.row()] = Math.max(headHeights[h.row()],
                        headBlocks[i].height() + PAD_TOP + PAD_BOTTOM);
            }
        }
        for (int i = 0; i < head.size(); i++) {
            HeadCell h = head.get(i);
            float need = headBlocks[i].height() + PAD_TOP + PAD_BOTTOM;
            float have = 0;
            for (int r = h.row(); r < h.row() + h.rowspan(); r++) {
                have += headHeights[r];
            }
            if (need > have) {
                headHeights[h.row() + h.rowspan() - 1] += need - have;
            }
        }
        float headHeight = 0;
        for (float h : headHeights) {
            headHeight += h;
        }

        int maxLines = (int) ((sheet.bodyHeight() - headHeight - PAD_TOP - PAD_BOTTOM) / (CELL_SIZE * LEADING));
        List<Block[]> bodies = new ArrayList<>(rows.size());
        float[] heights = new float[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String[] values = rows.get(r);
            Block[] blocks = new Block[values.length];
            float h = MIN_ROW;
            for (int c = 0; c < values.length; c++) {
                blocks[c] = block(values[c], regular, CELL_SIZE, x[c + 1] - x[c] - 2 * PAD_X, maxLines);
                h = Math.max(h, blocks[c].height() + PAD_TOP + PAD_BOTTOM);
            }
            bodies.add(blocks);
            heights[r] = h;
        }

        int keepFrom = reserve > 0 ? Math.max(0, rows.size() - KEEP_WITH_FOOTER) : rows.size();
        float tail = reserve;
        for (int r = keepFrom; r < rows.size(); r++) {
            tail += heights[r];
        }
        float first = keepFrom == 0 ? tail : heights[0];
        if (sheet.y - headHeight - first < sheet.bottom) {
            sheet.newPage();
        }
        drawHead(sheet, x, head, headBlocks, headHeights);
        for (int r = 0; r < rows.size(); r++) {
            boolean full = sheet.y - heights[r] < sheet.bottom;
            boolean keep = r == keepFrom && r > 0 && sheet.y - tail < sheet.bottom;
            if (full || keep) {
                sheet.newPage();
                drawHead(sheet, x, head, headBlocks, headHeights);
            }
            drawRow(sheet, x, align, bodies.get(r), heights[r]);
        }
    }

    /** Column edges: x[i] to x[i + 1] is column i. */
    private static float[] columns(Sheet sheet, float[] relative) {
        float total = 0;
        for (float r : relative) {
            total += r;
        }
        float[] x = new float[relative.length + 1];
        x[0] = sheet.left;
        for (int i = 0; i < relative.length; i++) {
            x[i + 1] = x[i] + sheet.width() * relative[i] / total;
        }
        x[relative.length] = sheet.right;
        return x;
    }

    private static float span(float[] x, int col, int colspan) {
        return x[col + colspan] - x[col];
    }

    private static void drawHead(Sheet sheet, float[] x, List<HeadCell> head, Block[] blocks, float[] heights) {
        PdfContentByte cb = sheet.cb();
        float[] rowTop = new float[heights.length + 1];
        rowTop[0] = sheet.y;
        for (int r = 0; r < heights.length; r++) {
            rowTop[r + 1] = rowTop[r] - heights[r];
        }
        cb.setGrayFill(HEADER_GRAY);
        for (HeadCell h : head) {
            cellPath(cb, x, h.col(), h.colspan(), rowTop[h.row()], rowTop[h.row() + h.rowspan()]);
        }
        cb.fill();
        cb.setGrayFill(0f);
        // every edge once (a line stroked twice prints darker): the top and left edge of the header, then the
        // bottom and right edge of each cell
        grid(cb);
        line(cb, x[0], rowTop[0], x[x.length - 1], rowTop[0]);
        line(cb, x[0], rowTop[0], x[0], rowTop[heights.length]);
        for (HeadCell h : head) {
            float bottom = rowTop[h.row() + h.rowspan()];
            float right = x[h.col() + h.colspan()];
            line(cb, x[h.col()], bottom, right, bottom);
            line(cb, right, rowTop[h.row()], right, bottom);
        }
        cb.stroke();
        cb.beginText();
        for (int i = 0; i < head.size(); i++) {
            HeadCell h = head.get(i);
            float top = rowTop[h.row()];
            float height = top - rowTop[h.row() + h.rowspan()];
            float free = height - PAD_TOP - PAD_BOTTOM - blocks[i].height();
            showBlock(cb, blocks[i], x[h.col()] + PAD_X, span(x, h.col(), h.colspan()) - 2 * PAD_X, CENTER,
                    top - PAD_TOP - free / 2f);
        }
        cb.endText();
        sheet.y = rowTop[heights.length];
    }

    private static void drawRow(Sheet sheet, float[] x, int[] align, Block[] blocks, float height) {
        PdfContentByte cb = sheet.cb();
        float top = sheet.y;
        // the top edge is the bottom of the header or of the row above
        grid(cb);
        float bottom = top - height;
        for (float edge : x) {
            line(cb, edge, top, edge, bottom);
        }
        line(cb, x[0], bottom, x[x.length - 1], bottom);
        cb.stroke();
        cb.beginText();
        for (int c = 0; c < blocks.length; c++) {
            float free = height - PAD_TOP - PAD_BOTTOM - blocks[c].height();
            showBlock(cb, blocks[c], x[c] + PAD_X, x[c + 1] - x[c] - 2 * PAD_X, align[c], top - PAD_TOP - free / 2f);
        }
        cb.endText();
        sheet.y = top - height;
    }

    private static void grid(PdfContentByte cb) {
        cb.setLineWidth(BORDER);
        cb.setGrayStroke(0f);
    }

    private static void line(PdfContentByte cb, float x0, float y0, float x1, float y1) {
        cb.moveTo(x0, y0);
        cb.lineTo(x1, y1);
    }

    private static void cellPath(PdfContentByte cb, float[] x, int col, int colspan, float top, float bottom) {
        cb.rectangle(x[col], bottom, x[col + colspan] - x[col], top - bottom);
    }

    // ---------------------------------------------------------------------------------------------------- footer

    /**
     * The footer, laid out before it is drawn so that the last table can keep its last rows on the footer's page: the
     * signature statement (left), the official's block with the empty signature box (middle) and the QR code (right).
     */
    private final class Footer {
        private static final float SPACE = 4f; // clear above and below the signature stamp
        private final KkContent content;
        private final float statementWidth;
        private final float midLeft;
        private final float midWidth;
        private final Block issued;
        private final Block office;
        private final Block region;
        private final Block name;
        private final Block nip;
        private final Block statement;
        final float height;

        Footer(Sheet sheet, KkContent c) {
            content = c;
            float width = sheet.width();
            statementWidth = width * 0.40f - 36f;
            midLeft = sheet.left + width * 0.40f;
            midWidth = width * 0.42f;
            int lines = 6;
            issued = block("Dikeluarkan Tanggal : " + show(c.issueDate()), regular, 8.5f, midWidth, lines);
            office = block("KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", bold, 8.5f, midWidth, lines);
            region = block(upper(c.regencyTitle()), bold, 8.5f, midWidth, lines);
            name = block(show(c.officialName()), bold, 9f, midWidth, lines);
            nip = block("NIP. " + show(c.officialNip()), regular, 8.5f, midWidth, lines);
            statement = block(show(c.signatureStatement()), regular, 7.5f, statementWidth, 12);
            float official = issued.height() + 6f + office.height() + region.height() + SPACE + SIGNATURE_HEIGHT
                    + SPACE + name.height() + nip.height();
            height = Math.max(official, Math.max(statement.height(), QR_SIZE));
        }

        /**
         * Draws the footer at the bottom of the page, or of a new page when the tables left too little room.
         *
         * @return the signature box's lower left corner
         */
        float[] draw(Sheet sheet) {
            if (sheet.y - GAP_BEFORE_FOOTER < sheet.bottom + height) {
                sheet.newPage();
            }
            float top = sheet.bottom + height;
            PdfContentByte cb = sheet.cb();

            cb.beginText();
            showBlock(cb, statement, sheet.left, statementWidth, LEFT, sheet.bottom + statement.height());
            float y = top;
            showBlock(cb, issued, midLeft, midWidth, CENTER, y);
            y -= issued.height() + 6f;
            showBlock(cb, office, midLeft, midWidth, CENTER, y);
            y -= office.height();
            showBlock(cb, region, midLeft, midWidth, CENTER, y);
            y -= region.height() + SPACE;
            float[] box = {midLeft + (midWidth - SIGNATURE_WIDTH) / 2f, y - SIGNATURE_HEIGHT};
            y -= SIGNATURE_HEIGHT + SPACE;
            float nameTop = y;
            showBlock(cb, name, midLeft, midWidth, CENTER, y);
            y -= name.height();
            showBlock(cb, nip, midLeft, midWidth, CENTER, y);
            cb.endText();

            // the official's name is underlined, as on the paper KK
            cb.setLineWidth(0.6f);
            float baseline = nameTop - name.size() * BASELINE;
            for (String line : name.lines()) {
                float w = name.face().width(line, name.size());
                float x = midLeft + (midWidth - w) / 2f;
                cb.moveTo(x, baseline - 1.6f);
                cb.lineTo(x + w, baseline - 1.6f);
                baseline -= name.lineHeight();
            }
            cb.stroke();

            qr(cb, content.verificationUrl(), sheet.right - QR_SIZE, sheet.bottom);
            return box;
        }
    }

    /** The verification QR code as vector squares, {@link #QR_SIZE} square with its quiet zone, from (x, y) up. */
    private static void qr(PdfContentByte cb, String url, float x, float y) {
        if (url == null || url.isBlank()) {
            return;
        }
        QrCode qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        int quiet = 4;
        float module = QR_SIZE / (qr.size + 2 * quiet);
        // one unit = one module, y pointing down from the code's top left: every coordinate is a small integer,
        // short to write and quick to format
        cb.saveState();
        cb.concatCTM(module, 0f, 0f, -module, x + quiet * module, y + QR_SIZE - quiet * module);
        cb.setGrayFill(0f);
        for (int row = 0; row < qr.size; row++) {
            int col = 0;
            while (col < qr.size) {
                if (!qr.getModule(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < qr.size && qr.getModule(col, row)) {
                    col++;
                }
                cb.rectangle(start, row, col - start, 1);
            }
        }
        cb.fill(); // one path for all modules: no hairline seams between rows
        cb.restoreState();
    }

    // ---------------------------------------------------------------------------------------------------- pages

    /** Title and KK number on every page, the page marker, and the development warning. */
    private final class PageDecoration extends PdfPageEventHelper {
        private static final float MARKER_SIZE = 7.5f;
        private final KkContent content;
        private PdfTemplate total;
        int count;

        PageDecoration(KkContent content) {
            this.content = content;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30f, 10f);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            count++;
            PdfContentByte cb = writer.getDirectContent();
            cb.saveState();
            cb.setGrayFill(0f);
            float centre = (document.left() + document.right()) / 2f;
            float top = document.getPageSize().getTop();
            if (content.developmentCertificate()) {
                cb.setColorFill(WARNING_RED);
                text(cb, bold, 8f, DEVELOPMENT_WARNING, centre, top - 14f, CENTER);
                cb.setGrayFill(0f);
            }
            text(cb, bold, 16f, "KARTU KELUARGA", centre, top - 35f, CENTER);
            text(cb, bold, 12f, "No. " + nonNull(content.kkNumber()), centre, top - 51f, CENTER);

            String marker = "Halaman " + writer.getPageNumber() + " dari ";
            float x = document.right() - 62f;
            float y = document.getPageSize().getBottom() + 14f;
            text(cb, regular, MARKER_SIZE, marker, x, y, LEFT);
            cb.addTemplate(total, x + regular.width(marker, MARKER_SIZE), y);
            cb.restoreState();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(regular.font, MARKER_SIZE);
            total.setTextMatrix(0f, 0f);
            total.showText(String.valueOf(count));
            total.endText();
        }
    }

    // ---------------------------------------------------------------------------------------------------- values

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** A value as printed: "-" when empty; line breaks and tabs as spaces. */
    static String show(String s) {
        if (s == null || s.isBlank()) {
            return "-";
        }
        String t = s.strip();
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < ' ') {
                return t.replaceAll("\\s+", " ");
            }
        }
        return t;
    }

    /** A value as the KK prints it, upper case; "-" when empty. */
    static String upper(String s) {
        return show(s).toUpperCase(Locale.ROOT);
    }
}
