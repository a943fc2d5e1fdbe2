package kr.gongyu.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A log-in that failed: back to the form with its message, unless the account could not be read at all. Spring
 * Security reports that as an authentication failure too ({@link InternalAuthenticationServiceException}), which
 * would tell someone with the right password that it was wrong; it goes on as the failure it is instead (503 while
 * the database is out of reach, by {@link kr.gongyu.http.DatabaseOutages}).
 */
class LogInFailures extends SimpleUrlAuthenticationFailureHandler {

    LogInFailures() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (failure instanceof InternalAuthenticationServiceException unread) {
            throw unread;
        }
        super.onAuthenticationFailure(request, response, failure);
    }
}
