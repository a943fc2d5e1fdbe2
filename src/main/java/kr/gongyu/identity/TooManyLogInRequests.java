package kr.gongyu.identity;

import org.springframework.security.core.AuthenticationException;

/** A client address that asked to log in more often than its pace allows (LoginAttempts). */
public class TooManyLogInRequests extends AuthenticationException {

    public TooManyLogInRequests() {
        super("Too many log-in requests from this address");
    }
}
