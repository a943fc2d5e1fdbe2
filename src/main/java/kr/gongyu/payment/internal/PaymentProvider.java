package kr.gongyu.payment.internal;

import org.jspecify.annotations.Nullable;

/**
 * The port to a payment provider of the Korean kind: the booker pays on the provider's checkout, which sends the
 * browser back with a payment key; the payment is taken only when the server confirms it with the order id and the
 * amount. Every call that changes money carries an idempotency key, so a retry after a time-out never charges or
 * refunds twice.
 */
public interface PaymentProvider {

    /** The name orders keep, to refund through the provider that took the money. */
    String name();

    /** The key the checkout script takes; public. */
    String clientKey();

    /**
     * Whether the checkout is a page of this application (the sandbox): its addresses, and the way back, are then
     * this application's own paths, whatever host the browser reached it by.
     */
    default boolean servedHere() {
        return false;
    }

    /** Where the browser goes to pay where the provider needs no script (the sandbox's page); else null. */
    @Nullable
    String checkoutUrl(String orderId);

    /**
     * Takes the payment the booker authorised at checkout: done, or for a virtual account, waiting for the deposit.
     *
     * @throws ProviderException.Declined the provider refused it, with its code
     * @throws ProviderException.Unavailable no answer in time, or the provider failed; the payment may or may not
     *     have been taken, so the caller changes nothing and a retry (the same order id as key) is safe
     */
    ProviderPayment confirm(String paymentKey, String orderId, long amount);

    /** The payment of an order as the provider knows it now; what a webhook said is only news until this. */
    ProviderPayment find(String orderId);

    /** Gives {@code amount} back of a payment (a part or all); the key makes a retry give it once. */
    void cancel(String paymentKey, long amount, String reason, String idempotencyKey);

    /**
     * Whether a webhook's body comes from the provider: its signature header, over the exact bytes received and the
     * transmission time, checked with the webhook secret.
     */
    boolean signed(byte[] body, @Nullable String signature, @Nullable String transmissionTime);
}
