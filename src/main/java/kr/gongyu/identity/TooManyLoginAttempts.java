package kr.gongyu.identity;

import org.springframework.security.core.AuthenticationException;

/** A log-in refused without checking the password, because the username has failed too often lately. */
public class TooManyLoginAttempts extends AuthenticationException {

    public TooManyLoginAttempts(String username) {
        super("Too many failed log-ins for " + username);
    }
}
