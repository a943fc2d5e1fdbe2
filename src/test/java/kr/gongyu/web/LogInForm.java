package kr.gongyu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Test fixture: the log-in page's form, opened and submitted as a browser does (session cookie, CSRF token),
 * from a client address of the test's choosing (forwarded by the tests' own proxy) or the test's own.
 */
public final class LogInForm {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private LogInForm() {}

    /** A page's answer: where it sends the browser (or the form's CSRF token), the session cookie, Set-Cookie. */
    public record Answer(String location, String sessionCookie, String setCookie) {}

    public static Answer open(RestTestClient http, @Nullable String address) {
        var request = http.get().uri("/login");
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        var page = request.exchange().expectStatus().isOk().returnResult(String.class);
        var matcher = CSRF.matcher(page.getResponseBody());
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        var setCookie = page.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE);
        return new Answer(matcher.group(1), setCookie.split(";")[0], setCookie);
    }

    static Answer submit(RestTestClient http, Answer form, String username, String password, @Nullable String address) {
        var body = new LinkedMultiValueMap<String, String>();
        body.add("username", username);
        body.add("password", password);
        body.add("_csrf", form.location());
        var request = http.post().uri("/login").header(HttpHeaders.COOKIE, form.sessionCookie());
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        var result = request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(body)
                .exchange()
                .expectStatus()
                .isFound()
                .returnResult(String.class);
        var setCookie = result.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE);
        return new Answer(
                result.getResponseHeaders().getLocation().toString(),
                setCookie == null ? form.sessionCookie() : setCookie.split(";")[0],
                setCookie == null ? "" : setCookie);
    }
}
