package kr.gongyu.allocation;

/** A lottery request refused, with the reason whose name is the API's {@code code}. */
public class LotteryRefused extends RuntimeException {

    /** Why; the API answers 409 for a conflict with the round's state, 422 for the rest. */
    public enum Reason {
        /** The account applied to the round already. */
        ALREADY_APPLIED,
        /** The account does not hold the pool's verified status, or the round has no such pool. */
        NOT_IN_POOL,
        OUTSIDE_APPLICATION_WINDOW,
        /** Choices that are not slots of the round, repeated, none, or more than the round allows. */
        INVALID_CHOICES,
        /** The date range holds no open slot of the resource. */
        NO_SLOTS,
        /** The round was cancelled. */
        LOTTERY_CANCELLED,
        /** The round was drawn: it can no longer be cancelled. */
        LOTTERY_DRAWN,
        /** The draw waits for the application window to close. */
        WINDOW_OPEN
    }

    private final Reason reason;

    public LotteryRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
