package no.traineemonitor.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import no.traineemonitor.security.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in for the web application: Vaadin's configurer (form sign-in at /logg-inn, CSRF protection for Vaadin's own
 * requests, sign-out, the request cache) and view access by the annotations on each view. The health endpoint is open;
 * no other endpoint is exposed. The security headers are set by base.web.SecurityHeadersFilter on every response, so
 * Spring Security's own header writer is off (it would write some of them a second time, differently).
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return Passwords.encoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/styles/**", "/icons/**", "/favicon.ico").permitAll());
        http.headers(headers -> headers.disable());
        // every address reaches the app: a view's annotation decides who may open it (the public is sent to sign in,
        // a signed-in user without the role gets the no-access page) and an unknown address gets the 404 page, not a
        // redirect to sign in; the services check the user again before they return data
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")
                .anyRequest(org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        return http.build();
    }
}
