package kr.gongyu.notification;

/** What a message is about; each has its subject and text in the message bundles under its name. */
public enum NotificationKind {
    /** A booking is confirmed at once (an instant resource). */
    BOOKING_CONFIRMED,
    /** A request is received and waits for the institution's approval. */
    REQUEST_RECEIVED,
    /** The institution approved the request: the booking is confirmed. */
    REQUEST_APPROVED,
    /** The institution turned the request down, with its reason. */
    REQUEST_REJECTED,
    /** A priced booking waits for its payment, until its deadline. */
    PAYMENT_DUE,
    /** The booking was cancelled because it was not paid by its deadline. */
    PAYMENT_OVERDUE,
    /** The institution cancelled the booking, with the reason and the refund. */
    CANCELLED_BY_INSTITUTION,
    /** The institution refused the fee exemption (감면) claimed, with its reason: the full price is owed. */
    DISCOUNT_REFUSED,
    /** The booker did not come, as staff recorded. */
    NO_SHOW_RECORDED,
    /** The volunteer shift that opened the booked time was cancelled. */
    VOLUNTEER_SHIFT_LOST,
    /** The booking is tomorrow: told at 18:00 the day before. */
    REMINDER_DAY_BEFORE,
    /** The booking starts in two hours: for one made after its day-before reminder was due. */
    REMINDER_TWO_HOURS,
    /** The hold runs out in five minutes unless the booker completes it. */
    HOLD_EXPIRING,
    /** A slot is held for the booker, who did not book it first-come: won in a lottery, or next on a waitlist. */
    SLOT_OFFERED,
    /** For staff: the requests waiting for their approval, once an hour when new ones came. */
    STAFF_DIGEST;

    /** Whether the booking is off after this message: its invitation cancels the calendar event. */
    public boolean cancelsBooking() {
        return this == REQUEST_REJECTED || this == CANCELLED_BY_INSTITUTION || this == PAYMENT_OVERDUE;
    }

    /** Whether the message carries the booking's calendar invitation. */
    public boolean hasInvitation() {
        return this == BOOKING_CONFIRMED || this == REQUEST_APPROVED || this == CANCELLED_BY_INSTITUTION;
    }
}
