package id.loket.sync.internal.downstream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The downstream endpoint is called by branch servers, not browsers: no login page, no session, no CSRF token. Its
 * own chain, ahead of Vaadin's; the branch key is checked by the controller ({@code BranchCredentials}).
 */
@Configuration
class DownstreamSecurityConfig {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    SecurityFilterChain downstreamApiChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(DownstreamController.PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }
}
