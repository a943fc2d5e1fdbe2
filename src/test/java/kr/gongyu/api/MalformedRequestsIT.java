package kr.gongyu.api;

import static kr.gongyu.ApiCalls.JSON;
import static kr.gongyu.ApiCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gongyu.ApiCalls;
import kr.gongyu.IntegrationTest;
import kr.gongyu.ResourceBodies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a hostile client sends gets a 4xx with a code and one short log line, never a 500: bad percent-encoding,
 * NUL characters (which PostgreSQL cannot store), page numbers past any offset, {@code /error} asked for directly,
 * forbidden header characters and bodies too large to read. Sent over a raw socket where an HTTP client would
 * correct the request.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsIT {

    @Autowired
    RestTestClient http;

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    private record Answer(int status, String head, String body) {
        Map<String, Object> problem() {
            assertThat(head.toLowerCase()).as(head).contains("content-type: application/problem+json");
            return JsonMapper.builder().build().readValue(body, new TypeReference<Map<String, Object>>() {});
        }
    }

    @Test
    void badPercentEncodingIsA400WithOneShortLogLine(CapturedOutput output) throws IOException {
        for (var path : List.of("/api/v1/institutions?q=%zz", "/api/v1/resources?q=%FF", "/actuator/health?x=%zz")) {
            var answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.problem()).containsEntry("code", "INVALID_REQUEST");
        }
        for (var path : List.of("/?x=%FF", "/login?x=%zz", "/resources?q=%e2%82")) {
            var answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer.status()).as(path).isEqualTo(400);
        }
        var form = "q=%zz&_csrf=x";
        var posted = send("POST /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n"
                + form);
        assertThat(posted.status()).isEqualTo(400);
        assertThat(output.getOut())
                .contains("Refused GET /api/v1/institutions: malformed percent-encoding")
                .doesNotContain("InvalidParameterException")
                .doesNotContain("Unexpected failure");
    }

    @Test
    void aNulCharacterInAParameterIsA400NamingIt() throws IOException {
        var anonymous = send("GET /api/v1/institutions?q=%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(anonymous.status()).isEqualTo(400);
        assertThat(anonymous.problem()).containsEntry("code", "INVALID_REQUEST");
        assertThat(anonymous.body()).contains("\"field\":\"q\"");

        var operator = send("GET /api/v1/operator/accounts?username=%00 HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: " + token(http, "operator") + "\r\nConnection: close\r\n\r\n");
        assertThat(operator.status()).isEqualTo(400);
        assertThat(operator.body()).contains("\"field\":\"username\"");

        var page = send("GET /resources?q=a%00b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(page.status()).isEqualTo(400);
    }

    @Test
    void aNulCharacterInAJsonBodyIsA400() {
        var booking = ApiCalls.booking("1", "2030-01-01T10:00:00+09:00", "2030-01-01T11:00:00+09:00", 1, 2);
        booking.put("purpose", "회의\u0000");
        assertThat(ApiCalls.post(
                        http, "/api/v1/reservations", token(http, "citizen0001"), booking, HttpStatus.BAD_REQUEST))
                .containsEntry("code", "INVALID_REQUEST");

        var resource = ResourceBodies.meetingRoom("시험\u0000회의실");
        assertThat(ApiCalls.post(
                        http,
                        "/api/v1/admin/resources",
                        token(http, "staff-eumseong"),
                        resource,
                        HttpStatus.BAD_REQUEST))
                .containsEntry("code", "INVALID_REQUEST");
    }

    @Test
    void aPageNumberPastAnyOffsetIsA400NamingThePage() {
        for (var call : List.of(
                new String[] {"/api/v1/institutions?page=2147483647", ""},
                new String[] {"/api/v1/admin/resources?page=2147483647", "staff-suwon"},
                new String[] {"/api/v1/operator/accounts?username=citizen&page=2147483647", "operator"})) {
            var request = http.get().uri(call[0]);
            if (!call[1].isEmpty()) {
                request.header("Authorization", token(http, call[1]));
            }
            var problem = request.exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody(JSON)
                    .returnResult()
                    .getResponseBody();
            assertThat(problem).as(call[0]).containsEntry("code", "INVALID_REQUEST");
            assertThat(problem.get("errors").toString()).as(call[0]).contains("field=page");
        }
        // The largest page allowed is still an answer: empty.
        var last = ApiCalls.get(http, Map.of(), "/api/v1/institutions?page=" + Paging.MAX_PAGE);
        assertThat((List<?>) last.get("items")).isEmpty();
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() throws IOException {
        var answer =
                send("GET /error HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("999");
    }

    @Test
    void aHeaderWithANulIsProblemJson() throws IOException {
        var answer = send("POST /api/v1/reservations HTTP/1.1\r\nHost: localhost\r\nIdempotency-Key: a\0b\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem()).containsEntry("code", "INVALID_REQUEST").containsEntry("title", "잘못된 요청");
    }

    @Test
    void anApiBodyOverTheLimitIs413BeforeItIsRead() throws IOException {
        // Announced: refused from its length, before the server reads it (the connector then discards it).
        var announced = send("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2000000\r\nConnection: close\r\n\r\n"
                + "{\"username\":\"" + "x".repeat(2_000_000 - 15) + "\"}");
        assertThat(announced.status()).isEqualTo(413);
        assertThat(announced.problem()).containsEntry("code", "PAYLOAD_TOO_LARGE");

        // Unannounced (chunked): refused once it has gone past the limit.
        var big = new HashMap<String, Object>();
        big.put("username", "x".repeat(2 * 1024 * 1024));
        big.put("password", "y");
        var body = json.writeValueAsString(big);
        var chunked = new StringBuilder("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        for (int at = 0; at < body.length(); at += 65536) {
            var chunk = body.substring(at, Math.min(body.length(), at + 65536));
            chunked.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        chunked.append("0\r\n\r\n");
        var streamed = send(chunked.toString());
        assertThat(streamed.status()).isEqualTo(413);
        assertThat(streamed.problem()).containsEntry("code", "PAYLOAD_TOO_LARGE");

        // A body under the limit is read as before.
        http.post()
                .uri("/api/v1/auth/token")
                .header("X-Forwarded-For", "198.51.100.250")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "nobody-at-all", "password", "wrong"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    /** Sends the bytes as they are and reads the whole answer (the request closes the connection). */
    private Answer send(String request) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException closedEarly) {
                // the server answered and closed before taking the whole body: read what it said
            }
            var raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            var split = raw.indexOf("\r\n\r\n");
            var head = split < 0 ? raw : raw.substring(0, split);
            var body = split < 0 ? "" : raw.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            var status = Integer.parseInt(head.substring(9, 12));
            return new Answer(status, head, body);
        }
    }

    private static String unchunk(String chunked) {
        var out = new StringBuilder();
        var at = 0;
        while (true) {
            var end = chunked.indexOf("\r\n", at);
            var size = Integer.parseInt(chunked.substring(at, end).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            // sizes count bytes; the bodies here are ASCII or short Korean read back as UTF-8 text
            var bytes = chunked.substring(end + 2).getBytes(StandardCharsets.UTF_8);
            var chunk = new String(bytes, 0, size, StandardCharsets.UTF_8);
            out.append(chunk);
            at = end + 2 + chunk.length() + 2;
        }
    }
}
