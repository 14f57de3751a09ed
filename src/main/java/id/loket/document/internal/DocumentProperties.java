package id.loket.document.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code loket.document.*}: the office printed on every KK and the signing key. Without a keystore, Loket makes a
 * self-signed development key at {@code dev-keystore} on first start and says so on screen and on the paper.
 *
 * @param publicUrl the address citizens reach Loket's public pages at (the QR code's target); empty = the address
 *                  the signer's browser used
 * @param uploadChecksPerHour how many PDFs one address may have checked on the public page per hour
 * @param kkSerialFirst     with {@code kkSerialLast}: the block of KK serials (SSSS) this server gives new families;
 *                          offices that issue for the same district on their own servers take disjoint blocks
 */
@ConfigurationProperties("loket.document")
public record DocumentProperties(String officeName, String regencyTitle, String officialName, String officialNip,
                                 String signatureStatement, String developmentStatement, String location,
                                 String publicUrl, Keystore keystore, String devKeystore,
                                 int uploadChecksPerHour, int kkSerialFirst, int kkSerialLast) {

    public DocumentProperties {
        officeName = orElse(officeName, "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bogor");
        regencyTitle = orElse(regencyTitle, "KABUPATEN BOGOR");
        officialName = orElse(officialName, "Drs. H. Bambang Hermawan, M.Si.");
        officialNip = orElse(officialNip, "197003151995031002");
        signatureStatement = orElse(signatureStatement, "Dokumen ini telah ditandatangani secara elektronik "
                + "menggunakan sertifikat elektronik yang diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN.");
        developmentStatement = orElse(developmentStatement, "Ditandatangani dengan sertifikat pengembangan Loket, "
                + "bukan sertifikat BSrE: dokumen uji coba, tidak berlaku sebagai dokumen resmi.");
        location = orElse(location, "Cibinong");
        publicUrl = publicUrl == null ? "" : publicUrl.trim().replaceAll("/+$", "");
        keystore = keystore == null ? new Keystore(null, null, null) : keystore;
        devKeystore = orElse(devKeystore, "data/tte-dev.p12");
        uploadChecksPerHour = uploadChecksPerHour <= 0 ? 60 : uploadChecksPerHour;
        kkSerialFirst = kkSerialFirst <= 0 ? 1 : kkSerialFirst;
        kkSerialLast = kkSerialLast <= 0 || kkSerialLast > 9999 ? 9999 : kkSerialLast;
        if (kkSerialFirst > kkSerialLast) {
            throw new IllegalArgumentException("loket.document.kk-serial-first must not be above kk-serial-last");
        }
    }

    /** A PKCS#12 file with the signer's key and certificate chain; the password comes from the environment. */
    public record Keystore(String path, String alias, String password) {

        public boolean configured() {
            return path != null && !path.isBlank();
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
