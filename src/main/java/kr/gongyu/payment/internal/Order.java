package kr.gongyu.payment.internal;

import java.time.Instant;
import kr.gongyu.payment.PaymentMethod;
import kr.gongyu.payment.PaymentStatus;
import org.jspecify.annotations.Nullable;

/** One row of the {@code payment} table: an order started for a booking, and what became of it. */
public record Order(
        long id,
        long reservation,
        String orderId,
        PaymentMethod method,
        String provider,
        long amount,
        PaymentStatus status,
        @Nullable String paymentKey,
        @Nullable String failureCode,
        @Nullable String bank,
        @Nullable String accountNumber,
        @Nullable Instant accountDueAt,
        Instant createdAt,
        @Nullable Instant paidAt) {}
