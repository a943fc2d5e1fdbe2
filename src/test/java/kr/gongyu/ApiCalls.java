package kr.gongyu;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Test fixture: log in through the API and read JSON answers as maps. */
public final class ApiCalls {

    public static final String DEMO_PASSWORD = "gongyu-demo";
    public static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
    public static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {};

    private ApiCalls() {}

    /** A bearer token for a demo account. */
    public static String token(RestTestClient http, String username) {
        var answer = http.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", DEMO_PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JSON)
                .returnResult()
                .getResponseBody();
        return "Bearer " + answer.get("token");
    }
}
