package id.loket.sync.internal;

import id.loket.sync.LoketMode;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code loket.mode} as a bean: {@code branch} (the default, what README's run command starts) or {@code central}.
 * Beans that only make sense in one mode say so with {@code @ConditionalOnProperty(name = "loket.mode", ...)}.
 */
@Configuration
class LoketModeConfig {

    @Bean
    LoketMode loketMode(@Value("${loket.mode:branch}") String mode) {
        return LoketMode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
    }
}
