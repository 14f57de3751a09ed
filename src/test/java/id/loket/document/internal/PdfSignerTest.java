package id.loket.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.document.PdfTools;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** The signature, checked by tools that are not ours: poppler's pdfsig, and our own upload check. */
class PdfSignerTest {

    @TempDir
    static Path dir;
    static SigningKey key;
    static PdfSigner signer;

    @BeforeAll
    static void key() throws Exception {
        key = SigningKey.load(new DocumentProperties.Keystore(null, null, null), dir.resolve("dev.p12"));
        signer = new PdfSigner(key, new KkRenderer().regularFont());
    }

    static byte[] unsigned() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate());
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("KARTU KELUARGA"));
        document.close();
        return out.toByteArray();
    }

    static byte[] signed() throws Exception {
        return signer.sign(unsigned(), new PdfSigner.Stamp(1, 500, 100, 700, 150, "Ditandatangani secara elektronik oleh\nLoket",
                "Penerbitan KK", "Cibinong", Instant.parse("2026-11-25T03:00:00Z")));
    }

    @Test
    void pdfsig_finds_a_valid_pades_signature_by_the_development_signer() throws Exception {
        String report = PdfTools.pdfsig(signed());
        assertThat(report).contains("Signature #1").contains("Signature Validation: Signature is Valid.")
                .contains("Loket Development Signer").contains("ETSI.CAdES.detached");
        assertThat(key.development()).isTrue();
    }

    @Test
    void a_flipped_byte_inside_the_signed_range_fails_pdfsig_and_our_check() throws Exception {
        byte[] pdf = signed();
        assertThat(SignatureCheck.check(pdf)).isEqualTo(SignatureCheck.Verdict.VALID);
        byte[] tampered = PdfTools.tampered(pdf);
        assertThat(PdfTools.pdfsig(tampered)).doesNotContain("Signature is Valid.");
        assertThat(SignatureCheck.check(tampered)).isNotEqualTo(SignatureCheck.Verdict.VALID);
    }

    @Test
    void an_unsigned_pdf_and_garbage_are_not_authentic() throws Exception {
        assertThat(SignatureCheck.check(unsigned())).isEqualTo(SignatureCheck.Verdict.NOT_SIGNED);
        assertThat(SignatureCheck.check("not a pdf".getBytes())).isEqualTo(SignatureCheck.Verdict.UNREADABLE);
    }
}
