package id.loket.document.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The renderer, the key and the signer are made once: fonts and the key stay in memory for every document. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentProperties.class)
class DocumentConfig {

    @Bean
    KkRenderer kkRenderer() {
        return new KkRenderer();
    }

    @Bean
    SigningKey signingKey(DocumentProperties properties) {
        // a real KK names the real official and carries its QR address for good: nothing of it may be a default
        java.util.List<String> missing = properties.missingForSigning();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Loket will not sign real KKs without: " + String.join("; ", missing)
                    + ". A training server may instead set loket.document.allow-development-key=true "
                    + "(LOKET_DOCUMENT_ALLOW_DEVELOPMENT_KEY): it signs with a self-signed development key and every "
                    + "KK it signs says it is not official.");
        }
        return SigningKey.load(properties.keystore(), Path.of(properties.devKeystore()));
    }

    @Bean
    PdfSigner pdfSigner(SigningKey key, KkRenderer renderer) {
        return new PdfSigner(key, renderer.regularFont());
    }
}
