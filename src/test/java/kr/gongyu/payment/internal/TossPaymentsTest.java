package kr.gongyu.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import kr.gongyu.TestToss;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Which webhooks Toss Payments' adapter takes as signed: the exact body at its transmission time, with our secret. */
class TossPaymentsTest {

    private static final String BODY = TestToss.statusChanged("gongyu-1-ab", "pk-1", "DONE");
    private static final String TIME = "2027-03-10T10:00:00+09:00";

    private static TossPayments toss(@Nullable String webhookSecret) {
        var settings = new PaymentSettings(
                PaymentSettings.Provider.TOSS,
                URI.create("http://localhost:8080"),
                Duration.ofSeconds(30),
                new PaymentSettings.Toss(
                        URI.create("http://127.0.0.1:9"), "ck", "sk", webhookSecret, Duration.ofSeconds(1)));
        return new TossPayments(settings, JsonMapper.builder().build());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void takesTheSignatureOfTheExactBodyAtItsTimeAmongOthers() {
        var toss = toss(TestToss.WEBHOOK_SECRET);
        var signature = TestToss.sign(BODY, TIME);

        assertThat(toss.signed(bytes(BODY), signature, TIME)).isTrue();
        assertThat(toss.signed(bytes(BODY), "v1:bm90LXRoaXM=, " + signature, TIME))
                .as("one matching value of several, as during a secret's rotation")
                .isTrue();
    }

    @Test
    void refusesAnotherBodyAnotherTimeAForgeryAndAnythingMissing() {
        var toss = toss(TestToss.WEBHOOK_SECRET);
        var signature = TestToss.sign(BODY, TIME);

        assertThat(toss.signed(bytes(BODY.replace("DONE", "CANCELED")), signature, TIME))
                .isFalse();
        assertThat(toss.signed(bytes(BODY), signature, "2027-03-10T10:00:01+09:00"))
                .isFalse();
        assertThat(toss.signed(bytes(BODY), signature.replace("v1:", "v2:"), TIME))
                .isFalse();
        assertThat(toss.signed(bytes(BODY), "v1:not base64!", TIME)).isFalse();
        assertThat(toss.signed(bytes(BODY), null, TIME)).isFalse();
        assertThat(toss.signed(bytes(BODY), signature, null)).isFalse();
        assertThat(toss(null).signed(bytes(BODY), signature, TIME))
                .as("no webhook secret configured: nothing is signed")
                .isFalse();
    }
}
