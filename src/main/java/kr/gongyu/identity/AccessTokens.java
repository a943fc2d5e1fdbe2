package kr.gongyu.identity;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/**
 * Issues the bearer tokens of the API: signed JWTs (HS256) naming the account, its role and, for staff, its
 * institution, so that a request is authorised without reading the account; only its credential version is read
 * ({@link CredentialVersions}), so that a password change, a disabled account or a new role ends the token at once.
 */
@Service
public class AccessTokens {

    /**
     * Who issues the platform's tokens. An absolute URI, as the {@code iss} claim is read as a URL: a bare name
     * would make every request throw and catch an exception while the claim is converted.
     */
    public static final String ISSUER = "https://gongyu.go.kr";

    private final JwtEncoder encoder;
    private final SecuritySettings settings;
    private final Clock clock;

    AccessTokens(JwtEncoder encoder, SecuritySettings settings, Clock clock) {
        this.encoder = encoder;
        this.settings = settings;
        this.clock = clock;
    }

    /** A signed access token. */
    public record AccessToken(String value, Instant expiresAt) {}

    public AccessToken issue(Caller caller) {
        var now = clock.instant();
        return issue(caller, now, now.plus(settings.tokenLifetime()));
    }

    /** A token valid over the given period; issuing one that has already expired is how tests prove expiry. */
    public AccessToken issue(Caller caller, Instant issuedAt, Instant expiresAt) {
        var claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(caller.id().toString())
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .claim(Caller.USERNAME, caller.username())
                .claim(Caller.ROLE, caller.role().name())
                .claim(Caller.CREDENTIAL_VERSION, caller.credentialVersion());
        if (caller.institution() != null) {
            claims.claim(Caller.INSTITUTION, caller.institution().toString());
        }
        if (caller.organization() != null) {
            claims.claim(Caller.ORGANIZATION, caller.organization().toString());
        }
        var header = JwsHeader.with(MacAlgorithm.HS256).build();
        var token = encoder.encode(JwtEncoderParameters.from(header, claims.build()));
        return new AccessToken(token.getTokenValue(), expiresAt);
    }
}
