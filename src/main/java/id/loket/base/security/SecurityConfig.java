package id.loket.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.loket.base.AccountService;
import id.loket.base.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity // services use @PreAuthorize; @RolesAllowed on views is Vaadin navigation control only (JSR-250 here would proxy views)
class SecurityConfig {

    /**
     * What Vaadin needs and no more: its bootstrap and client run inline scripts and build functions from
     * strings (executeJs), its components set inline styles; everything else comes from Loket itself (push over
     * a same-origin WebSocket, the KK preview in a same-origin frame).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self'; "
            + "frame-src 'self'; frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /**
     * Issue 14, central only: the sync API that branch servers call. A branch authenticates each request with its
     * code and key (checked by the sync feature's endpoint, answering a bare 401), so no session, login or CSRF
     * token here. On a branch server this chain does not exist and the paths are ordinary (unknown) addresses.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "loket.mode", havingValue = "central")
    SecurityFilterChain syncApiChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/sync/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // public pages (kiosk, TV display, document verification, complaint form) opt in with @AnonymousAllowed
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/frontend-static/**",
                "/webjars/**", "/icons/**").permitAll());
        http.headers(headers -> headers
                // the signer reads the KK preview in a frame of Loket's own page; other sites still may not frame Loket
                .frameOptions(frame -> frame.sameOrigin())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // Vaadin's pages reach its servlet through a forward, after which headers written lazily (when
                // the response commits) are lost: /login and the public pages went out without them
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        return http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class)
                        // an address that is no view reaches Vaadin, which shows Loket's "Halaman tidak
                        // ditemukan" (Vaadin's default denies it with a bare 403). Views are still guarded by
                        // Vaadin's navigation access control, services by @PreAuthorize; Loket has no other servlet.
                        .anyRequest(url -> url.permitAll()))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AccountService accounts) {
        return username -> accounts.loadForLogin(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Bean
    LoginAttempts loginAttempts(AccountService accounts) {
        return new LoginAttempts(accounts);
    }

    /** Five failed logins in a row lock an account for 15 minutes (both configurable). */
    static class LoginAttempts {

        private final AccountService accounts;

        LoginAttempts(AccountService accounts) {
            this.accounts = accounts;
        }

        @EventListener
        void onFailure(AuthenticationFailureBadCredentialsEvent event) {
            accounts.loginFailed(event.getAuthentication().getName());
        }

        @EventListener
        void onSuccess(AuthenticationSuccessEvent event) {
            accounts.loginSucceeded(event.getAuthentication().getName());
        }
    }
}
