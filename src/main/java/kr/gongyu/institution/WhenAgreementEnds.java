package kr.gongyu.institution;

/** What becomes of bookings for days after a sharing agreement that was ended early: the agreement sets it. */
public enum WhenAgreementEnds {
    /** The partner honours the bookings already made; only new bookings stop. */
    KEEP_BOOKINGS,
    /** The bookings are cancelled with a full refund, and the bookers told why. */
    CANCEL_BOOKINGS
}
