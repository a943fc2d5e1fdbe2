package kr.gongyu.identity.internal;

import kr.gongyu.identity.LoginAttempts;
import kr.gongyu.identity.TooManyLoginAttempts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** Refuses a username that failed too often lately before checking its password, and counts the failures. */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider checked;
    private final LoginAttempts attempts;

    ThrottledAuthenticationProvider(AuthenticationProvider checked, LoginAttempts attempts) {
        this.checked = checked;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        var username = login.getName();
        if (attempts.isBlocked(username)) {
            throw new TooManyLoginAttempts(username);
        }
        try {
            var authenticated = checked.authenticate(login);
            attempts.succeeded(username);
            return authenticated;
        } catch (BadCredentialsException wrong) {
            attempts.failed(username);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return checked.supports(authentication);
    }
}
