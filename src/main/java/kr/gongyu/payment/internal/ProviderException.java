package kr.gongyu.payment.internal;

/** What a provider's call can fail with, beside an answer. */
public abstract sealed class ProviderException extends RuntimeException {

    ProviderException(String message, Throwable cause) {
        super(message, cause);
    }

    ProviderException(String message) {
        super(message);
    }

    /** The provider refused, for good: its code (such as {@code REJECT_CARD_COMPANY}) and message. */
    public static final class Declined extends ProviderException {

        private final String code;

        public Declined(String code, String message) {
            super(code + ": " + message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** No answer in time, no connection, or the provider failed (5xx): the outcome is unknown. */
    public static final class Unavailable extends ProviderException {

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }

        public Unavailable(String message) {
            super(message);
        }
    }
}
