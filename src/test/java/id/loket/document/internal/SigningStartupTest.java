package id.loket.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A server that would sign real KKs starts only with a real keystore and the official's name and NIP; a training
 * server may allow the development key explicitly (then every KK it signs says it is not official).
 */
class SigningStartupTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DocumentConfig.class)
            .withPropertyValues("loket.document.dev-keystore=target/tte-dev.p12");

    @Test
    void a_production_start_without_a_keystore_or_official_is_refused_naming_the_missing_settings() {
        context.run(started -> {
            assertThat(started).hasFailed();
            assertThat(rootMessage(started.getStartupFailure()))
                    .contains("loket.document.keystore.path (LOKET_DOCUMENT_KEYSTORE_PATH)")
                    .contains("loket.document.official-name (LOKET_DOCUMENT_OFFICIAL_NAME)")
                    .contains("loket.document.official-nip (LOKET_DOCUMENT_OFFICIAL_NIP)")
                    .contains("loket.document.allow-development-key");
        });
    }

    @Test
    void a_real_keystore_still_needs_the_official_and_the_public_address() {
        context.withPropertyValues("loket.document.keystore.path=/nonexistent/tte.p12").run(started -> {
            assertThat(started).hasFailed();
            assertThat(rootMessage(started.getStartupFailure())).doesNotContain("keystore.path")
                    .contains("official-name").contains("official-nip").contains("public-url");
        });
    }

    @Test
    void a_training_server_that_allows_the_development_key_starts_and_prints_an_example_official() {
        context.withPropertyValues("loket.document.allow-development-key=true").run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(SigningKey.class).development()).isTrue();
            DocumentProperties shown = started.getBean(DocumentProperties.class).withExampleOfficial();
            assertThat(shown.officialName()).contains("CONTOH");
        });
    }

    private static String rootMessage(Throwable t) {
        StringBuilder s = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            s.append(c.getMessage()).append('\n');
        }
        return s.toString();
    }
}
