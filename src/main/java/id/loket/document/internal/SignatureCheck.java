package id.loket.document.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks the last signature of a PDF someone uploads, from the raw bytes only: the /ByteRange must cover the whole
 * file except the /Contents hole, and the CMS in that hole must verify over those bytes. The file is never parsed
 * as a PDF (no object streams inflated), so a hostile upload costs at most one pass over its bytes.
 */
public final class SignatureCheck {

    public enum Verdict { VALID, INVALID, NOT_SIGNED, UNREADABLE }

    private static final Pattern BYTE_RANGE = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]");

    private SignatureCheck() {
    }

    public static Verdict check(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        if (!raw.startsWith("%PDF-")) {
            return Verdict.UNREADABLE;
        }
        Matcher m = BYTE_RANGE.matcher(raw);
        long[] range = null;
        while (m.find()) {
            range = new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                    Long.parseLong(m.group(4))};
        }
        if (range == null) {
            return Verdict.NOT_SIGNED;
        }
        try {
            long holeStart = range[0] + range[1];
            long holeEnd = range[2];
            // the signature must cover everything: from the first byte to the last, but for the /Contents hole
            if (range[0] != 0 || holeStart >= holeEnd || holeEnd + range[3] != pdf.length
                    || pdf[(int) holeStart] != '<' || pdf[(int) holeEnd - 1] != '>') {
                return Verdict.INVALID;
            }
            String hex = raw.substring((int) holeStart + 1, (int) holeEnd - 1);
            byte[] cms = HexFormat.of().parseHex(hex.length() % 2 == 0 ? hex : hex + "0");
            ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length);
            signed.write(pdf, 0, (int) holeStart);
            signed.write(pdf, (int) holeEnd, (int) range[3]);
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signed.toByteArray()), contentInfo(cms));
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Verdict.INVALID;
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certs = data.getCertificates().getMatches(signer.getSID());
            if (certs.isEmpty()) {
                return Verdict.INVALID;
            }
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(certs.iterator().next());
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            return valid ? Verdict.VALID : Verdict.INVALID;
        } catch (Exception e) {
            // a damaged or forged signature block: not authentic, whatever the reason
            return Verdict.INVALID;
        }
    }

    /** The /Contents hole is zero-padded after the CMS structure: read the structure alone, as it was encoded. */
    private static org.bouncycastle.asn1.cms.ContentInfo contentInfo(byte[] padded) throws java.io.IOException {
        try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(padded)) {
            return org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
        }
    }
}
