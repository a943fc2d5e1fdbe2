package kr.gongyu.api.reservation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.Resource;
import kr.gongyu.catalog.Resources;
import kr.gongyu.reservation.CancelledBy;
import kr.gongyu.reservation.HoldSettings;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The {@code Reservation} of API.md, as every endpoint that shows a booking writes it, citizen's or staff's. */
@Component
public class ReservationResponses {

    private final Resources resources;
    private final HoldSettings holds;

    ReservationResponses(Resources resources, HoldSettings holds) {
        this.resources = resources;
        this.holds = holds;
    }

    /** What a cancellation gives back: an amount in won and the percent of the price. */
    public record Refund(long amount, int percent) {}

    /**
     * API.md's fields, then: while held, when the hold runs out and how often it may still be extended; who
     * cancelled and why (or why staff rejected); the organisation booked for; the series it belongs to.
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
            @Nullable OffsetDateTime checkedInAt) {}

    public ReservationResponse of(Reservation reservation) {
        Refund refund = null;
        if (reservation.refundPercent() != null) {
            var price = resources
                    .findById(reservation.resource().value())
                    .map(resource -> price(resource, reservation))
                    .orElse(0L);
            refund = new Refund(price * reservation.refundPercent() / 100, reservation.refundPercent());
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
                seoul(reservation.checkedInAt()));
    }

    private static @Nullable OffsetDateTime seoul(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(Seoul.ZONE).toOffsetDateTime();
    }

    /** What the booking cost by the resource's fee: per hour, per day, per session or per unit. */
    private static long price(Resource resource, Reservation reservation) {
        var fee = resource.fee();
        if (fee == null) {
            return 0;
        }
        var length = Duration.between(reservation.start(), reservation.end());
        var times = switch (fee.per()) {
            case HOUR -> Math.max(1, length.toHours());
            case DAY -> Math.max(1, (length.toHours() + 23) / 24);
            case SESSION -> 1;
            case UNIT -> reservation.units();
        };
        return fee.amount() * times;
    }
}
