package kr.gongyu.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security of the pages: form log-in with a session cookie, CSRF protection on every form, and the personal
 * and console pages behind log-in. Uses the same throttled authentication as the API's token endpoint.
 * Spring Security's own log-in page stands in until the KRDS pages arrive.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain pageFilterChain(HttpSecurity http, AuthenticationManager throttledLogIn) {
        return http.authenticationManager(throttledLogIn)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/my/**", "/console/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(Customizer.withDefaults())
                .logout(Customizer.withDefaults())
                .build();
    }
}
