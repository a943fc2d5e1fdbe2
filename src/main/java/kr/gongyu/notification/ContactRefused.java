package kr.gongyu.notification;

/** A change of contact details or a code refused, with the API's {@code code} ({@code CONTACT_…}). */
public final class ContactRefused extends RuntimeException {

    /** Why; each is a {@code code} of the API. */
    public enum Reason {
        /** Not an email address. */
        CONTACT_INVALID_EMAIL,
        /** Not a Korean mobile number (010-1234-5678). */
        CONTACT_INVALID_MOBILE,
        /** A code went to this channel less than a minute ago. */
        CONTACT_CODE_TOO_SOON,
        /** The mail server or message provider did not take the code: nothing was changed. */
        CONTACT_CODE_NOT_SENT,
        /** No code is waiting for this channel. */
        CONTACT_NO_CODE,
        /** The code is older than ten minutes. */
        CONTACT_CODE_EXPIRED,
        /** Not the code sent; a few tries are left. */
        CONTACT_CODE_WRONG,
        /** Five wrong codes: a new one must be sent. */
        CONTACT_CODE_TRIES_EXHAUSTED
    }

    private final Reason reason;
    private final Channel channel;

    public ContactRefused(Reason reason, Channel channel) {
        super(reason + " " + channel);
        this.reason = reason;
        this.channel = channel;
    }

    public Reason reason() {
        return reason;
    }

    public Channel channel() {
        return channel;
    }

    /** The message bundles' key of what to tell the person (the API's problem detail). */
    public String messageKey() {
        return "problem." + reason.name() + ".detail";
    }
}
