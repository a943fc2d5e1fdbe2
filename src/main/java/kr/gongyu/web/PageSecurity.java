package kr.gongyu.web;

import static org.springframework.http.HttpMethod.POST;

import java.net.URI;
import kr.gongyu.identity.CredentialVersions;
import kr.gongyu.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security of the pages: form log-in on the KRDS log-in page with a session cookie, CSRF protection on every
 * form, and the personal and console pages (and booking) behind log-in. Uses the same throttled authentication
 * as the API's token endpoint; a session whose account's credentials changed since it logged in ends
 * ({@link RevokedSessions}). Every response carries the {@link ContentSecurityPolicy}, a referrer policy that
 * tells other sites (the map's tiles) our origin only, and a permissions policy that lets this site alone ask
 * for the visitor's position ("near me") and no one the camera, microphone or other devices.
 */
@Configuration(proxyBeanMethods = false)
public class PageSecurity {

    /** Where to go after logging in, when a page sent the visitor to log in first (to book a slot). */
    public static final String CONTINUE = "continue";

    /**
     * The calendar feeds: fetched by calendar apps that never log in and keep no cookie, so open to all, with no
     * session created (a feed's secret is its address), and the feed's own caching rather than Spring Security's
     * "no-store".
     */
    @Bean
    @Order(1)
    SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) {
        return http.securityMatcher("/calendar/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .build();
    }

    private static final String PERMISSIONS = "geolocation=(self), camera=(), microphone=(), display-capture=(), "
            + "payment=(), usb=(), serial=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=()";

    @Bean
    @Order(2)
    SecurityFilterChain pageFilterChain(
            HttpSecurity http,
            AuthenticationManager throttledLogIn,
            CredentialVersions credentials,
            @Value("${gongyu.web.map.tile-url}") String tileUrl) {
        var contentSecurityPolicy = new ContentSecurityPolicy(tileUrl);
        var afterLogIn = new AfterLogIn();
        afterLogIn.setTargetUrlParameter(CONTINUE);
        afterLogIn.setRedirectStrategy((request, response, url) ->
                response.sendRedirect(onThisSite(url, request.getServerName()) ? url : "/"));
        return http.authenticationManager(throttledLogIn)
                .addFilterAfter(new RevokedSessions(credentials), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/console/**")
                        .hasAnyRole(Role.STAFF.name(), Role.PARTNER.name())
                        .requestMatchers("/my/**")
                        .authenticated()
                        .requestMatchers(POST, "/resources/*/bookings", "/volunteer/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .addFilterBefore(contentSecurityPolicy, HeaderWriterFilter.class)
                .headers(headers -> headers.addHeaderWriter(contentSecurityPolicy)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS)))
                .exceptionHandling(denied -> denied.accessDeniedPage(PageErrors.FORBIDDEN))
                .formLogin(form ->
                        form.loginPage("/login").successHandler(afterLogIn).failureHandler(new LogInFailures()))
                .logout(logout -> logout.logoutSuccessUrl("/?loggedOut"))
                .build();
    }

    private static boolean onThisSite(String url, String host) {
        try {
            var target = URI.create(url);
            return target.getHost() == null ? isLocal(url) : target.getHost().equals(host);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Only an address on this site, so that a crafted link cannot send someone elsewhere after logging in. */
    public static boolean isLocal(@Nullable String url) {
        return url != null && url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
    }
}
