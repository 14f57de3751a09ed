package id.loket.document.internal;

import java.util.List;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfPKCS7;
import org.openpdf.text.pdf.PdfReader;

/**
 * Reads a PDF someone uploads and checks its last signature: the CMS must verify over its byte range and the range
 * must cover the whole file (nothing appended after signing). Any parse error counts as "not authentic".
 */
public final class SignatureCheck {

    public enum Verdict { VALID, INVALID, NOT_SIGNED, UNREADABLE }

    public record Result(Verdict verdict, String signerSubject) {
    }

    private SignatureCheck() {
    }

    public static Result check(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            AcroFields fields = reader.getAcroFields();
            List<String> names = fields.getSignedFieldNames();
            if (names.isEmpty()) {
                return new Result(Verdict.NOT_SIGNED, null);
            }
            String last = names.getLast();
            PdfPKCS7 pkcs7 = fields.verifySignature(last);
            boolean valid = pkcs7 != null && pkcs7.verify() && fields.signatureCoversWholeDocument(last);
            String subject = pkcs7 == null || pkcs7.getSigningCertificate() == null ? null
                    : pkcs7.getSigningCertificate().getSubjectX500Principal().getName();
            return new Result(valid ? Verdict.VALID : Verdict.INVALID, subject);
        } catch (Exception | StackOverflowError e) {
            // a damaged or hostile file: not authentic, whatever the reason
            return new Result(Verdict.UNREADABLE, null);
        }
    }
}
