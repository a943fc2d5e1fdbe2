package kr.gongyu.notification.internal;

/** What one try of a channel came to: sent, refused for good (FAILED at once), or to be tried again. */
public sealed interface SendOutcome {

    record Sent() implements SendOutcome {}

    /** The provider will never take this message as it is (a bad number, an unknown template). */
    record Refused(String error) implements SendOutcome {}

    /** The provider could not be reached or failed itself (a 5xx, a time-out): tried again with the backoff. */
    record Unavailable(String error) implements SendOutcome {}
}
