package kr.gongyu.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.gongyu.identity.CredentialVersions;
import kr.gongyu.identity.RevokedCredentials;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Refuses a bearer token revoked since it was issued with 401 {@code UNAUTHENTICATED}, as an expired one; with the
 * database away, 503 as the request itself would have been.
 */
final class RevokedTokens extends RevokedCredentials {

    private final Problems problems;

    RevokedTokens(CredentialVersions credentials, Problems problems) {
        super(credentials);
        this.problems = problems;
    }

    @Override
    protected void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    }

    @Override
    protected void databaseAway(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE");
    }
}
