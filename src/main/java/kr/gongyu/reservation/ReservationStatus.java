package kr.gongyu.reservation;

/** Where a booking is in its life. */
public enum ReservationStatus {
    HELD,
    PENDING_APPROVAL,
    CONFIRMED,
    CHECKED_IN,
    COMPLETED,
    NO_SHOW,
    CANCELLED,
    REJECTED;

    /** Active bookings hold their time and units; no other booking may take them. */
    public boolean isActive() {
        return this == HELD || this == PENDING_APPROVAL || this == CONFIRMED;
    }
}
