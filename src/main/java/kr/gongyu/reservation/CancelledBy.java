package kr.gongyu.reservation;

/** Who ended a booking before its time. */
public enum CancelledBy {
    /** The booker. */
    USER,
    /** The institution's staff, for public need; the booker gets a full refund. */
    INSTITUTION,
    /**
     * Nobody: the hold ran out before the booker completed it, or the payment deadline passed unpaid (the reason
     * then is {@link Reservation#PAYMENT_OVERDUE}).
     */
    EXPIRY
}
