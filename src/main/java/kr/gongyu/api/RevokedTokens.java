package kr.gongyu.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.gongyu.identity.CredentialVersions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a bearer token whose account changed its password, was disabled or got a new role since the token was
 * issued (on whichever node) with 401 {@code UNAUTHENTICATED}, as an expired one; it reads the account's credential
 * version at each authenticated request ({@link CredentialVersions}). With the database away, 503 as the request
 * itself would have been.
 */
final class RevokedTokens extends OncePerRequestFilter {

    private final CredentialVersions credentials;
    private final Problems problems;

    RevokedTokens(CredentialVersions credentials, Problems problems) {
        this.credentials = credentials;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        switch (credentials.of(SecurityContextHolder.getContext().getAuthentication())) {
            case CURRENT -> chain.doFilter(request, response);
            case REVOKED -> {
                SecurityContextHolder.clearContext();
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
            }
            case UNKNOWN -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE");
            }
        }
    }
}
