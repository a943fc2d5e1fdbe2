package kr.gongyu;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment provider of the test run: a local HTTP server (the JDK's) that plays Toss Payments' API, started with
 * the first application (see {@link TestDatabase}, which points {@code gongyu.payment.toss.*} at it). It checks the
 * secret key (HTTP Basic), keeps the payments it confirmed by order id, answers a repeated {@code Idempotency-Key}
 * with its first answer without doing anything again, and signs webhooks as Toss does. A payment key says how the
 * provider answers its confirmation: containing {@code declined}, a card company's refusal; {@code slow}, success
 * after the client's time-out; {@code va}, a virtual account waiting for the deposit; else success.
 */
public final class TestToss {

    public static final String CLIENT_KEY = "test_ck_gongyu";
    public static final String SECRET_KEY = "test_sk_never_logged_77";
    public static final String WEBHOOK_SECRET = "whsec-gongyu-test";
    /** The client's time-out in the tests; a slow answer comes after twice this. */
    public static final Duration TIMEOUT = Duration.ofSeconds(1);

    /** One call as the provider saw it. */
    public record Call(
            String method,
            String path,
            @Nullable String idempotencyKey,
            @Nullable JsonNode body) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static @Nullable HttpServer server;
    private static final List<Call> calls = new ArrayList<>();
    /** The payments by order id, as the provider holds them. */
    private static final Map<String, Map<String, Object>> payments = new HashMap<>();
    /** The first answer to each idempotency key. */
    private static final Map<String, String> answered = new HashMap<>();

    private TestToss() {}

    public static synchronized String url() {
        if (server == null) {
            server = LocalHttp.start("/v1/payments/", TestToss::handle);
        }
        return LocalHttp.url(server);
    }

    public static synchronized List<Call> calls(String orderIdOrKey) {
        return calls.stream()
                .filter(call -> call.path().contains(orderIdOrKey)
                        || call.body() != null && call.body().toString().contains(orderIdOrKey))
                .toList();
    }

    /** The confirmations the provider carried out (not the repeats it answered from memory) for an order. */
    public static synchronized long confirmed(String orderId) {
        return calls.stream()
                .filter(call -> call.path().equals("/v1/payments/confirm")
                        && call.body() != null
                        && call.body().path("orderId").asString().equals(orderId)
                        && !"repeat".equals(call.method()))
                .count();
    }

    /** The refunds the provider gave for a payment key: each {@code cancelAmount} once per idempotency key. */
    public static synchronized List<Long> refunds(String paymentKey) {
        return calls.stream()
                .filter(call -> call.path().equals("/v1/payments/" + paymentKey + "/cancel")
                        && call.method().equals("POST"))
                .map(call -> call.body().path("cancelAmount").asLong())
                .toList();
    }

    /** The booker paid into the virtual account of the order: the provider's payment is done. */
    public static synchronized void deposit(String orderId) {
        payments.get(orderId).put("status", "DONE");
    }

    /** The provider holds a done payment the application has not confirmed (its confirmation timed out, say). */
    public static synchronized void done(String orderId, String paymentKey, long amount) {
        payments.put(orderId, payment(paymentKey, orderId, "DONE", amount));
    }

    /** A webhook of the payment's status change, as Toss sends it. */
    public static String statusChanged(String orderId, String paymentKey, String status) {
        return """
                {"eventType":"PAYMENT_STATUS_CHANGED","createdAt":"2027-03-10T10:00:00.000000",\
                "data":{"paymentKey":"%s","orderId":"%s","status":"%s"}}""".formatted(paymentKey, orderId, status);
    }

    /** A virtual account's deposit callback, as Toss sends it. */
    public static String depositCallback(String orderId) {
        return """
                {"createdAt":"2027-03-10T10:00:00.000","secret":"ps_test","status":"DONE",\
                "transactionKey":"tx-%s","orderId":"%s"}""".formatted(orderId, orderId);
    }

    /** The {@code tosspayments-webhook-signature} of a body sent at the transmission time. */
    public static String sign(String body, String transmissionTime) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            var signature = mac.doFinal((body + ":" + transmissionTime).getBytes(StandardCharsets.UTF_8));
            return "v1:" + Base64.getEncoder().encodeToString(signature);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var raw = exchange.getRequestBody().readAllBytes();
            var body = raw.length == 0 ? null : JSON.readTree(raw);
            var path = exchange.getRequestURI().getRawPath();
            var key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            var authorization = exchange.getRequestHeaders().getFirst("Authorization");
            var expected =
                    "Basic " + Base64.getEncoder().encodeToString((SECRET_KEY + ":").getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(authorization)) {
                LocalHttp.respond(exchange, 401, error("UNAUTHORIZED_KEY", "인증되지 않은 시크릿 키 혹은 클라이언트 키 입니다."));
                return;
            }
            String answer;
            int status = 200;
            boolean slow = false;
            synchronized (TestToss.class) {
                if (key != null && answered.containsKey(key)) {
                    calls.add(new Call("repeat", path, key, body));
                    answer = answered.get(key);
                } else {
                    calls.add(new Call(exchange.getRequestMethod(), path, key, body));
                    if (path.equals("/v1/payments/confirm")) {
                        var paymentKey = body.path("paymentKey").asString();
                        var orderId = body.path("orderId").asString();
                        var amount = body.path("amount").asLong();
                        if (paymentKey.contains("declined")) {
                            status = 400;
                            answer = error("REJECT_CARD_COMPANY", "카드사에서 거절한 결제입니다.");
                        } else {
                            var payment = payment(
                                    paymentKey,
                                    orderId,
                                    paymentKey.contains("va") ? "WAITING_FOR_DEPOSIT" : "DONE",
                                    amount);
                            payments.put(orderId, payment);
                            answer = JSON.writeValueAsString(payment);
                            slow = paymentKey.contains("slow");
                        }
                    } else if (path.startsWith("/v1/payments/orders/")) {
                        var orderId = URLDecoder.decode(
                                path.substring("/v1/payments/orders/".length()), StandardCharsets.UTF_8);
                        var payment = payments.get(orderId);
                        if (payment == null) {
                            status = 404;
                            answer = error("NOT_FOUND_PAYMENT", "존재하지 않는 결제 정보 입니다.");
                        } else {
                            answer = JSON.writeValueAsString(payment);
                        }
                    } else if (path.endsWith("/cancel")) {
                        answer = "{\"status\":\"PARTIAL_CANCELED\"}";
                    } else {
                        status = 404;
                        answer = error("NOT_FOUND", "없는 API");
                    }
                    if (key != null && status == 200) {
                        answered.put(key, answer);
                    }
                }
            }
            if (slow) {
                LockSupport.parkNanos(TIMEOUT.multipliedBy(2).toNanos());
            }
            LocalHttp.respond(exchange, status, answer);
        }
    }

    private static Map<String, Object> payment(String paymentKey, String orderId, String status, long amount) {
        var payment = new LinkedHashMap<String, Object>();
        payment.put("mId", "tgongyu");
        payment.put("version", "2022-11-16");
        payment.put("paymentKey", paymentKey);
        payment.put("orderId", orderId);
        payment.put("orderName", "공유 예약");
        payment.put("status", status);
        payment.put("method", status.equals("WAITING_FOR_DEPOSIT") ? "가상계좌" : "카드");
        payment.put("totalAmount", amount);
        payment.put("balanceAmount", amount);
        if (status.equals("WAITING_FOR_DEPOSIT")) {
            payment.put(
                    "virtualAccount",
                    Map.of(
                            "accountNumber", "X6516000012345",
                            "bankCode", "20",
                            "customerName", "시민",
                            "dueDate", "2027-03-11T23:59:59+09:00"));
        }
        return payment;
    }

    private static String error(String code, String message) {
        return "{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}";
    }
}
