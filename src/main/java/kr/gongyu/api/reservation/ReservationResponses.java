package kr.gongyu.api.reservation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import kr.gongyu.Seoul;
import kr.gongyu.reservation.CancelledBy;
import kr.gongyu.reservation.Discount;
import kr.gongyu.reservation.DiscountTerms;
import kr.gongyu.reservation.HoldSettings;
import kr.gongyu.reservation.Price;
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
     * the amount adds up from, labelled in the caller's language (a discount's line negative); with the fee
     * exemption (감면) claimed, if any.
     */
    public record PriceResponse(
            long amount,
            String currency,
            long deposit,
            List<LineResponse> breakdown,
            @Nullable DiscountClaimResponse discount) {}

    public record LineResponse(String label, long amount) {}

    /**
     * The exemption claimed. For several that combine, the codes and names joined with {@code +}, and the percent
     * they take off together; each has its own line in the breakdown. {@code amount} is what it takes off: nothing
     * once staff refused it.
     */
    public record DiscountClaimResponse(
            String category, String name, int percent, long amount, boolean evidenceRequired, String status) {}

    /** A category of exemption a resource offers, named in the caller's language where the institution gave none. */
    public record DiscountResponse(String category, String name, int percent, boolean evidenceRequired) {}

    /** What a booker of a resource may claim: its categories, and whether several claimed combine. */
    public record DiscountTermsResponse(boolean combine, boolean inherited, List<DiscountResponse> discounts) {}

    public DiscountTermsResponse terms(DiscountTerms terms) {
        return new DiscountTermsResponse(
                terms.combine(),
                terms.inherited(),
                terms.discounts().stream()
                        .map(discount -> new DiscountResponse(
                                discount.code(), nameOf(discount), discount.percent(), discount.evidenceRequired()))
                        .toList());
    }

    /** The institution's own name for the category, or the standard category's label in the caller's language. */
    public String nameOf(Discount discount) {
        return discount.name() != null
                ? discount.name()
                : messages.getMessage(discount.labelKey(), null, LocaleContextHolder.getLocale());
    }

    public PriceResponse price(Reservation reservation) {
        return price(prices.of(reservation));
    }

    public PriceResponse price(Price price) {
        var locale = LocaleContextHolder.getLocale();
        var claim = price.discount();
        return new PriceResponse(
                price.amount(),
                "KRW",
                price.deposit(),
                price.lines().stream()
                        .map(line -> new LineResponse(
                                messages.getMessage(
                                        line.labelKey(),
                                        new Object[] {line.quantity(), discountName(claim, line.discount())},
                                        locale),
                                line.signedAmount()))
                        .toList(),
                claim == null
                        ? null
                        : new DiscountClaimResponse(
                                String.join(
                                        "+",
                                        claim.applied().stream()
                                                .map(Discount::code)
                                                .toList()),
                                String.join(
                                        " + ",
                                        claim.applied().stream()
                                                .map(this::nameOf)
                                                .toList()),
                                claim.percent(),
                                price.discountAmount(),
                                claim.evidenceRequired(),
                                claim.refused() ? "REFUSED" : "CLAIMED"));
    }

    private String discountName(Price.@Nullable DiscountClaim claim, @Nullable String code) {
        if (claim == null || code == null) {
            return "";
        }
        return claim.applied().stream()
                .filter(discount -> discount.code().equals(code))
                .findFirst()
                .map(this::nameOf)
                .orElse(code);
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
        return of(reservation, prices.of(reservation));
    }

    /** The same, with the booking's price as the caller read it (a booking just made: no read after its commit). */
    public ReservationResponse of(Reservation reservation, Price price) {
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
                price(price));
    }

    private static @Nullable OffsetDateTime seoul(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(Seoul.ZONE).toOffsetDateTime();
    }
}
