package kr.gongyu.payment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The provider of development and the demo: no network and no money. Its checkout is a page of this application
 * ({@code /payments/sandbox/checkout}) where the booker pays or declines; the payment key it hands back says the
 * method, and a confirmation takes it at once (a card) or issues a made-up virtual account. It keeps nothing, so it
 * sends no webhooks and cannot be read again; refunds are only logged.
 */
@Component
class SandboxPayments implements PaymentProvider {

    /** The sandbox's payment keys start so, then the method, then the order id. */
    static final String KEY_PREFIX = "sandbox_";

    private static final Logger log = LoggerFactory.getLogger(SandboxPayments.class);

    private final Clock clock;

    SandboxPayments(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "SANDBOX";
    }

    @Override
    public String clientKey() {
        return "sandbox";
    }

    @Override
    public boolean servedHere() {
        return true;
    }

    @Override
    public @Nullable String checkoutUrl(String orderId) {
        return "/payments/sandbox/checkout?orderId=" + orderId;
    }

    @Override
    public ProviderPayment confirm(String paymentKey, String orderId, long amount) {
        if (!paymentKey.startsWith(KEY_PREFIX) || !paymentKey.endsWith("_" + orderId)) {
            throw new ProviderException.Declined("NOT_FOUND_PAYMENT", "No such sandbox payment");
        }
        if (paymentKey.startsWith(KEY_PREFIX + "VIRTUAL_ACCOUNT_")) {
            var due = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
            return new ProviderPayment(
                    paymentKey, orderId, "WAITING_FOR_DEPOSIT", amount, "SANDBOX", "000-000-000000", due);
        }
        return new ProviderPayment(paymentKey, orderId, "DONE", amount, null, null, null);
    }

    @Override
    public ProviderPayment find(String orderId) {
        throw new ProviderException.Unavailable("The sandbox keeps no payments to read again");
    }

    @Override
    public void cancel(String paymentKey, long amount, String reason, String idempotencyKey) {
        log.info("Sandbox refund of {} won of {} ({}): nothing to give back", amount, paymentKey, reason);
    }

    @Override
    public boolean signed(byte[] body, @Nullable String signature, @Nullable String transmissionTime) {
        return false; // the sandbox sends no webhooks: any that claims to be one is not
    }
}
