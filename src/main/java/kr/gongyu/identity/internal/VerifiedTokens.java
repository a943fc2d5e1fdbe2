package kr.gongyu.identity.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Decodes a bearer token once: a client sends the same token with each request, and checking its signature
 * and converting its claims every time cost about a fourteenth of a booking's CPU. A token seen before is the
 * same bytes whose signature was checked, so its claims are the same; only its validity in time changes, and
 * that (with the issuer) is checked again at every use. At most {@link #MAX} tokens are kept; past that the
 * cache starts again empty.
 */
final class VerifiedTokens implements JwtDecoder {

    static final int MAX = 10_000;

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /** {@code decoder} checks the signature and then {@code validator}'s rules, which are checked again here. */
    VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator) {
        this.decoder = decoder;
        this.validator = validator;
    }

    @Override
    public Jwt decode(String token) {
        var known = verified.get(token);
        if (known == null) {
            var decoded = decoder.decode(token);
            if (verified.size() >= MAX) {
                verified.clear();
            }
            verified.put(token, decoded);
            return decoded;
        }
        var result = validator.validate(known);
        if (result.hasErrors()) {
            verified.remove(token);
            var first = result.getErrors().iterator().next();
            throw new JwtValidationException(
                    "An error occurred while attempting to decode the Jwt: " + first.getDescription(),
                    result.getErrors());
        }
        return known;
    }
}
