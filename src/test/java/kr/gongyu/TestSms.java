package kr.gongyu;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The message provider of the test run: a local HTTP server (the JDK's) that plays NHN Cloud's 알림톡 API, started
 * with the first application (see {@link TestDatabase}, which points {@code gongyu.notification.sms.*} at it). It
 * takes a message once per idempotency key, as the provider does: a key it has taken is refused with 409. A test
 * scripts the answers to its own requests ({@link #answerNext}) to play a provider that refuses, fails, or answers
 * too late.
 */
public final class TestSms {

    public static final String APP_KEY = "test-app-key";
    public static final String SECRET = "s3cr3t-never-logged-42";
    public static final String SENDER_KEY = "0123456789012345678901234567890123456789";
    public static final String SENDER_NUMBER = "1588-0000";
    /** The client's time-out in the tests; a {@link Answer#SLOW} answer comes after twice this. */
    public static final Duration TIMEOUT = Duration.ofSeconds(1);

    /** How the provider answers one request whose key it has not taken yet. */
    public enum Answer {
        /** Takes the message: 200, success. */
        OK,
        /** Refuses it for good: 400 with the provider's error code, nothing taken. */
        REFUSE,
        /** Fails itself: 503, nothing taken. */
        UNAVAILABLE,
        /** Takes the message, but answers only after the client's time-out. */
        SLOW
    }

    /** One request as the provider saw it. */
    public record Request(String idempotencyKey, @Nullable String secret, String path, JsonNode body) {

        public String recipient() {
            return body.path("recipientList").path(0).path("recipientNo").asString();
        }

        public String template() {
            return body.path("templateCode").asString();
        }

        public String variable(String name) {
            return body.path("recipientList")
                    .path(0)
                    .path("templateParameter")
                    .path(name)
                    .asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static @Nullable HttpServer server;
    private static final List<Request> requests = new ArrayList<>();
    /** The messages taken, by idempotency key: each should be taken once. */
    private static final Map<String, Request> taken = new LinkedHashMap<>();

    private static final Deque<Answer> script = new ArrayDeque<>();
    private static Answer thereafter = Answer.OK;
    private static Predicate<Request> scripted = request -> false;

    private TestSms() {}

    public static synchronized String url() {
        if (server == null) {
            server = LocalHttp.start("/alimtalk/v2.3/appkeys/", TestSms::handle);
        }
        return LocalHttp.url(server);
    }

    /**
     * The answers to give the next requests the test is about, in order, then {@code then} for every one after; any
     * other request (another test's message, which the job may send meanwhile) is taken as usual.
     */
    public static synchronized void answerNext(Predicate<Request> about, List<Answer> next, Answer then) {
        scripted = about;
        script.clear();
        script.addAll(next);
        thereafter = then;
    }

    /** Back to taking every message. */
    public static synchronized void reset() {
        scripted = request -> false;
        script.clear();
        thereafter = Answer.OK;
    }

    public static synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public static synchronized List<Request> requestsTo(String mobile) {
        var digits = mobile.replaceAll("\\D", "");
        return requests.stream().filter(r -> r.recipient().equals(digits)).toList();
    }

    /** The messages taken (sent to the phone), once per key. */
    public static synchronized Map<String, Request> taken() {
        return Map.copyOf(taken);
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            var key = exchange.getRequestHeaders().getFirst("X-NC-API-IDEMPOTENCY-KEY");
            var request = new Request(
                    key == null ? "" : key,
                    exchange.getRequestHeaders().getFirst("X-Secret-Key"),
                    exchange.getRequestURI().getPath(),
                    body);
            Answer answer;
            synchronized (TestSms.class) {
                requests.add(request);
                if (!SECRET.equals(request.secret())
                        || !exchange.getRequestURI().getPath().contains(APP_KEY)) {
                    LocalHttp.respond(exchange, 401, header(false, -1000, "Invalid appkey or secret"));
                    return;
                }
                if (taken.containsKey(request.idempotencyKey())) {
                    LocalHttp.respond(exchange, 409, header(false, -9409, "Duplicated request"));
                    return;
                }
                answer = !scripted.test(request) ? Answer.OK : script.isEmpty() ? thereafter : script.poll();
                if (answer == Answer.OK || answer == Answer.SLOW) {
                    taken.put(request.idempotencyKey(), request);
                }
            }
            switch (answer) {
                case OK -> LocalHttp.respond(exchange, 200, success(request));
                case REFUSE -> LocalHttp.respond(exchange, 400, header(false, -3012, "Invalid template code"));
                case UNAVAILABLE -> LocalHttp.respond(exchange, 503, header(false, -9999, "Service unavailable"));
                case SLOW -> {
                    LockSupport.parkNanos(TIMEOUT.multipliedBy(2).toNanos());
                    LocalHttp.respond(exchange, 200, success(request));
                }
            }
        }
    }

    private static String header(boolean successful, int code, String message) {
        return """
                {"header":{"resultCode":%d,"resultMessage":"%s","isSuccessful":%s}}""".formatted(code, message, successful);
    }

    private static String success(Request request) {
        return """
                {"header":{"resultCode":0,"resultMessage":"SUCCESS","isSuccessful":true},
                 "message":{"requestId":"%s","senderGroupingKey":null,
                  "sendResults":[{"recipientSeq":1,"recipientNo":"%s","resultCode":0,"resultMessage":"SUCCESS",
                   "recipientGroupingKey":"%s"}]}}""".formatted(
                "req-" + Math.abs(request.idempotencyKey().hashCode()), request.recipient(), request.idempotencyKey());
    }
}
