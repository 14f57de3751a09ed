package id.loket.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.openpdf.text.Font;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSignature;
import org.openpdf.text.pdf.PdfSignatureAppearance;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;

/**
 * Applies a PAdES baseline (B-B) signature: a detached CMS over the PDF's byte range, SubFilter ETSI.CAdES.detached,
 * with the ESS signing-certificate-v2 attribute, made by BouncyCastle with the key held in memory; OpenPDF writes
 * it as an incremental update with a visible stamp in the box the renderer left empty. Thread-safe.
 */
public final class PdfSigner {

    /** Bytes reserved for the CMS: an RSA-2048/4096 signature with a chain of a few certificates fits easily. */
    private static final int RESERVED = 12_000;
    private static final PdfName ETSI_CADES_DETACHED = new PdfName("ETSI.CAdES.detached");

    private final SigningKey key;
    private final BaseFont stampFont;
    private final JcaCertStore certificates;
    private final DigestCalculatorProvider digests;
    private final byte[] essCertHash;

    public PdfSigner(SigningKey key, BaseFont stampFont) {
        this.key = key;
        this.stampFont = stampFont;
        try {
            this.certificates = new JcaCertStore(List.of(key.chain()));
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
            this.essCertHash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where and how the stamp appears, and what the signature dictionary says. */
    public record Stamp(int page, float llx, float lly, float urx, float ury, String text, String reason,
                        String location, Instant signedAt) {
    }

    public byte[] sign(byte[] pdf, Stamp stamp) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + RESERVED * 2 + 8192);
            PdfStamper stamper = PdfStamper.createSignature(reader, out, null, null, true);
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTime(Date.from(stamp.signedAt()));
            appearance.setSignDate(when);
            appearance.setReason(stamp.reason());
            appearance.setLocation(stamp.location());
            appearance.setCrypto(null, key.chain(), null, PdfSignatureAppearance.SELF_SIGNED);
            appearance.setVisibleSignature(new Rectangle(stamp.llx(), stamp.lly(), stamp.urx(), stamp.ury()),
                    stamp.page(), "TTE");
            appearance.setLayer2Text(stamp.text());
            appearance.setLayer2Font(new Font(stampFont, 7));
            appearance.setRender(PdfSignatureAppearance.SignatureRenderDescription);
            appearance.setAcro6Layers(true);

            PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, ETSI_CADES_DETACHED);
            dictionary.setDate(new PdfDate(when));
            dictionary.setName(key.signerName());
            dictionary.setReason(stamp.reason());
            dictionary.setLocation(stamp.location());
            appearance.setCryptoDictionary(dictionary);
            Map<PdfName, Integer> exclusion = new HashMap<>();
            exclusion.put(PdfName.CONTENTS, RESERVED * 2 + 2);
            appearance.preClose(exclusion);

            byte[] cms = cms(appearance.getRangeStream());
            if (cms.length > RESERVED) {
                throw new IllegalStateException("CMS signature larger than the reserved space: " + cms.length);
            }
            byte[] padded = new byte[RESERVED];
            System.arraycopy(cms, 0, padded, 0, cms.length);
            PdfDictionary update = new PdfDictionary();
            update.put(PdfName.CONTENTS, new PdfString(padded).setHexWriting(true));
            appearance.close(update);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException | org.bouncycastle.cms.CMSException
                 | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("The KK could not be signed: " + e.getMessage(), e);
        }
    }

    private byte[] cms(InputStream signedRange) throws IOException, GeneralSecurityException,
            org.bouncycastle.cms.CMSException, org.bouncycastle.operator.OperatorCreationException {
        byte[] content = signedRange.readAllBytes();
        ContentSigner signer = new JcaContentSignerBuilder(key.privateKey().getAlgorithm().equals("EC")
                ? "SHA256withECDSA" : "SHA256withRSA").build(key.privateKey());
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        // PAdES B-B: signing-certificate-v2 is required; the signing time lives in the dictionary's /M, not in the CMS
        ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), essCertHash);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{certId}))));
        CMSAttributeTableGenerator signedAttributes = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
            @Override
            protected java.util.Hashtable createStandardAttributeTable(Map parameters) {
                java.util.Hashtable table = super.createStandardAttributeTable(parameters);
                table.remove(org.bouncycastle.asn1.cms.CMSAttributes.signingTime);
                return table;
            }
        };
        generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(digests)
                .setSignedAttributeGenerator(signedAttributes)
                .build(signer, new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(key.certificate())));
        generator.addCertificates(certificates);
        CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
        return signed.getEncoded("DER");
    }

}
