package kr.gongyu.reservation;

import java.time.Instant;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A booking of a resource by an account, for a time and a number of units. State changes are methods that check
 * the current status and return the booking as it becomes.
 */
public record Reservation(
        ReservationId id,
        ResourceId resource,
        AccountId account,
        Instant start,
        Instant end,
        int units,
        ReservationStatus status,
        @Nullable Integer headcount,
        @Nullable String purpose,
        Instant createdAt,
        @Nullable String cancelReason,
        @Nullable Integer refundPercent) {

    /** Staff approve a request: it is confirmed. */
    public Reservation approve() {
        if (status != ReservationStatus.PENDING_APPROVAL) {
            throw new ReservationRefused(ReservationRefused.Reason.NOT_PENDING);
        }
        return withStatus(ReservationStatus.CONFIRMED, cancelReason);
    }

    /** Staff reject a request, with the reason the requester is told. */
    public Reservation reject(String reason) {
        if (status != ReservationStatus.PENDING_APPROVAL) {
            throw new ReservationRefused(ReservationRefused.Reason.NOT_PENDING);
        }
        return withStatus(ReservationStatus.REJECTED, reason);
    }

    private Reservation withStatus(ReservationStatus next, @Nullable String reason) {
        return new Reservation(
                id, resource, account, start, end, units, next, headcount, purpose, createdAt, reason, refundPercent);
    }

    /** Cancelled by the booker, with the refund the resource's policy gives for so many days before. */
    public Reservation cancel(String reason, int refundPercent) {
        if (!status.isActive()) {
            throw new ReservationRefused(ReservationRefused.Reason.NOT_CANCELLABLE);
        }
        return new Reservation(
                id,
                resource,
                account,
                start,
                end,
                units,
                ReservationStatus.CANCELLED,
                headcount,
                purpose,
                createdAt,
                reason,
                refundPercent);
    }
}
