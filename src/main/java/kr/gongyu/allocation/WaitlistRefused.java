package kr.gongyu.allocation;

/** A waitlist request refused, with the reason whose name is the API's {@code code}. */
public class WaitlistRefused extends RuntimeException {

    /** Why; the API answers 409 for {@code ALREADY_ON_WAITLIST} and {@code ALREADY_BOOKED}, 422 for the rest. */
    public enum Reason {
        /** The account waits for the slot already. */
        ALREADY_ON_WAITLIST,
        /** The account has the slot booked itself: there is nothing to wait for. */
        ALREADY_BOOKED,
        /** The time is not one slot of the resource's calendar. */
        NOT_A_SLOT,
        /** The slot is free: it can be booked, not waited for. */
        SLOT_FREE,
        /** The slot has begun. */
        SLOT_PAST
    }

    private final Reason reason;

    public WaitlistRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
