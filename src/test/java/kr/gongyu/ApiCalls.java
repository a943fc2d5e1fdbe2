package kr.gongyu;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Test fixture: log in through the API and read JSON answers as maps. */
public final class ApiCalls {

    public static final String DEMO_PASSWORD = "gongyu-demo";
    public static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
    public static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {};

    private ApiCalls() {}

    /** The id of the published resource with exactly this name. */
    public static String resourceNamed(RestTestClient http, String name) {
        var page = get(http, Map.of(), "/api/v1/resources?q={q}", name);
        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) page.get("items");
        return (String) items.stream()
                .filter(item -> item.get("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no resource named " + name))
                .get("id");
    }

    /** A bearer token and the instant it expires. */
    private record Token(String bearer, Instant expiresAt) {}

    /**
     * Tokens already issued in this test run, by username: the suite logs each account in once, and again only when
     * the token nears its expiry (tests move the test clock on).
     */
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    /** A bearer token for a demo account. */
    public static String token(RestTestClient http, String username) {
        return TOKENS.compute(
                        username,
                        (name, known) -> known == null
                                        || known.expiresAt()
                                                .isBefore(TestClock.now().plus(Duration.ofMinutes(15)))
                                ? issue(http, name, DEMO_PASSWORD)
                                : known)
                .bearer();
    }

    /** Logs an account in through the API: the {@code Authorization} header's value. */
    public static String logIn(RestTestClient http, String username, String password) {
        return issue(http, username, password).bearer();
    }

    private static Token issue(RestTestClient http, String username, String password) {
        // Each account logs in from a device of its own (TEST-NET-2 addresses), as people do: the suite's many
        // accounts would otherwise exceed the per-client limit on the token endpoint from one address.
        var device = "198.51.100." + (Math.floorMod(username.hashCode(), 254) + 1);
        var answer = tokenRequest(http, username, password, device)
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        return new Token(
                "Bearer " + answer.get("token"),
                OffsetDateTime.parse((String) answer.get("expiresAt")).toInstant());
    }

    /** Asks the API for a token from the client address given (forwarded by the tests' own proxy). */
    public static RestTestClient.ResponseSpec tokenRequest(
            RestTestClient http, String username, String password, String address) {
        return http.post()
                .uri("/api/v1/auth/token")
                .header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", password))
                .exchange();
    }

    /** POSTs the body (if any) as JSON with the headers, expects the status, and reads the JSON answer. */
    public static Map<String, Object> post(
            RestTestClient http,
            String path,
            String auth,
            @Nullable Object body,
            HttpStatus expected,
            Map<String, String> headers) {
        var request = http.post().uri(path).header("Authorization", auth);
        headers.forEach(request::header);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange()
                .expectStatus()
                .isEqualTo(expected)
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }

    public static Map<String, Object> post(
            RestTestClient http, String path, String auth, @Nullable Object body, HttpStatus expected) {
        return post(http, path, auth, body, expected, Map.of());
    }

    /** PUTs the body as JSON with the token, expects the status, and reads the JSON answer. */
    public static Map<String, Object> put(
            RestTestClient http, String path, String auth, Object body, HttpStatus expected) {
        return http.put()
                .uri(path)
                .header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isEqualTo(expected)
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }

    /** GETs with the token and expects 200. */
    public static Map<String, Object> get(RestTestClient http, String path, String auth) {
        return get(http, Map.of("Authorization", auth), path);
    }

    /** GETs the path, its variables filled in, with the headers (none for a visitor), expects 200, reads the JSON. */
    public static Map<String, Object> get(
            RestTestClient http, Map<String, String> headers, String path, Object... variables) {
        var request = http.get().uri(path, variables);
        headers.forEach(request::header);
        return request.exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
    }

    /** The status of a GET with the token, whatever it is. */
    public static int status(RestTestClient http, String path, String auth) {
        return http.get()
                .uri(path)
                .header("Authorization", auth)
                .exchange()
                .returnResult()
                .getStatus()
                .value();
    }

    /** DELETEs with the token and expects 204. */
    public static void delete(RestTestClient http, String path, String auth) {
        http.delete()
                .uri(path)
                .header("Authorization", auth)
                .exchange()
                .expectStatus()
                .isNoContent();
    }

    /** The body of a booking request for one unit, with the headcount if given. */
    public static Map<String, Object> booking(
            String resource, String start, String end, int units, @Nullable Integer headcount) {
        var body = new HashMap<String, Object>();
        body.put("resourceId", resource);
        body.put("start", start);
        body.put("end", end);
        body.put("units", units);
        if (headcount != null) {
            body.put("headcount", headcount);
        }
        return body;
    }

    /** One day of a resource's public availability: {@code open}, {@code reason} and {@code slots}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> day(RestTestClient http, String resource, LocalDate date) {
        var answer = http.get()
                .uri("/api/v1/resources/{id}/availability?from={d}&to={d}", resource, date, date)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        return ((List<Map<String, Object>>) answer.get("days")).getFirst();
    }

    /** The hours at which the day's free slots start. */
    @SuppressWarnings("unchecked")
    public static List<Integer> hours(RestTestClient http, String resource, LocalDate date) {
        return ((List<Map<String, Object>>) day(http, resource, date).get("slots"))
                .stream()
                        .map(slot -> Integer.parseInt(((String) slot.get("start")).substring(11, 13)))
                        .toList();
    }
}
