package kr.gongyu.payment;

import org.jspecify.annotations.Nullable;

/**
 * What a client needs to send the booker to the provider's checkout for one order: the provider's script takes the
 * client key, the order and the amount, and sends the browser back to {@code successUrl} (with {@code paymentKey},
 * {@code orderId} and {@code amount}) or {@code failUrl} (with {@code code} and {@code message}).
 *
 * @param checkoutUrl where to send the browser where the provider needs no script: the sandbox's own page
 */
public record Checkout(
        String orderId,
        long amount,
        String orderName,
        PaymentMethod method,
        String provider,
        String clientKey,
        @Nullable String checkoutUrl,
        String successUrl,
        String failUrl) {}
