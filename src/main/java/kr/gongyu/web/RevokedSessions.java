package kr.gongyu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.gongyu.identity.CredentialVersions;
import kr.gongyu.identity.RevokedCredentials;
import org.springframework.http.HttpStatus;

/**
 * Ends a page session revoked since it logged in: the session is dropped and the browser sent to log in again,
 * where the page says why; with the database away, the 503 page as the page itself would have been.
 */
final class RevokedSessions extends RevokedCredentials {

    private static final String LOG_IN_AGAIN = "/login?expired";

    RevokedSessions(CredentialVersions credentials) {
        super(credentials);
    }

    @Override
    protected void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + LOG_IN_AGAIN);
    }

    @Override
    protected void databaseAway(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }
}
