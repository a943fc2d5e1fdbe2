package kr.gongyu.reservation;

/** A booking or a change of one refused, with the reason whose name is the API's {@code code}. */
public class ReservationRefused extends RuntimeException {

    /** Why; the API answers 409 for a conflict with the booking's state or others', 422 for the rest. */
    public enum Reason {
        /** The time is taken, or not enough units are left. */
        SLOT_UNAVAILABLE,
        /** The booking's status does not allow the change (cancelling twice, approving a confirmed one). */
        INVALID_STATE,
        /** The hold ran out before it was completed or extended. */
        HOLD_EXPIRED,
        /** The hold was extended as often as it may be. */
        HOLD_EXTENSIONS_EXHAUSTED,
        /** The same idempotency key came with a different request. */
        IDEMPOTENCY_KEY_REUSED,
        OUTSIDE_OPENING_HOURS,
        OUTSIDE_BOOKING_WINDOW,
        CAPACITY_EXCEEDED,
        NOT_ELIGIBLE,
        QUOTA_EXCEEDED,
        /** A lottery round covers the time: it is drawn, not booked first-come, until the round's leftover instant. */
        IN_LOTTERY,
        /** Check-in is possible only from shortly before the start until the end. */
        NOT_CHECK_IN_TIME,
        /** The fee exemption (감면) claimed is unknown, or not one the resource offers. */
        DISCOUNT_NOT_OFFERED,
        /** The booking has no fee exemption standing to refuse: none was claimed, or staff refused it already. */
        NO_DISCOUNT_CLAIMED
    }

    private final Reason reason;

    public ReservationRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
