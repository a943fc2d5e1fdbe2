package kr.gongyu.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.gongyu.DatabaseUnavailable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a request whose token or session was issued before its account changed its password, was disabled or got a
 * new role (on whichever node), by reading the account's credential version ({@link CredentialVersions}); the API's
 * and the pages' security chains each say it their own way, and so the database being away.
 */
public abstract class RevokedCredentials extends OncePerRequestFilter {

    private final CredentialVersions credentials;

    protected RevokedCredentials(CredentialVersions credentials) {
        this.credentials = credentials;
    }

    @Override
    protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
        try {
            if (caller.isPresent() && !credentials.isCurrent(caller.get())) {
                SecurityContextHolder.clearContext();
                refuse(request, response);
                return;
            }
        } catch (DataAccessException away) {
            if (!DatabaseUnavailable.causes(away)) {
                throw away;
            }
            databaseAway(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Answers a request whose credentials were revoked; the request is already anonymous. */
    protected abstract void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;

    /** Answers a request whose credentials could not be checked, the database being out of reach. */
    protected abstract void databaseAway(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
