package kr.gongyu.catalog;

/** How a booking of a resource becomes final. */
public enum Confirmation {
    /** Confirmed at once (자동승인). */
    INSTANT,
    /** Waits for staff approval (승인). */
    APPROVAL
}
