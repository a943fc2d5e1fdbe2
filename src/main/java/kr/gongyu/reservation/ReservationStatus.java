package kr.gongyu.reservation;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where a booking is in its life: {@code HELD} while the booker completes it, then {@code PENDING_APPROVAL} or
 * {@code CONFIRMED} ({@code PAYMENT_DUE} first for a priced booking, until paid or its deadline), then {@code CHECKED_IN}, {@code COMPLETED} or {@code NO_SHOW}; or it ends
 * {@code CANCELLED} (by the booker, the institution or the hold's expiry) or {@code REJECTED}.
 */
public enum ReservationStatus {
    HELD,
    PENDING_APPROVAL,
    PAYMENT_DUE,
    CONFIRMED,
    CHECKED_IN,
    COMPLETED,
    NO_SHOW,
    CANCELLED,
    REJECTED;

    /**
     * Whether the booking takes its time and units from everyone else. A request waiting for approval does
     * not: staff choose among competing requests, and approving one rejects those it leaves no room for.
     */
    public boolean holdsTime() {
        return this == HELD || this == PAYMENT_DUE || this == CONFIRMED || this == CHECKED_IN;
    }

    /** Whether the booking is still to come and can be cancelled; such bookings count against quotas. */
    public boolean isOpen() {
        return this == HELD || this == PENDING_APPROVAL || this == PAYMENT_DUE || this == CONFIRMED;
    }

    /** Whether the booking counts against the booker's quota of bookings at once: open, or checked in. */
    public boolean countsAsActive() {
        return isOpen() || this == CHECKED_IN;
    }

    /** Whether the booking was ever made: neither cancelled nor rejected. */
    public boolean wasMade() {
        return this != CANCELLED && this != REJECTED;
    }

    /** The names of the statuses that are so, as SQL lists them. */
    static List<String> names(Predicate<ReservationStatus> which) {
        return Arrays.stream(values()).filter(which).map(Enum::name).toList();
    }
}
