package id.loket.document.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;

/** Marks every page of an unsigned KK as a preview, so a printed preview can never pass for the real thing. */
public final class PreviewMark {

    private PreviewMark() {
    }

    public static byte[] apply(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            PdfStamper stamper = new PdfStamper(reader, out);
            BaseFont font = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            PdfGState faint = new PdfGState();
            faint.setFillOpacity(0.18f);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                var size = reader.getPageSize(page);
                PdfContentByte over = stamper.getOverContent(page);
                over.saveState();
                over.setGState(faint);
                over.setColorFill(Color.RED);
                over.beginText();
                over.setFontAndSize(font, 64);
                over.showTextAligned(Element.ALIGN_CENTER, "PRATINJAU - BELUM DITANDATANGANI", size.getWidth() / 2,
                        size.getHeight() / 2, 20);
                over.endText();
                over.restoreState();
            }
            stamper.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("The preview could not be marked", e);
        }
    }
}
