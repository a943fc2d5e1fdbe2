package kr.gongyu.schedule;

/** Why a day offers nothing to book (API: {@code reason}). */
public enum ClosedReason {
    /** A weekly or monthly closed day, or no opening window on that weekday. */
    CLOSED_DAY,
    /** A public holiday, for a resource closed on holidays. */
    HOLIDAY,
    /** A one-off closure or the institution's own use of the whole day. */
    CLOSURE,
    /** Outside the booking window: past, not yet released, or too close to start. */
    OUTSIDE_WINDOW,
    /** A private partner's site on a day no sharing agreement is in force. */
    OUTSIDE_AGREEMENT
}
