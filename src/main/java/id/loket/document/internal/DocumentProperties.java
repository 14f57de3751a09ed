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
 * @param allowDevelopmentKey a training or demo server may sign with the self-signed development key (every KK
 *                          then says it is not official); without it a start without a real keystore is refused
 * @param officialName      with {@code officialNip}: the Kepala Dinas printed on the KK; required with a real key,
 *                          a fictional example only on a server that allows the development key
 */
@ConfigurationProperties("loket.document")
public record DocumentProperties(String officeName, String regencyTitle, String officialName, String officialNip,
                                 String signatureStatement, String developmentStatement, String location,
                                 String publicUrl, Keystore keystore, String devKeystore,
                                 int uploadChecksPerHour, int kkSerialFirst, int kkSerialLast,
                                 boolean allowDevelopmentKey) {

    /** The example official a development-key KK prints when none is configured (it says it is not official). */
    static final String EXAMPLE_OFFICIAL = "Drs. H. Bambang Hermawan, M.Si. (CONTOH)";
    static final String EXAMPLE_NIP = "197003151995031002";

    public DocumentProperties {
        officeName = orElse(officeName, "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bogor");
        regencyTitle = orElse(regencyTitle, "KABUPATEN BOGOR");
        // no fictional official on a real KK: without a configured one the signing key refuses to start
        officialName = orElse(officialName, null);
        officialNip = orElse(officialNip, null);
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

    /**
     * The settings a server that signs real KKs lacks, as their property (environment) names; empty when it may
     * start. A server that allows the development key and has no keystore needs none of them.
     */
    public java.util.List<String> missingForSigning() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (!keystore.configured() && allowDevelopmentKey) {
            return missing;
        }
        if (!keystore.configured()) {
            missing.add("loket.document.keystore.path (LOKET_DOCUMENT_KEYSTORE_PATH) with .alias and .password");
        }
        if (officialName == null) {
            missing.add("loket.document.official-name (LOKET_DOCUMENT_OFFICIAL_NAME)");
        }
        if (officialNip == null) {
            missing.add("loket.document.official-nip (LOKET_DOCUMENT_OFFICIAL_NIP)");
        }
        if (keystore.configured() && publicUrl.isEmpty()) {
            missing.add("loket.document.public-url (LOKET_DOCUMENT_PUBLIC_URL)");
        }
        return missing;
    }

    /** The official printed on the KK: the configured one, or the example on a development-key server. */
    public DocumentProperties withExampleOfficial() {
        return new DocumentProperties(officeName, regencyTitle, orElse(officialName, EXAMPLE_OFFICIAL),
                orElse(officialNip, EXAMPLE_NIP), signatureStatement, developmentStatement, location, publicUrl, keystore,
                devKeystore, uploadChecksPerHour, kkSerialFirst, kkSerialLast, allowDevelopmentKey);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
