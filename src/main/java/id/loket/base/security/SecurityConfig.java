package id.loket.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.loket.base.AccountService;
import id.loket.base.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity // services use @PreAuthorize; @RolesAllowed on views is Vaadin navigation control only (JSR-250 here would proxy views)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // public pages (kiosk, TV display, document verification, complaint form) opt in with @AnonymousAllowed
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/frontend-static/**",
                "/webjars/**", "/icons/**").permitAll());
        // the signer reads the KK preview in a frame of Loket's own page; other sites still may not frame Loket
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class))
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
