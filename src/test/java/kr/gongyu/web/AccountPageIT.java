package kr.gongyu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The change of password on {@code /my/account}, over real HTTP with a cookie jar per browser: the browser that
 * changes it stays logged in, every other browser and token of the account is logged out, and so is every browser
 * of an account an operator disables.
 */
@IntegrationTest
class AccountPageIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*content=\"([^\"]+)\"");
    private static final String NEW_PASSWORD = "a-new-password-2027";

    @Autowired
    RestTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPasswordChangeKeepsThisBrowserAndLogsOutTheOthers() {
        var here = logIn("citizen1660", ApiCalls.DEMO_PASSWORD);
        var elsewhere = logIn("citizen1660", ApiCalls.DEMO_PASSWORD);
        var token = ApiCalls.logIn(http, "citizen1660", ApiCalls.DEMO_PASSWORD);
        assertThat(page(here, "/my/account")).contains("비밀번호 변경").contains("citizen1660");

        var changed = change(here, ApiCalls.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(changed.location()).endsWith("/my/account?passwordChanged");
        assertThat(changed.sessionCookie()).as("a new session id").isNotEqualTo(here);
        assertThat(page(changed.sessionCookie(), "/my/account?passwordChanged"))
                .contains("비밀번호를 바꿨습니다.")
                .contains("citizen1660");

        assertThat(redirect(elsewhere, "/my/reservations")).endsWith("/login?expired");
        assertThat(redirect(elsewhere, "/my/reservations"))
                .as("the session is gone, not only refused")
                .endsWith("/login");
        assertThat(ApiCalls.status(http, "/api/v1/me", token)).isEqualTo(401);
        assertThat(LogInForm.submit(http, LogInForm.open(http, null), "citizen1660", ApiCalls.DEMO_PASSWORD, null)
                        .location())
                .endsWith("/login?error");
        assertThat(page(logIn("citizen1660", NEW_PASSWORD), "/my/account")).contains("citizen1660");
    }

    @Test
    void aWrongOrMismatchedPasswordIsShownOnTheFormAndChangesNothing() {
        var session = logIn("citizen1661", ApiCalls.DEMO_PASSWORD);
        var wrong = changeRefused(session, "a-wrong-password", NEW_PASSWORD, NEW_PASSWORD);
        assertThat(wrong)
                .contains("현재 비밀번호가 올바르지 않습니다.")
                .contains("id=\"currentPassword-error\"")
                .contains("aria-invalid=\"true\"");
        assertThat(changeRefused(session, ApiCalls.DEMO_PASSWORD, NEW_PASSWORD, "something-else"))
                .contains("새 비밀번호 확인이 새 비밀번호와 같지 않습니다.");
        assertThat(changeRefused(session, ApiCalls.DEMO_PASSWORD, "short", "short"))
                .contains("비밀번호는 10자 이상이어야");
        assertThat(page(session, "/my/account?lang=en")).contains("Change password");
        assertThat(page(logIn("citizen1661", ApiCalls.DEMO_PASSWORD), "/my/account"))
                .contains("citizen1661");
    }

    @Test
    void aDisabledAccountsBrowsersAreLoggedOutAndItCannotLogInUntilEnabled() {
        var operator = ApiCalls.token(http, "operator");
        var session = logIn("citizen1662", ApiCalls.DEMO_PASSWORD);
        var id = jdbc.queryForObject("select id from account where username = 'citizen1662'", Long.class);
        status(operator, id, false);

        assertThat(redirect(session, "/my/account")).endsWith("/login?expired");
        assertThat(page(null, "/login?expired")).contains("다시 로그인해 주세요.");
        assertThat(LogInForm.submit(http, LogInForm.open(http, null), "citizen1662", ApiCalls.DEMO_PASSWORD, null)
                        .location())
                .as("the same answer as a wrong password")
                .endsWith("/login?error");

        status(operator, id, true);
        assertThat(page(logIn("citizen1662", ApiCalls.DEMO_PASSWORD), "/my/account"))
                .contains("citizen1662");
    }

    /** Another node's change is only in the database: a session is checked against it at every request. */
    @Test
    void aVersionChangedInTheDatabaseAloneEndsTheSessionAtOnce() {
        var session = logIn("citizen1663", ApiCalls.DEMO_PASSWORD);
        assertThat(page(session, "/my/account")).contains("citizen1663");
        jdbc.update("update account set credential_version = credential_version + 1 where username = ?", "citizen1663");
        assertThat(redirect(session, "/my/account")).endsWith("/login?expired");
    }

    private String logIn(String username, String password) {
        var loggedIn = LogInForm.submit(http, LogInForm.open(http, null), username, password, null);
        assertThat(loggedIn.location()).doesNotContain("error");
        return loggedIn.sessionCookie();
    }

    private void status(String operator, long id, boolean enabled) {
        http.put()
                .uri("/api/v1/operator/accounts/{id}/status", id)
                .header("Authorization", operator)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("enabled", enabled))
                .exchange()
                .expectStatus()
                .isOk();
    }

    private LogInForm.Answer change(String session, String current, String next, String again) {
        var result = PageForms.submit(http, session, "/my/account/password", form(session, current, next, again));
        var setCookie = result.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE);
        return new LogInForm.Answer(
                result.getResponseHeaders().getLocation().toString(),
                setCookie == null ? session : setCookie.split(";")[0],
                setCookie == null ? "" : setCookie);
    }

    private String changeRefused(String session, String current, String next, String again) {
        return http.post()
                .uri("/my/account/password")
                .header(HttpHeaders.COOKIE, session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form(session, current, next, again))
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
    }

    private LinkedMultiValueMap<String, String> form(String session, String current, String next, String again) {
        var matcher = CSRF.matcher(page(session, "/my/account"));
        assertThat(matcher.find()).isTrue();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("_csrf", matcher.group(1));
        form.add("currentPassword", current);
        form.add("newPassword", next);
        form.add("newPasswordAgain", again);
        return form;
    }

    private String page(@org.jspecify.annotations.Nullable String session, String path) {
        var request = http.get().uri(path);
        if (session != null) {
            request.header(HttpHeaders.COOKIE, session);
        }
        return request.exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
    }

    private String redirect(String session, String path) {
        return http.get()
                .uri(path)
                .header(HttpHeaders.COOKIE, session)
                .exchange()
                .expectStatus()
                .isFound()
                .returnResult(String.class)
                .getResponseHeaders()
                .getLocation()
                .toString();
    }
}
