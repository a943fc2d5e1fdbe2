package kr.gongyu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.gongyu.identity.CredentialVersions;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a page session whose account changed its password, was disabled or got a new role since it logged in (on
 * whichever node): the session is dropped and the browser sent to log in again, where the page says why. It reads
 * the account's credential version at each request of a logged-in browser ({@link CredentialVersions}); with the
 * database away, the 503 page as the page itself would have been.
 *
 * <p>The API's {@code RevokedTokens} reads the same versions alike; kept apart since only the reading is shared,
 * and each answers in its own channel's way (a login page here, problem+json there).
 */
final class RevokedSessions extends OncePerRequestFilter {

    private static final String LOG_IN_AGAIN = "/login?expired";

    private final CredentialVersions credentials;

    RevokedSessions(CredentialVersions credentials) {
        this.credentials = credentials;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        switch (credentials.of(SecurityContextHolder.getContext().getAuthentication())) {
            case CURRENT -> chain.doFilter(request, response);
            case REVOKED -> {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + LOG_IN_AGAIN);
            }
            case UNKNOWN -> response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }
}
