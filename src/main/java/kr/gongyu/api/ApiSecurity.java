package kr.gongyu.api;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import kr.gongyu.identity.CredentialVersions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may call what in the API. Bearer tokens only (no cookies, so no CSRF); the catalogue is public; the
 * institution console needs staff or partner staff, the operator API an operator, and all else a token.
 * Refusals are problem+json: 401 {@code UNAUTHENTICATED} (a token revoked since it was issued too:
 * {@link RevokedTokens}), 403 {@code FORBIDDEN}. Its answers are data, never a page: their
 * Content-Security-Policy lets them load, run and frame nothing.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    /**
     * A request the firewall refuses before any chain sees it (a {@code //} or an encoded slash in the path)
     * gets problem+json too, not the server's default error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(Problems problems) {
        return (request, response, rejected) ->
                problems.write(request, response, HttpStatus.BAD_REQUEST, "INVALID_REQUEST");
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, Problems problems, CredentialVersions credentials) {
        var roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("role");
        roles.setAuthorityPrefix("ROLE_");
        var tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(roles);
        return http.securityMatcher("/api/**", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new RevokedTokens(credentials, problems), BearerTokenAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(POST, "/api/v1/auth/token")
                        .permitAll()
                        .requestMatchers(GET, "/api/v1/institutions", "/api/v1/institutions/**")
                        .permitAll()
                        .requestMatchers(GET, "/api/v1/lotteries/*")
                        .permitAll()
                        // The provider's webhooks carry a signature, not a log-in (Payments.webhook checks it).
                        .requestMatchers(POST, "/api/v1/payments/webhook")
                        .permitAll()
                        .requestMatchers(GET, "/api/v1/resources", "/api/v1/resources/**")
                        .permitAll()
                        // An operator imports one file for many institutions, through the same endpoints as staff.
                        .requestMatchers("/api/v1/admin/imports", "/api/v1/admin/imports/**")
                        .hasAnyRole("STAFF", "PARTNER", "OPERATOR")
                        .requestMatchers("/api/v1/admin/**")
                        .hasAnyRole("STAFF", "PARTNER")
                        .requestMatchers("/api/v1/operator/**")
                        .hasRole("OPERATOR")
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint((request, response, failure) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED"))
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN")))
                .exceptionHandling(failures -> failures.authenticationEntryPoint((request, response, failure) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED"))
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN")))
                .build();
    }
}
