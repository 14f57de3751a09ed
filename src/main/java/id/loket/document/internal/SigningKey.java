package id.loket.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signer's key, loaded once and held in memory (signing is then a few milliseconds). From the configured
 * PKCS#12 keystore, or else a self-signed development key that Loket creates on first start.
 */
public final class SigningKey {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKey.class);
    static final String DEV_ALIAS = "loket-dev";
    static final String DEV_PASSWORD = "loket-dev";

    private final PrivateKey privateKey;
    private final X509Certificate[] chain;
    private final boolean development;

    private SigningKey(PrivateKey privateKey, X509Certificate[] chain, boolean development) {
        this.privateKey = privateKey;
        this.chain = chain;
        this.development = development;
    }

    public static SigningKey load(DocumentProperties.Keystore configured, Path devKeystore) {
        try {
            if (configured.configured()) {
                char[] password = configured.password() == null ? new char[0] : configured.password().toCharArray();
                return fromKeystore(Path.of(configured.path()), configured.alias(), password, false);
            }
            if (!Files.exists(devKeystore)) {
                createDevelopmentKeystore(devKeystore);
                LOG.warn("No signing keystore configured (loket.document.keystore.path): created a self-signed "
                        + "development key at {}. Documents signed with it are not official.", devKeystore.toAbsolutePath());
            }
            return fromKeystore(devKeystore, DEV_ALIAS, DEV_PASSWORD.toCharArray(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing keystore cannot be read: " + e.getMessage(), e);
        }
    }

    private static SigningKey fromKeystore(Path path, String alias, char[] password, boolean development)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password);
        }
        String name = alias == null || alias.isBlank() ? store.aliases().nextElement() : alias;
        PrivateKey key = (PrivateKey) store.getKey(name, password);
        Certificate[] certs = store.getCertificateChain(name);
        if (key == null || certs == null || certs.length == 0) {
            throw new GeneralSecurityException("no private key with a certificate under alias '" + name + "'");
        }
        X509Certificate[] chain = new X509Certificate[certs.length];
        for (int i = 0; i < certs.length; i++) {
            chain[i] = (X509Certificate) certs[i];
        }
        return new SigningKey(key, chain, development);
    }

    /** A 2048-bit RSA key with a self-signed certificate valid ten years, written as PKCS#12. */
    static void createDevelopmentKeystore(Path path) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=Loket Development Signer (NOT OFFICIAL), OU=Loket, O=Dinas Kependudukan dan "
                + "Pencatatan Sipil, C=ID");
        Instant now = Instant.now();
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), subject, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(DEV_ALIAS, pair.getPrivate(), DEV_PASSWORD.toCharArray(), new Certificate[]{cert});
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path temp = Files.createTempFile(parent, "tte-dev", ".p12");
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, DEV_PASSWORD.toCharArray());
            }
            // two instances starting at once must not both write: the first complete file wins
            try {
                Files.move(temp, path);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                Files.deleteIfExists(temp);
            }
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public X509Certificate[] chain() {
        return chain.clone();
    }

    public X509Certificate certificate() {
        return chain[0];
    }

    public boolean development() {
        return development;
    }

    /** The signer's common name, as the stamp prints it. */
    public String signerName() {
        String dn = chain[0].getSubjectX500Principal().getName();
        for (String part : dn.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (part.trim().startsWith("CN=")) {
                return part.trim().substring(3).replace("\\", "");
            }
        }
        return dn;
    }
}
