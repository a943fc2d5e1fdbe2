package kr.gongyu.web;

import static org.assertj.core.api.Assertions.assertThat;

import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

/** Log-in for the pages: a form with a CSRF token, a session cookie, and the same throttling as the API. */
@IntegrationTest
class FormLoginIT {

    @Autowired
    RestTestClient http;

    @Test
    void anonymousPageViewsMakeNoSession() {
        var room = ApiCalls.resourceNamed(http, "수원시청 대회의실");
        for (var path : new String[] {"/", "/resources?q=회의실&region=41", "/resources/" + room}) {
            var answer = http.get().uri(path).exchange().returnResult(String.class);
            assertThat(answer.getStatus().value()).as(path).isEqualTo(200);
            assertThat(answer.getResponseHeaders().getOrEmpty(HttpHeaders.SET_COOKIE))
                    .as("cookies set by %s", path)
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
    }

    @Test
    void logsInWithTheFormAndKeepsTheSessionInACookie() {
        var form = loginForm();
        var loggedIn = submit(form, "citizen0200", "gongyu-demo", true);
        assertThat(loggedIn.location()).doesNotContain("error");
        assertThat(loggedIn.sessionCookie()).isNotBlank().isNotEqualTo(form.sessionCookie());
        assertThat(loggedIn.setCookie()).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

        http.get()
                .uri("/my/reservations")
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/login"));
        var withSession = http.get()
                .uri("/my/reservations")
                .header(HttpHeaders.COOKIE, loggedIn.sessionCookie())
                .exchange()
                .returnResult()
                .getStatus();
        assertThat(withSession.value()).as("past the log-in, the page itself").isEqualTo(200);
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() {
        var form = loginForm();
        var body = new LinkedMultiValueMap<String, String>();
        body.add("username", "citizen0201");
        body.add("password", "gongyu-demo");
        http.post()
                .uri("/login")
                .header(HttpHeaders.COOKIE, form.sessionCookie())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(body)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aWrongPasswordReturnsToTheFormAndTenOfThemBlockTheUsername() {
        for (int n = 0; n < 10; n++) {
            assertThat(submit(loginForm(), "citizen0202", "guess-" + n, false).location())
                    .endsWith("/login?error");
        }
        assertThat(submit(loginForm(), "citizen0202", "gongyu-demo", false).location())
                .as("blocked even with the right password")
                .endsWith("/login?error");
    }

    private LogInForm.Answer loginForm() {
        return LogInForm.open(http, null);
    }

    private LogInForm.Answer submit(LogInForm.Answer form, String username, String password, boolean expectNewSession) {
        var answer = LogInForm.submit(http, form, username, password, null);
        if (expectNewSession) {
            assertThat(answer.setCookie()).as("a fresh session after log-in").isNotEmpty();
        }
        return answer;
    }
}
