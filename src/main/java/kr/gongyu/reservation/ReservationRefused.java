package kr.gongyu.reservation;

/** A booking refused, with the reason whose name is the API's {@code code}. */
public class ReservationRefused extends RuntimeException {

    /** Why; the API answers 409 for the first three and 422 for the rest. */
    public enum Reason {
        SLOT_UNAVAILABLE,
        NOT_CANCELLABLE,
        NOT_PENDING,
        OUTSIDE_OPENING_HOURS,
        OUTSIDE_BOOKING_WINDOW,
        CAPACITY_EXCEEDED,
        NOT_ELIGIBLE,
        QUOTA_EXCEEDED
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
