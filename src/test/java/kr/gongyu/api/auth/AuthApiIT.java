package kr.gongyu.api.auth;

import static kr.gongyu.ApiCalls.JSON;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import kr.gongyu.identity.AccessTokens;
import kr.gongyu.identity.AccountId;
import kr.gongyu.identity.Caller;
import kr.gongyu.identity.LoginAttempts;
import kr.gongyu.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Log-in through the API, tokens, and the refusals around them. */
@IntegrationTest
class AuthApiIT {

    @Autowired
    RestTestClient http;

    @Autowired
    AccessTokens tokens;

    @Test
    void everyDemoRoleLogsInAndSeesItsOwnAccount() {
        var roles = Map.of(
                "citizen0001", "CITIZEN",
                "org-samcheok-kinder01", "ORGANIZATION",
                "staff-suwon", "STAFF",
                "partner-danyang-resort", "PARTNER",
                "operator", "OPERATOR");
        roles.forEach((username, role) -> {
            var me = get("/api/v1/me", token(http, username), HttpStatus.OK);
            assertThat(me).containsEntry("username", username).containsEntry("role", role);
        });
    }

    @Test
    void tokensSayWhenTheyExpire() {
        var answer = login("citizen0002", "gongyu-demo", HttpStatus.OK);
        var expiresAt = OffsetDateTime.parse((String) answer.get("expiresAt")).toInstant();
        assertThat(expiresAt)
                .isBetween(
                        TestClock.now().plus(Duration.ofMinutes(50)),
                        TestClock.now().plus(Duration.ofMinutes(70)));
        assertThat((String) answer.get("expiresAt")).endsWith("+09:00");
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() {
        var wrongPassword = login("citizen0003", "not-the-password", HttpStatus.UNAUTHORIZED);
        var unknownUser = login("nobody-at-all", "not-the-password", HttpStatus.UNAUTHORIZED);
        assertThat(wrongPassword).containsEntry("code", "BAD_CREDENTIALS");
        wrongPassword.remove("instance");
        unknownUser.remove("instance");
        assertThat(unknownUser).isEqualTo(wrongPassword);
    }

    @Test
    void tenFailuresBlockTheUsernameEvenForTheRightPassword() {
        for (int n = 0; n < LoginAttempts.MAX_FAILURES; n++) {
            login("citizen1990", "guess-" + n, HttpStatus.UNAUTHORIZED);
        }
        var blocked = login("citizen1990", "gongyu-demo", HttpStatus.TOO_MANY_REQUESTS);
        assertThat(blocked).containsEntry("code", "TOO_MANY_ATTEMPTS");
        login("citizen1991", "gongyu-demo", HttpStatus.OK);
    }

    @Test
    void oneClientAddressMayAskForOnlySoManyTokensAMinute() {
        HttpStatus last = HttpStatus.OK;
        Map<String, Object> answer = Map.of();
        for (int n = 0; n <= 60 && last != HttpStatus.TOO_MANY_REQUESTS; n++) {
            var result = http.post()
                    .uri("/api/v1/auth/token")
                    .header("X-Forwarded-For", "203.0.113.77")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("username", "sprayed-" + n, "password", "x"))
                    .exchange()
                    .expectBody(JSON)
                    .returnResult();
            last = HttpStatus.valueOf(result.getStatus().value());
            answer = result.getResponseBody();
        }
        assertThat(last).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(answer).containsEntry("code", "TOO_MANY_REQUESTS");
        login("citizen0004", "gongyu-demo", HttpStatus.OK);
    }

    @Test
    void malformedOrOversizeLogInBodiesAreInvalidRequests() {
        for (var body : new String[] {
            "{\"username\":",
            "[]",
            "{}",
            "{\"username\":\"citizen0001\"}",
            "{\"username\":\"" + "a".repeat(51) + "\",\"password\":\"x\"}",
            "{\"username\":\"citizen0001\",\"password\":\"" + "p".repeat(100_000) + "\"}"
        }) {
            var answer = http.post()
                    .uri("/api/v1/auth/token")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody(JSON)
                    .returnResult()
                    .getResponseBody();
            assertThat(answer)
                    .as(body.length() > 80 ? body.substring(0, 80) : body)
                    .containsEntry("code", "INVALID_REQUEST");
        }
        http.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.TEXT_PLAIN)
                .body("citizen0001:gongyu-demo")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void aMissingForgedOrExpiredTokenIsUnauthenticated() {
        var caller = new Caller(new AccountId(1), "citizen0001", Role.CITIZEN, null, null, 0);
        var expired = tokens.issue(
                caller,
                TestClock.now().minus(Duration.ofHours(2)),
                TestClock.now().minusSeconds(5));
        var otherKey = new NimbusJwtEncoder(
                new ImmutableSecret<>(new SecretKeySpec("another-platform-key-of-32-bytes!".getBytes(), "HmacSHA256")));
        var forged = otherKey.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(),
                        JwtClaimsSet.builder()
                                .issuer(AccessTokens.ISSUER)
                                .subject("1")
                                .expiresAt(TestClock.now().plusSeconds(600))
                                .claim("username", "citizen0001")
                                .claim("role", "OPERATOR")
                                .build()))
                .getTokenValue();
        var valid = token(http, "citizen0005");
        var tampered = valid.substring(0, valid.length() - 4) + "AAAA";
        for (var authorization : new String[] {
            null, "Bearer " + expired.value(), "Bearer " + forged, tampered, "Bearer x.y.z", "Basic Zm9v"
        }) {
            var problem = get("/api/v1/me", authorization, HttpStatus.UNAUTHORIZED);
            assertThat(problem).as(String.valueOf(authorization)).containsEntry("code", "UNAUTHENTICATED");
        }
    }

    @Test
    void aRoleWithoutTheRightIsForbidden() {
        var citizen = token(http, "citizen0006");
        var staff = token(http, "staff-suwon");
        var operator = token(http, "operator");
        assertThat(get("/api/v1/admin/institution", citizen, HttpStatus.FORBIDDEN))
                .containsEntry("code", "FORBIDDEN");
        assertThat(get("/api/v1/admin/institution", token(http, "org-samcheok-kinder01"), HttpStatus.FORBIDDEN))
                .containsEntry("code", "FORBIDDEN");
        assertThat(get("/api/v1/operator/accounts", staff, HttpStatus.FORBIDDEN))
                .containsEntry("code", "FORBIDDEN");
        assertThat(get("/api/v1/operator/accounts", citizen, HttpStatus.FORBIDDEN))
                .containsEntry("code", "FORBIDDEN");
        assertThat(get("/api/v1/admin/institution", operator, HttpStatus.FORBIDDEN))
                .containsEntry("code", "FORBIDDEN");
        get("/api/v1/admin/institution", staff, HttpStatus.OK);
        get("/api/v1/admin/institution", token(http, "partner-danyang-resort"), HttpStatus.OK);
        get("/api/v1/operator/accounts", operator, HttpStatus.OK);
    }

    private Map<String, Object> login(String username, String password, HttpStatus expected) {
        return http.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", password))
                .exchange()
                .expectStatus()
                .isEqualTo(expected)
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }

    private Map<String, Object> get(String path, String authorization, HttpStatus expected) {
        return http.get()
                .uri(path)
                .headers(headers -> {
                    if (authorization != null) {
                        headers.set("Authorization", authorization);
                    }
                })
                .exchange()
                .expectStatus()
                .isEqualTo(expected)
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }
}
