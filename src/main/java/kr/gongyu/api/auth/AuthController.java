package kr.gongyu.api.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import kr.gongyu.Seoul;
import kr.gongyu.api.ApiException;
import kr.gongyu.identity.AccessTokens;
import kr.gongyu.identity.Caller;
import kr.gongyu.identity.TooManyLogInRequests;
import kr.gongyu.identity.TooManyLoginAttempts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/auth/token}: a bearer token for a username and password. A wrong password and an unknown
 * username get the same 401, in about the same time; a username that failed too often, or a client that asks
 * too often, gets 429.
 */
@RestController
@RequestMapping(path = "/api/v1/auth", produces = MediaType.APPLICATION_JSON_VALUE)
class AuthController {

    private final AuthenticationManager authentication;
    private final AccessTokens tokens;

    AuthController(AuthenticationManager authentication, AccessTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    record TokenRequest(
            @NotBlank @Size(max = 50) String username,
            @NotBlank @Size(max = 128) String password) {}

    record TokenResponse(String token, OffsetDateTime expiresAt) {}

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    TokenResponse token(@Valid @RequestBody TokenRequest login, HttpServletRequest request) {
        try {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated(login.username(), login.password());
            // The client's address, which the throttling counts by (LoginAttempts), as the form log-in's.
            attempt.setDetails(new WebAuthenticationDetails(request));
            var authenticated = authentication.authenticate(attempt);
            var caller = Caller.of(authenticated).orElseThrow();
            var token = tokens.issue(caller);
            return new TokenResponse(
                    token.value(), token.expiresAt().atZone(Seoul.ZONE).toOffsetDateTime());
        } catch (TooManyLogInRequests tooOften) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS");
        } catch (TooManyLoginAttempts blocked) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_ATTEMPTS");
        } catch (InternalAuthenticationServiceException unread) {
            // The account could not be read (the database out of reach is 503): not a wrong password.
            throw unread;
        } catch (AuthenticationException refused) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS");
        }
    }
}
