package kr.gongyu.payment.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A payment as the provider answers it.
 *
 * @param status the provider's word: {@code DONE}, {@code WAITING_FOR_DEPOSIT}, {@code CANCELED},
 *     {@code PARTIAL_CANCELED}, {@code ABORTED}, {@code EXPIRED}, {@code READY} or {@code IN_PROGRESS}
 * @param totalAmount what the payment was for, in won
 * @param bank the virtual account's bank, if one was issued
 */
public record ProviderPayment(
        String paymentKey,
        String orderId,
        String status,
        long totalAmount,
        @Nullable String bank,
        @Nullable String accountNumber,
        @Nullable Instant dueAt) {

    public boolean done() {
        return status.equals("DONE");
    }

    public boolean waitingForDeposit() {
        return status.equals("WAITING_FOR_DEPOSIT");
    }

    /** Whether the payment will never be taken: cancelled before it was, aborted at checkout, or its account expired. */
    public boolean ended() {
        return status.equals("ABORTED") || status.equals("EXPIRED") || status.equals("CANCELED");
    }
}
