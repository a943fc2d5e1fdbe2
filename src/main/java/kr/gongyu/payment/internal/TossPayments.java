package kr.gongyu.payment.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adapter to Toss Payments' API (https://docs.tosspayments.com/reference), v1:
 *
 * <ul>
 *   <li>confirm: {@code POST /v1/payments/confirm} with {@code {paymentKey, orderId, amount}};
 *   <li>read: {@code GET /v1/payments/orders/{orderId}};
 *   <li>refund: {@code POST /v1/payments/{paymentKey}/cancel} with {@code {cancelReason, cancelAmount}} (a part
 *       or all).
 * </ul>
 *
 * Each call authenticates with HTTP Basic, the secret key as user and no password. The calls that move money carry an
 * {@code Idempotency-Key} header (the order id for a confirmation, the refund's own key for a refund): Toss answers a
 * repeated key with the first call's answer, so a call retried after a time-out takes or gives the money once. An
 * error answer is {@code {code, message}}: a 4xx is the provider's refusal, a 5xx or no answer leaves the outcome
 * unknown.
 *
 * <p>Webhooks ({@code PAYMENT_STATUS_CHANGED}, and {@code DEPOSIT_CALLBACK} for virtual accounts) are checked as Toss
 * signs them: the header {@code tosspayments-webhook-signature} holds one or more {@code v1:<base64>} values, each an
 * HMAC-SHA256, keyed with the webhook secret, of the exact body bytes, a colon, and the header
 * {@code tosspayments-webhook-transmission-time}; one matching value (compared in constant time) suffices. A webhook
 * is then only news: the payment is read again from the API before anything changes.
 */
@Component
class TossPayments implements PaymentProvider {

    private static final Logger log = LoggerFactory.getLogger(TossPayments.class);

    private final PaymentSettings.Toss settings;
    private final JsonMapper json;
    private final HttpClient http;

    TossPayments(PaymentSettings settings, JsonMapper json) {
        this.settings = settings.toss();
        this.json = json;
        this.http =
                HttpClient.newBuilder().connectTimeout(this.settings.timeout()).build();
    }

    @Override
    public String name() {
        return "TOSS";
    }

    @Override
    public String clientKey() {
        return settings.clientKey() == null ? "" : settings.clientKey();
    }

    @Override
    public @Nullable String checkoutUrl(String orderId) {
        return null; // Toss's checkout opens from its script (the payment window SDK) with the client key
    }

    @Override
    public ProviderPayment confirm(String paymentKey, String orderId, long amount) {
        var body = new LinkedHashMap<String, Object>();
        body.put("paymentKey", paymentKey);
        body.put("orderId", orderId);
        body.put("amount", amount);
        return payment(call("POST", "/v1/payments/confirm", body, orderId));
    }

    @Override
    public ProviderPayment find(String orderId) {
        return payment(
                call("GET", "/v1/payments/orders/" + URLEncoder.encode(orderId, StandardCharsets.UTF_8), null, null));
    }

    @Override
    public void cancel(String paymentKey, long amount, String reason, String idempotencyKey) {
        var body = new LinkedHashMap<String, Object>();
        body.put("cancelReason", reason);
        body.put("cancelAmount", amount);
        call(
                "POST",
                "/v1/payments/" + URLEncoder.encode(paymentKey, StandardCharsets.UTF_8) + "/cancel",
                body,
                idempotencyKey);
    }

    @Override
    public boolean signed(byte[] body, @Nullable String signature, @Nullable String transmissionTime) {
        var secret = settings.webhookSecret();
        if (secret == null || secret.isBlank() || signature == null || transmissionTime == null) {
            return false;
        }
        byte[] expected;
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(body);
            mac.update((":" + transmissionTime).getBytes(StandardCharsets.UTF_8));
            expected = mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
        for (var value : signature.split(",")) {
            var trimmed = value.strip();
            if (!trimmed.startsWith("v1:")) {
                continue;
            }
            try {
                if (MessageDigest.isEqual(expected, Base64.getDecoder().decode(trimmed.substring(3)))) {
                    return true;
                }
            } catch (IllegalArgumentException notBase64) {
                // a forged or mangled value: try the next
            }
        }
        return false;
    }

    private JsonNode call(
            String method, String path, @Nullable Map<String, Object> body, @Nullable String idempotencyKey) {
        if (!settings.configured()) {
            throw new ProviderException.Unavailable("Toss Payments is not configured (gongyu.payment.toss.*)");
        }
        var credentials =
                Base64.getEncoder().encodeToString((settings.secretKey() + ":").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(settings.timeout())
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.warn("Toss Payments {} {}: no answer ({})", method, path, e.toString());
            throw new ProviderException.Unavailable("No answer from Toss Payments", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException.Unavailable("Interrupted while calling Toss Payments", e);
        }
        var status = response.statusCode();
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (RuntimeException notJson) {
            throw new ProviderException.Unavailable("Toss Payments answered " + status + " without JSON", notJson);
        }
        if (status >= 200 && status < 300) {
            return answer;
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            throw new ProviderException.Declined(
                    answer.path("code").asString("UNKNOWN"),
                    answer.path("message").asString(""));
        }
        log.warn(
                "Toss Payments {} {}: {} {}",
                method,
                path,
                status,
                answer.path("code").asString(""));
        throw new ProviderException.Unavailable("Toss Payments answered " + status);
    }

    private static ProviderPayment payment(JsonNode answer) {
        var account = answer.path("virtualAccount");
        var hasAccount = account.isObject()
                && !account.path("accountNumber").asString("").isEmpty();
        var due = account.path("dueDate").asString("");
        return new ProviderPayment(
                answer.path("paymentKey").asString(""),
                answer.path("orderId").asString(""),
                answer.path("status").asString(""),
                answer.path("totalAmount").asLong(-1),
                hasAccount
                        ? account.path("bankCode").asString(account.path("bank").asString(""))
                        : null,
                hasAccount ? account.path("accountNumber").asString() : null,
                hasAccount && !due.isEmpty() ? OffsetDateTime.parse(due).toInstant() : null);
    }
}
