package kr.gongyu.payment.internal;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gongyu.payment.*}: which provider takes new orders, where the provider sends the browser back to, and Toss
 * Payments' keys.
 *
 * @param provider the provider of new orders; an order keeps the provider it was made with, for its refunds
 * @param publicUrl this application's address as browsers reach it: the provider's redirects and the sandbox's page
 * @param refundInterval how often the job that gives owed refunds back runs
 */
@ConfigurationProperties("gongyu.payment")
public record PaymentSettings(
        @DefaultValue("SANDBOX") Provider provider,
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("PT30S") Duration refundInterval,
        @DefaultValue Toss toss) {

    public enum Provider {
        /** No network: the checkout is a page of this application, and every payment it confirms succeeds. */
        SANDBOX,
        /** Toss Payments' API (https://docs.tosspayments.com). */
        TOSS
    }

    /**
     * Toss Payments: the API's address, the client key (for the checkout script, public), the secret key (Basic
     * authentication of server calls) and the webhook secret (the signatures of webhooks); neither secret is ever
     * logged or shown by {@link #toString()}.
     *
     * @param timeout how long one call may take; past it the call counts as not answered, and is retried safely with
     *     the same idempotency key
     */
    public record Toss(
            @DefaultValue("https://api.tosspayments.com") URI baseUrl,
            @Nullable String clientKey,
            @Nullable String secretKey,
            @Nullable String webhookSecret,
            @DefaultValue("PT10S") Duration timeout) {

        public boolean configured() {
            return clientKey != null && !clientKey.isBlank() && secretKey != null && !secretKey.isBlank();
        }

        @Override
        public String toString() {
            return "Toss[baseUrl=" + baseUrl + ", clientKey=" + clientKey + ", timeout=" + timeout + "]";
        }
    }
}
