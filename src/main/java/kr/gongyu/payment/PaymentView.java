package kr.gongyu.payment;

import java.time.Instant;
import java.util.List;
import kr.gongyu.reservation.ReservationId;
import org.jspecify.annotations.Nullable;

/**
 * One order of a booking as its receipt and the API show it.
 *
 * @param provider who took the money: {@code SANDBOX}, {@code TOSS} or {@code ON_SITE}
 * @param failureCode why it failed, in the provider's words, if it did
 * @param virtualAccount the account to pay into, once issued
 * @param refunds the money given back or owed, oldest first
 */
public record PaymentView(
        long id,
        ReservationId reservation,
        String orderId,
        PaymentMethod method,
        String provider,
        long amount,
        PaymentStatus status,
        @Nullable String failureCode,
        @Nullable VirtualAccount virtualAccount,
        Instant createdAt,
        @Nullable Instant paidAt,
        List<RefundView> refunds) {

    public PaymentView {
        refunds = List.copyOf(refunds);
    }

    /** What was given back so far (refunds done, not those owed). */
    public long refunded() {
        return refunds.stream()
                .filter(RefundView::done)
                .mapToLong(RefundView::amount)
                .sum();
    }

    /** A bank account issued for one order's transfer, until its due time. */
    public record VirtualAccount(
            String bank, String accountNumber, @Nullable Instant dueAt) {}

    /** Money given back ({@code refundedAt} set) or owed. */
    public record RefundView(
            long amount,
            String reason,
            Instant owedAt,
            @Nullable Instant refundedAt) {

        public boolean done() {
            return refundedAt != null;
        }
    }
}
