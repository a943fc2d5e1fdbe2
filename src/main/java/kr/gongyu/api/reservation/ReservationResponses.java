package kr.gongyu.api.reservation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import kr.gongyu.Seoul;
import kr.gongyu.reservation.CancelledBy;
import kr.gongyu.reservation.HoldSettings;
import kr.gongyu.reservation.Refunds;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationPrices;
import kr.gongyu.reservation.ReservationStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The {@code Reservation} of API.md, as every endpoint that shows a booking writes it, citizen's or staff's. */
@Component
public class ReservationResponses {

    private final Refunds refunds;
    private final ReservationPrices prices;
    private final HoldSettings holds;
    private final MessageSource messages;

    ReservationResponses(Refunds refunds, ReservationPrices prices, HoldSettings holds, MessageSource messages) {
        this.refunds = refunds;
        this.prices = prices;
        this.holds = holds;
        this.messages = messages;
    }

    /**
     * The booking's price in won, fixed when it was made: the amount to pay, the deposit beside it, and the lines
     * the amount adds up from, labelled in the caller's language. {@code discount} is for 감면, not yet offered.
     */
    public record PriceResponse(
            long amount,
            String currency,
            long deposit,
            List<LineResponse> breakdown,
            @Nullable Object discount) {}

    public record LineResponse(String label, long amount) {}

    public PriceResponse price(Reservation reservation) {
        var price = prices.of(reservation);
        var locale = LocaleContextHolder.getLocale();
        return new PriceResponse(
                price.amount(),
                "KRW",
                price.deposit(),
                price.lines().stream()
                        .map(line -> new LineResponse(
                                messages.getMessage(line.labelKey(), new Object[] {line.quantity()}, locale),
                                line.amount()))
                        .toList(),
                null);
    }

    /** What a cancellation gives back: an amount in won and the percent of the price. */
    public record Refund(long amount, int percent) {}

    /**
     * API.md's fields, then: while held, when the hold runs out and how often it may still be extended; who
     * cancelled and why (or why staff rejected); the organisation booked for; the series it belongs to; while
     * {@code PAYMENT_DUE}, when it is cancelled unless paid; the price.
     */
    public record ReservationResponse(
            String id,
            String resourceId,
            OffsetDateTime start,
            OffsetDateTime end,
            int units,
            ReservationStatus status,
            @Nullable Integer headcount,
            @Nullable String purpose,
            OffsetDateTime createdAt,
            @Nullable Refund refund,
            @Nullable OffsetDateTime holdExpiresAt,
            @Nullable Integer holdExtensionsLeft,
            @Nullable CancelledBy cancelledBy,
            @Nullable String reason,
            @Nullable String organizationId,
            @Nullable String seriesId,
            @Nullable OffsetDateTime checkedInAt,
            @Nullable OffsetDateTime paymentDueAt,
            PriceResponse price) {}

    public ReservationResponse of(Reservation reservation) {
        Refund refund = null;
        if (reservation.refundPercent() != null) {
            var given = refunds.of(reservation, reservation.refundPercent());
            refund = new Refund(given.amount(), given.percent());
        }
        return new ReservationResponse(
                reservation.id().toString(),
                reservation.resource().toString(),
                reservation.start().atZone(Seoul.ZONE).toOffsetDateTime(),
                reservation.end().atZone(Seoul.ZONE).toOffsetDateTime(),
                reservation.units(),
                reservation.status(),
                reservation.headcount(),
                reservation.purpose(),
                reservation.createdAt().atZone(Seoul.ZONE).toOffsetDateTime(),
                refund,
                seoul(reservation.holdExpiresAt()),
                reservation.status() == ReservationStatus.HELD
                        ? Math.max(0, holds.maxExtensions() - reservation.holdExtensions())
                        : null,
                reservation.cancelledBy(),
                reservation.cancelReason(),
                reservation.organization() == null
                        ? null
                        : reservation.organization().toString(),
                reservation.seriesId(),
                seoul(reservation.checkedInAt()),
                seoul(reservation.paymentDueAt()),
                price(reservation));
    }

    private static @Nullable OffsetDateTime seoul(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(Seoul.ZONE).toOffsetDateTime();
    }
}
