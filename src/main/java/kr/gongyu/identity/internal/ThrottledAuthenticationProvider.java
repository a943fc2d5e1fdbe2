package kr.gongyu.identity.internal;

import java.time.Duration;
import kr.gongyu.identity.LoginAttempts;
import kr.gongyu.identity.TooManyLogInRequests;
import kr.gongyu.identity.TooManyLoginAttempts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Holds each client address to its pace, refuses a username to an address that failed it too often lately
 * before checking the password, slows attempts at a username sprayed from everywhere, and counts the failures
 * ({@link LoginAttempts}). The address is the request's (its {@link WebAuthenticationDetails}), which is the
 * client's own unless a proxy the operator trusts forwarded it.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider checked;
    private final LoginAttempts attempts;
    private final Duration slowDown;

    ThrottledAuthenticationProvider(AuthenticationProvider checked, LoginAttempts attempts, Duration slowDown) {
        this.checked = checked;
        this.attempts = attempts;
        this.slowDown = slowDown;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        var username = login.getName();
        var address = login.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
        if (!attempts.allowRequest(address)) {
            throw new TooManyLogInRequests();
        }
        if (attempts.isLockedOut(username, address)) {
            throw new TooManyLoginAttempts(username);
        }
        if (attempts.isUnderAttack(username)) {
            try {
                Thread.sleep(slowDown);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AuthenticationServiceException("Interrupted while slowing a log-in down", interrupted);
            }
        }
        try {
            var authenticated = checked.authenticate(login);
            attempts.succeeded(username, address);
            return authenticated;
        } catch (BadCredentialsException wrong) {
            attempts.failed(username, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return checked.supports(authentication);
    }
}
