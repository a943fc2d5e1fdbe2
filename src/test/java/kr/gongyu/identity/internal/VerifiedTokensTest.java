package kr.gongyu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class VerifiedTokensTest {

    private static final SecretKeySpec KEY =
            new SecretKeySpec("a-platform-key-of-at-least-32-bytes!".getBytes(), "HmacSHA256");
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final AtomicInteger signatureChecks = new AtomicInteger();

    private JwtDecoder tokens() {
        var nimbus = NimbusJwtDecoder.withSecretKey(KEY)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        var expiry = new JwtTimestampValidator(Duration.ZERO);
        expiry.setClock(clock);
        nimbus.setJwtValidator(expiry);
        JwtDecoder counting = token -> {
            signatureChecks.incrementAndGet();
            return nimbus.decode(token);
        };
        return new VerifiedTokens(counting, expiry);
    }

    private static String token(Instant expiresAt) {
        var claims = JwtClaimsSet.builder()
                .subject("1")
                .issuedAt(NOW.minusSeconds(60))
                .expiresAt(expiresAt)
                .build();
        return new NimbusJwtEncoder(new ImmutableSecret<>(KEY))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    @Test
    void checksATokensSignatureOnce() {
        var tokens = tokens();
        var token = token(NOW.plusSeconds(600));

        assertThat(tokens.decode(token).getSubject()).isEqualTo("1");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("1");

        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void refusesAKnownTokenOnceItHasExpired() {
        var tokens = tokens();
        var token = token(NOW.plusSeconds(600));
        tokens.decode(token);

        clock.set(NOW.plusSeconds(601));

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void refusesATamperedTokenThoughTheGenuineOneIsKnown() {
        var tokens = tokens();
        var token = token(NOW.plusSeconds(600));
        tokens.decode(token);

        var tampered = token.substring(0, token.length() - 4) + "AAAA";

        assertThatThrownBy(() -> tokens.decode(tampered)).isInstanceOf(JwtException.class);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
