package kr.gongyu.identity.internal;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import kr.gongyu.identity.AccessTokens;
import kr.gongyu.identity.AccountPrincipal;
import kr.gongyu.identity.LoginAttempts;
import kr.gongyu.identity.SecuritySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** How accounts authenticate: password hashing, the throttled log-in, and the signing of access tokens. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdentityConfiguration.class);

    /**
     * No observation of Spring Security's filters, authentications or authorizations: nothing reads them (no
     * metrics backend yet), and wrapping each of a request's filters costs about a twentieth of a booking's CPU.
     * The {@code management.observations.enable} switch only mutes the observations, not the wrapping.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** BCrypt by default, and any older scheme an imported hash names ({@code {bcrypt}…}). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * A disabled account is as unknown: the same answer as a wrong password, after the same hashing time, and it
     * counts as a failure like one.
     */
    @Bean
    UserDetailsService accountDetails(AccountStore accounts) {
        return username -> accounts.findByUsername(username)
                .filter(Account::enabled)
                .map(account -> new AccountPrincipal(account.caller(), account.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** Shared by the API's token endpoint and the pages' form log-in, so both count failures alike. */
    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService accounts, PasswordEncoder passwords, LoginAttempts attempts, SecuritySettings settings) {
        var checked = new DaoAuthenticationProvider(accounts);
        checked.setPasswordEncoder(passwords);
        return new ProviderManager(new ThrottledAuthenticationProvider(checked, attempts, settings.slowDown()));
    }

    @Bean
    SecretKey tokenKey(SecuritySettings settings) {
        var secret = settings.tokenSecret();
        if (secret == null || secret.isBlank()) {
            log.warn("gongyu.security.token-secret is not set: signing access tokens with a random key;"
                    + " tokens end with this process and are not valid on other nodes");
            var random = new byte[32];
            new SecureRandom().nextBytes(random);
            return new SecretKeySpec(random, "HmacSHA256");
        }
        var bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalStateException("gongyu.security.token-secret must be at least 32 bytes long");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey tokenKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(tokenKey));
    }

    /**
     * Checks signature, issuer and expiry against the platform's clock, with no grace period; the signature once
     * per token ({@link VerifiedTokens}), the rest at every request. Whether the token's credentials are still its
     * account's is the API's security chain's check, which can answer a database away with 503.
     */
    @Bean
    JwtDecoder jwtDecoder(SecretKey tokenKey, Clock clock) {
        var decoder = NimbusJwtDecoder.withSecretKey(tokenKey)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        var expiry = new JwtTimestampValidator(Duration.ZERO);
        expiry.setClock(clock);
        var validator = new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(AccessTokens.ISSUER));
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator);
    }
}
