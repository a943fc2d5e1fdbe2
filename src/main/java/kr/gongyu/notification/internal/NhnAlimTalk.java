package kr.gongyu.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS / 알림톡 adapter: NHN Cloud's KakaoTalk Bizmessage API, "send a replaced message" ({@code POST
 * /alimtalk/v2.3/appkeys/{appkey}/messages}, authenticated by {@code X-Secret-Key}), one recipient per call, with the
 * template's variables and an SMS (or LMS) fallback from the registered sender number. The message's idempotency key
 * goes in {@code X-NC-API-IDEMPOTENCY-KEY}, which the provider refuses to take twice (within its window of 10
 * minutes), and in {@code recipientGroupingKey}, by which its console finds the message.
 *
 * <p>Reading the answer: success when the header and the recipient's result say so; a refusal of the key as seen
 * before (409) means the first try was taken, so it counts as sent; any other 4xx, or a 2xx refusing the message
 * (an unknown template, a bad number), is permanent and FAILS the message at once; a 408, 429, 5xx, a time-out or a
 * connection lost is tried again with the outbox's backoff.
 */
@Component
public class NhnAlimTalk implements TextMessages {

    private static final Logger log = LoggerFactory.getLogger(NhnAlimTalk.class);
    /** A fallback longer than an SMS's 90 bytes (EUC-KR, as carriers count) goes as an LMS. */
    private static final int SMS_BYTES = 90;

    private static final Charset EUC_KR = Charset.forName("EUC-KR");

    private final SmsSettings settings;
    private final JsonMapper json;
    private final HttpClient http;

    NhnAlimTalk(SmsSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public boolean enabled() {
        return settings.configured();
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhetherOn() {
        if (enabled()) {
            log.info("SMS / AlimTalk notifications are on: {}", settings);
        } else {
            log.warn("SMS / AlimTalk notifications are OFF: gongyu.notification.sms.* is not (fully) set.");
        }
    }

    @Override
    public SendOutcome send(
            String idempotencyKey, String to, String template, Map<String, String> variables, TextFallback fallback) {
        if (!enabled()) {
            return new SendOutcome.Unavailable("SMS is off");
        }
        var number = to.replaceAll("\\D", "");
        var resend = new LinkedHashMap<String, Object>();
        resend.put("isResend", true);
        resend.put("resendType", fallback.content().getBytes(EUC_KR).length > SMS_BYTES ? "LMS" : "SMS");
        resend.put("resendTitle", fallback.title());
        resend.put("resendContent", fallback.content());
        resend.put("resendSendNo", settings.senderNumber().replaceAll("\\D", ""));
        var recipient = new LinkedHashMap<String, Object>();
        recipient.put("recipientNo", number);
        recipient.put("templateParameter", variables);
        recipient.put("resendParameter", resend);
        recipient.put("recipientGroupingKey", idempotencyKey);
        var body = new LinkedHashMap<String, Object>();
        body.put("senderKey", settings.senderKey());
        body.put("templateCode", template);
        body.put("recipientList", List.of(recipient));
        var request = HttpRequest.newBuilder(endpoint())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json;charset=UTF-8")
                .header("X-Secret-Key", settings.secretKey())
                .header("X-NC-API-IDEMPOTENCY-KEY", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return outcome(response.statusCode(), response.body());
        } catch (HttpTimeoutException slow) {
            return new SendOutcome.Unavailable("No answer within " + settings.timeout());
        } catch (IOException lost) {
            return new SendOutcome.Unavailable(lost.getClass().getSimpleName() + ": " + lost.getMessage());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return new SendOutcome.Unavailable("Interrupted");
        }
    }

    private URI endpoint() {
        var base = String.valueOf(settings.baseUrl()).replaceAll("/+$", "");
        return URI.create(base + "/alimtalk/v2.3/appkeys/" + settings.appKey() + "/messages");
    }

    private SendOutcome outcome(int status, String body) {
        var answer = read(body);
        var said = answer == null
                ? "HTTP " + status
                : "HTTP %d, %s %s"
                        .formatted(
                                status,
                                answer.path("header").path("resultCode").asString(""),
                                answer.path("header").path("resultMessage").asString(""));
        if (status == 409) {
            return new SendOutcome.Sent();
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new SendOutcome.Unavailable(said);
        }
        if (status >= 300 || answer == null) {
            return new SendOutcome.Refused(said);
        }
        var header = answer.path("header");
        var result = answer.path("message").path("sendResults").path(0);
        if (!header.path("isSuccessful").asBoolean(false)) {
            return new SendOutcome.Refused(said);
        }
        if (result.path("resultCode").asInt(-1) != 0) {
            return new SendOutcome.Refused("HTTP %d, recipient %s %s"
                    .formatted(
                            status,
                            result.path("resultCode").asString(""),
                            result.path("resultMessage").asString("")));
        }
        return new SendOutcome.Sent();
    }

    private @Nullable JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
