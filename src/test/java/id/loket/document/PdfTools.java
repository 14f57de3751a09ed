package id.loket.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads our PDFs with tools that are not ours: poppler's pdfsig for signatures, PDFBox for text. */
public final class PdfTools {

    private PdfTools() {
    }

    /** pdfsig's report of the file ("Signature is Valid." when it verifies). */
    public static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("kk", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor(30, TimeUnit.SECONDS);
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The QR code on the last page, decoded from a 200 dpi rendering (as a phone camera would read the paper). */
    public static String qr(byte[] pdf) throws IOException, com.google.zxing.NotFoundException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc)
                    .renderImageWithDPI(doc.getNumberOfPages() - 1, 200);
            int w = page.getWidth();
            int h = page.getHeight();
            int[] argb = page.getRGB(0, 0, w, h, null, 0, w);
            var source = new com.google.zxing.RGBLuminanceSource(w, h, argb);
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(source));
            return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
        } catch (com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new IOException("unreadable QR code", e);
        }
    }

    /** The file with one byte of its page dictionary changed: inside the signed range, as a forger would. */
    public static byte[] tampered(byte[] pdf) {
        byte[] copy = pdf.clone();
        int at = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/MediaBox") + 12;
        copy[at] = (byte) (copy[at] == '0' ? '1' : '0');
        return copy;
    }
}
