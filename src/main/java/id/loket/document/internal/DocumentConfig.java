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
        // a real KK carries its QR address for good: with a real key the public address must be set, not guessed
        if (properties.keystore().configured() && properties.publicUrl().isEmpty()) {
            throw new IllegalStateException("A signing keystore is configured but loket.document.public-url "
                    + "(LOKET_DOCUMENT_PUBLIC_URL) is not: set the address citizens open from the KK's QR code.");
        }
        return SigningKey.load(properties.keystore(), Path.of(properties.devKeystore()));
    }

    @Bean
    PdfSigner pdfSigner(SigningKey key, KkRenderer renderer) {
        return new PdfSigner(key, renderer.regularFont());
    }
}
