package kr.gongyu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The headers that tell a browser what pages and API answers may do: CSP with nonces, referrer, permissions. */
@IntegrationTest
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("script-src 'nonce-([A-Za-z0-9+/=]{16,})';");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");

    @Autowired
    RestTestClient http;

    @Test
    void everyScriptOfAPageCarriesTheNonceOfItsPolicy() {
        var room = ApiCalls.resourceNamed(http, "수원시청 대회의실");
        for (var path : new String[] {"/", "/resources?q=회의실&region=41", "/resources/" + room, "/login", "/nowhere"}) {
            var page = get(path);
            var policy = page.getResponseHeaders().getFirst("Content-Security-Policy");
            assertThat(policy)
                    .as(path)
                    .isNotNull()
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval")
                    .contains("default-src 'self'")
                    .contains("style-src 'self';")
                    .contains("img-src 'self' https://tile.openstreetmap.org;")
                    .contains("object-src 'none'")
                    .contains("frame-ancestors 'none'");
            var nonce = NONCE.matcher(policy);
            assertThat(nonce.find()).as("a nonce in %s", policy).isTrue();
            var scripts = SCRIPT.matcher(page.getResponseBody()).results().toList();
            assertThat(scripts).as("scripts of %s", path).isNotEmpty();
            assertThat(scripts)
                    .as(path)
                    .allSatisfy(script -> assertThat(script.group()).contains("nonce=\"" + nonce.group(1) + "\""));
            assertThat(page.getResponseBody())
                    .doesNotContainPattern("\\son[a-z]+=\"")
                    .doesNotContain("style=\"");
            assertThat(page.getResponseHeaders().getFirst("Referrer-Policy"))
                    .isEqualTo("strict-origin-when-cross-origin");
            assertThat(page.getResponseHeaders().getFirst("Permissions-Policy"))
                    .contains("geolocation=(self)")
                    .contains("camera=()")
                    .contains("microphone=()");
        }
    }

    @Test
    void eachPageGetsANonceOfItsOwn() {
        var first = get("/").getResponseHeaders().getFirst("Content-Security-Policy");
        var second = get("/").getResponseHeaders().getFirst("Content-Security-Policy");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void apiAnswersMayLoadNothing() {
        for (var path : new String[] {"/api/v1/resources?q=회의실", "/api/v1/me/reservations"}) {
            var answer = http.get().uri(path).exchange().returnResult(String.class);
            assertThat(answer.getResponseHeaders().getFirst("Content-Security-Policy"))
                    .as(path)
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(answer.getResponseHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    private EntityExchangeResult<String> get(String path) {
        return http.get()
                .uri(path)
                .header(HttpHeaders.ACCEPT, "text/html")
                .exchange()
                .returnResult(String.class);
    }
}
