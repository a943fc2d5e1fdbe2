package kr.gongyu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.identity.LoginAttempts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Log-in and sign-up throttling (LoginAttempts), kept in the database for every node: the form log-in and the token
 * endpoint share one pace per client address; X-Forwarded-For counts only from a proxy the operator named (the
 * tests name 127.0.0.1; 127.0.0.2 is a client); failures lock a username out of one address only, and elsewhere
 * only slow it down; sign-up submissions have a pace per address. Each test uses addresses of its own.
 */
@IntegrationTest
class ThrottlingIT {

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void formLogInsCountAgainstTheAddressesPaceAsTokenRequestsDo() {
        var sprayer = "203.0.113.31";
        var form = LogInForm.open(http, sprayer);
        for (int n = 0; n < 60; n++) {
            assertThat(LogInForm.submit(http, form, "sprayed-form-" + n, "guess", sprayer)
                            .location())
                    .endsWith("/login?error");
        }
        assertThat(token("citizen0211", "gongyu-demo", sprayer).status()).isEqualTo(429);
        assertThat(token("citizen0211", "gongyu-demo", sprayer).body()).contains("TOO_MANY_REQUESTS");
        assertThat(LogInForm.submit(http, LogInForm.open(http, sprayer), "citizen0211", "gongyu-demo", sprayer)
                        .location())
                .as("the right password, from the address over its pace")
                .endsWith("/login?error");
        assertThat(LogInForm.submit(
                                http,
                                LogInForm.open(http, "203.0.113.32"),
                                "citizen0211",
                                "gongyu-demo",
                                "203.0.113.32")
                        .location())
                .as("from another address")
                .doesNotContain("error");
        assertThat(jdbc.queryForObject(
                        "select count(*) from throttle_event where kind = 'REQUEST' and subject = ?",
                        Integer.class,
                        sprayer))
                .as("counted in the database, for every node")
                .isEqualTo(60);
    }

    @Test
    void xForwardedForFromAClientThatIsNoConfiguredProxyIsIgnored() throws IOException {
        // From 127.0.0.2, each request forges another address; all of them count against 127.0.0.2.
        int status = 0;
        int n = 0;
        for (; n <= 60 && status != 429; n++) {
            status = rawToken("127.0.0.2", "198.18.0." + (n + 1), "forged-" + n);
        }
        assertThat(status)
                .as("refused after the address's pace, forged addresses or not")
                .isEqualTo(429);
        assertThat(n).isEqualTo(61);
        assertThat(jdbc.queryForObject(
                        "select count(*) from throttle_event where subject like '198.18.0.%'", Integer.class))
                .isZero();
    }

    @Test
    void anAnonymousSprayerLocksItselfOutNotTheOwner() {
        var sprayer = "203.0.113.41";
        for (int n = 0; n < LoginAttempts.MAX_FAILURES; n++) {
            assertThat(token("citizen1980", "guess-" + n, sprayer).status()).isEqualTo(401);
        }
        var blocked = token("citizen1980", "gongyu-demo", sprayer);
        assertThat(blocked.status()).as("the sprayer's address is locked out").isEqualTo(429);
        assertThat(blocked.body()).contains("TOO_MANY_ATTEMPTS");

        var started = System.nanoTime();
        var owner = token("citizen1980", "gongyu-demo", "192.0.2.41");
        assertThat(owner.status()).as("the owner, from elsewhere").isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("slowed down, the username being under attack")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(LogInForm.submit(
                                http, LogInForm.open(http, "192.0.2.42"), "citizen1980", "gongyu-demo", "192.0.2.42")
                        .location())
                .as("and through the pages")
                .doesNotContain("error");
    }

    @Test
    void signUpSubmissionsFromOneAddressHaveAPace() {
        var address = "203.0.113.51";
        for (int n = 0; n < LoginAttempts.MAX_SIGN_UPS; n++) {
            assertThat(signUp("staff-suwon", address)).as("taken, and said so").contains("이미 쓰이고 있는 아이디입니다");
        }
        var refused = signUp("staff-suwon", address);
        assertThat(refused).contains("가입 시도가 너무 많습니다").doesNotContain("이미 쓰이고 있는 아이디입니다");
        assertThat(signUp("staff-suwon", "203.0.113.52")).contains("이미 쓰이고 있는 아이디입니다");
    }

    private record Answer(int status, String body) {}

    private Answer token(String username, String password, String address) {
        var result = ApiCalls.tokenRequest(http, username, password, address).returnResult(String.class);
        return new Answer(result.getStatus().value(), String.valueOf(result.getResponseBody()));
    }

    /** A token request over a socket from the local address given, with a forged X-Forwarded-For. */
    private int rawToken(String from, String forged, String username) throws IOException {
        var body = "{\"username\":\"" + username + "\",\"password\":\"x\"}";
        try (var socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            socket.getOutputStream()
                    .write(("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + forged
                                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                                    + "\r\nConnection: close\r\n\r\n" + body)
                            .getBytes(StandardCharsets.UTF_8));
            var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Integer.parseInt(answer.substring(9, 12));
        }
    }

    private String signUp(String username, @Nullable String address) {
        var form = LogInForm.open(http, address);
        var body = new LinkedMultiValueMap<String, String>();
        body.add("username", username);
        body.add("password", "a-long-enough-password");
        body.add("passwordAgain", "a-long-enough-password");
        body.add("displayName", "시험");
        body.add("_csrf", form.location());
        var request = http.post().uri("/signup").header(HttpHeaders.COOKIE, form.sessionCookie());
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        return request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(body)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.OK)
                .returnResult(String.class)
                .getResponseBody();
    }
}
