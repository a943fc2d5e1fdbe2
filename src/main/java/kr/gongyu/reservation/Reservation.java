package kr.gongyu.reservation;

import static kr.gongyu.reservation.ReservationRefused.Reason.*;

import java.time.Duration;
import java.time.Instant;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * A booking of a resource by an account, for a time and a number of units. State changes are methods that check
 * the current status and return the booking as it becomes; {@link Reservations} stores the change only if
 * nobody changed the booking meanwhile ({@code version}).
 *
 * @param organization the organisation the account booked for, if any
 * @param holdExpiresAt while {@code HELD}: when the hold runs out
 * @param cancelReason why it was cancelled or rejected, in the words of whoever did it
 * @param refundPercent once cancelled: the percent of the price refunded
 * @param seriesId the recurring series the booking belongs to, if any
 * @param paymentDueAt while {@code PAYMENT_DUE}: when the booking is cancelled unless paid
 */
public record Reservation(
        ReservationId id,
        ResourceId resource,
        AccountId account,
        @Nullable Long organization,
        Instant start,
        Instant end,
        int units,
        ReservationStatus status,
        @Nullable Integer headcount,
        @Nullable String purpose,
        Instant createdAt,
        @Nullable Instant holdExpiresAt,
        int holdExtensions,
        @Nullable CancelledBy cancelledBy,
        @Nullable String cancelReason,
        @Nullable Integer refundPercent,
        @Nullable Instant checkedInAt,
        @Nullable String seriesId,
        @Nullable Instant paymentDueAt,
        long version) {

    /** The reason a booking cancelled for want of payment gives, as the job cancelled it. */
    public static final String PAYMENT_OVERDUE = "PAYMENT_OVERDUE";

    /** How long before the start staff may check a booker in. */
    static final Duration CHECK_IN_OPENS_BEFORE = Duration.ofMinutes(30);

    public boolean holdExpired(Instant now) {
        return status == ReservationStatus.HELD && holdExpiresAt != null && !holdExpiresAt.isAfter(now);
    }

    /**
     * The booker completes a hold with the headcount and purpose the booking form asked for: confirmed, waiting for
     * its payment until {@code payBy} (a priced booking), or a request for staff to approve.
     */
    Reservation completeHold(
            boolean needsApproval,
            Instant now,
            @Nullable Integer newHeadcount,
            @Nullable String newPurpose,
            @Nullable Instant payBy) {
        requireLiveHold(now);
        var next = needsApproval
                ? ReservationStatus.PENDING_APPROVAL
                : payBy != null ? ReservationStatus.PAYMENT_DUE : ReservationStatus.CONFIRMED;
        return new Reservation(
                id,
                resource,
                account,
                organization,
                start,
                end,
                units,
                next,
                newHeadcount == null ? headcount : newHeadcount,
                newPurpose == null ? purpose : newPurpose,
                createdAt,
                null,
                holdExtensions,
                null,
                null,
                null,
                null,
                seriesId,
                next == ReservationStatus.PAYMENT_DUE ? payBy : null,
                version);
    }

    /** The booker asks for more time to complete a hold (KWCAG 2.2.1): the hold runs for {@code hold} from now. */
    Reservation extendHold(Instant now, Duration hold, int maxExtensions) {
        requireLiveHold(now);
        if (holdExtensions >= maxExtensions) {
            throw new ReservationRefused(HOLD_EXTENSIONS_EXHAUSTED);
        }
        // Never shorter: a hold offered for a day (a waitlist's offer) keeps its day.
        var extended = holdExpiresAt != null && holdExpiresAt.isAfter(now.plus(hold)) ? holdExpiresAt : now.plus(hold);
        return copy(status, extended, holdExtensions + 1, null, null, null, null);
    }

    private void requireLiveHold(Instant now) {
        if (status == ReservationStatus.CANCELLED
                && cancelledBy == CancelledBy.EXPIRY
                && !PAYMENT_OVERDUE.equals(cancelReason)) {
            throw new ReservationRefused(HOLD_EXPIRED); // the job ended it already: the hold ran out, as it says
        }
        if (status != ReservationStatus.HELD) {
            throw new ReservationRefused(INVALID_STATE);
        }
        if (holdExpired(now)) {
            throw new ReservationRefused(HOLD_EXPIRED);
        }
    }

    /** The hold ran out: the time is free again. */
    Reservation expire() {
        if (status != ReservationStatus.HELD) {
            throw new ReservationRefused(INVALID_STATE);
        }
        return copy(ReservationStatus.CANCELLED, null, holdExtensions, CancelledBy.EXPIRY, "HOLD_EXPIRED", null, null);
    }

    /** Staff approve a request: it is confirmed, or waits for its payment until {@code payBy} if priced. */
    Reservation approve(@Nullable Instant payBy) {
        requireStatus(ReservationStatus.PENDING_APPROVAL);
        return payBy == null ? next(ReservationStatus.CONFIRMED) : awaitingPayment(payBy);
    }

    /** The booking waits for its payment until {@code payBy}, holding its time. */
    private Reservation awaitingPayment(Instant payBy) {
        return copy(ReservationStatus.PAYMENT_DUE, null, holdExtensions, null, null, null, null, payBy);
    }

    /** Its payment arrived: the booking is confirmed. */
    Reservation paid() {
        requireStatus(ReservationStatus.PAYMENT_DUE);
        return next(ReservationStatus.CONFIRMED);
    }

    /** Whether the booking waits for a payment whose deadline has passed. */
    public boolean paymentOverdue(Instant now) {
        return status == ReservationStatus.PAYMENT_DUE && paymentDueAt != null && !paymentDueAt.isAfter(now);
    }

    /** Unpaid at its deadline: cancelled by nobody, and the time is free again. */
    Reservation lapse() {
        requireStatus(ReservationStatus.PAYMENT_DUE);
        return copy(ReservationStatus.CANCELLED, null, holdExtensions, CancelledBy.EXPIRY, PAYMENT_OVERDUE, null, null);
    }

    /** Staff reject a request, with the reason the requester is told. */
    Reservation reject(String reason) {
        requireStatus(ReservationStatus.PENDING_APPROVAL);
        return copy(ReservationStatus.REJECTED, null, holdExtensions, null, reason, null, null);
    }

    /** Cancelled before it took place, with the refund that {@code by} is due. */
    Reservation cancel(CancelledBy by, String reason, int refundPercent) {
        if (!status.isOpen()) {
            throw new ReservationRefused(INVALID_STATE);
        }
        return copy(ReservationStatus.CANCELLED, null, holdExtensions, by, reason, refundPercent, null);
    }

    /** The booker arrived: from shortly before the start until the end. */
    Reservation checkIn(Instant now) {
        requireStatus(ReservationStatus.CONFIRMED);
        if (now.isBefore(start.minus(CHECK_IN_OPENS_BEFORE)) || !now.isBefore(end)) {
            throw new ReservationRefused(NOT_CHECK_IN_TIME);
        }
        return copy(ReservationStatus.CHECKED_IN, null, holdExtensions, null, null, null, now);
    }

    /** The booker did not come: staff say so once the booking has started, and the rest of its time is free. */
    Reservation noShow(Instant now) {
        var unattended =
                status == ReservationStatus.CONFIRMED || status == ReservationStatus.COMPLETED && checkedInAt == null;
        if (!unattended) {
            throw new ReservationRefused(INVALID_STATE);
        }
        if (now.isBefore(start)) {
            throw new ReservationRefused(NOT_CHECK_IN_TIME);
        }
        return next(ReservationStatus.NO_SHOW);
    }

    /** The booking's time is over. */
    Reservation complete() {
        if (status != ReservationStatus.CONFIRMED && status != ReservationStatus.CHECKED_IN) {
            throw new ReservationRefused(INVALID_STATE);
        }
        return next(ReservationStatus.COMPLETED);
    }

    private void requireStatus(ReservationStatus expected) {
        if (status != expected) {
            throw new ReservationRefused(INVALID_STATE);
        }
    }

    private Reservation next(ReservationStatus next) {
        return copy(next, null, holdExtensions, cancelledBy, cancelReason, refundPercent, checkedInAt);
    }

    private Reservation copy(
            ReservationStatus next,
            @Nullable Instant nextHoldExpiresAt,
            int nextHoldExtensions,
            @Nullable CancelledBy nextCancelledBy,
            @Nullable String nextCancelReason,
            @Nullable Integer nextRefundPercent,
            @Nullable Instant nextCheckedInAt) {
        return copy(
                next,
                nextHoldExpiresAt,
                nextHoldExtensions,
                nextCancelledBy,
                nextCancelReason,
                nextRefundPercent,
                nextCheckedInAt,
                next == ReservationStatus.PAYMENT_DUE ? paymentDueAt : null);
    }

    private Reservation copy(
            ReservationStatus next,
            @Nullable Instant nextHoldExpiresAt,
            int nextHoldExtensions,
            @Nullable CancelledBy nextCancelledBy,
            @Nullable String nextCancelReason,
            @Nullable Integer nextRefundPercent,
            @Nullable Instant nextCheckedInAt,
            @Nullable Instant nextPaymentDueAt) {
        return new Reservation(
                id,
                resource,
                account,
                organization,
                start,
                end,
                units,
                next,
                headcount,
                purpose,
                createdAt,
                nextHoldExpiresAt,
                nextHoldExtensions,
                nextCancelledBy,
                nextCancelReason,
                nextRefundPercent,
                nextCheckedInAt,
                seriesId,
                nextPaymentDueAt,
                version);
    }
}
