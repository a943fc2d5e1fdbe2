package kr.gongyu.api.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kr.gongyu.Seoul;
import kr.gongyu.payment.PaymentBooks;
import kr.gongyu.payment.PaymentMethod;
import kr.gongyu.payment.PaymentStatus;
import kr.gongyu.payment.PaymentView;
import org.jspecify.annotations.Nullable;

/** Payments and the books as the API writes them (README, "Payments"). */
public final class PaymentJson {

    private PaymentJson() {}

    /** A payment and its refunds. */
    public record PaymentResponse(
            String id,
            String reservationId,
            String orderId,
            PaymentMethod method,
            String provider,
            long amount,
            String currency,
            PaymentStatus status,
            @Nullable String failureCode,
            @Nullable VirtualAccountResponse virtualAccount,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime paidAt,
            long refunded,
            List<RefundResponse> refunds) {

        public record VirtualAccountResponse(
                String bank, String accountNumber, @Nullable OffsetDateTime dueAt) {}

        /** {@code refundedAt} null while the refund is owed, not yet taken by the provider. */
        public record RefundResponse(
                long amount,
                String reason,
                OffsetDateTime owedAt,
                @Nullable OffsetDateTime refundedAt) {}
    }

    public static PaymentResponse of(PaymentView payment) {
        var account = payment.virtualAccount();
        return new PaymentResponse(
                String.valueOf(payment.id()),
                payment.reservation().toString(),
                payment.orderId(),
                payment.method(),
                payment.provider(),
                payment.amount(),
                "KRW",
                payment.status(),
                payment.failureCode(),
                account == null
                        ? null
                        : new PaymentResponse.VirtualAccountResponse(
                                account.bank(), account.accountNumber(), seoul(account.dueAt())),
                payment.createdAt().atZone(Seoul.ZONE).toOffsetDateTime(),
                seoul(payment.paidAt()),
                payment.refunded(),
                payment.refunds().stream()
                        .map(refund -> new PaymentResponse.RefundResponse(
                                refund.amount(),
                                refund.reason(),
                                refund.owedAt().atZone(Seoul.ZONE).toOffsetDateTime(),
                                seoul(refund.refundedAt())))
                        .toList());
    }

    private static @Nullable OffsetDateTime seoul(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(Seoul.ZONE).toOffsetDateTime();
    }

    /** One day of the books, or their total; {@code net} is paid less refunded. */
    public record DayResponse(@Nullable LocalDate date, long paid, long refunded, long net, long outstanding) {

        static DayResponse of(@Nullable LocalDate date, PaymentBooks.Day day) {
            return new DayResponse(date, day.paid(), day.refunded(), day.net(), day.outstanding());
        }
    }

    public record BooksResponse(
            LocalDate from, LocalDate to, String currency, List<DayResponse> days, DayResponse total) {}

    public static BooksResponse of(PaymentBooks.Books books) {
        return new BooksResponse(
                books.from(),
                books.to(),
                "KRW",
                books.days().stream()
                        .map(day -> DayResponse.of(day.date(), day))
                        .toList(),
                DayResponse.of(null, books.total()));
    }
}
