package kr.gongyu.payment;

/** A payment request refused, with the reason whose name is the API's {@code code}; nothing was changed by it. */
public class PaymentRefused extends RuntimeException {

    /** Why; the API answers each with its own status. */
    public enum Reason {
        /** The booking does not wait for a payment (free, confirmed, paid, cancelled). 409. */
        NOT_PAYMENT_DUE,
        /** The booking is paid already, through this order or another. 409. */
        ALREADY_PAID,
        /** The order failed or was replaced; start a new one. 409. */
        ORDER_CLOSED,
        /** The amount is not the order's, which is the booking's stored price. 400. */
        AMOUNT_MISMATCH,
        /** No such order (of the caller's bookings). 404. */
        UNKNOWN_ORDER,
        /** The method cannot be paid online (on-site payment is staff's to record). 422. */
        METHOD_NOT_ONLINE,
        /** The provider declined the payment (a card refused, a limit reached); the provider's code is logged. 422. */
        PAYMENT_DECLINED,
        /** The provider did not answer in time or failed; nothing was changed here, and a retry is safe. 503. */
        PROVIDER_UNAVAILABLE,
        /** A webhook whose signature is missing or wrong. 401. */
        WEBHOOK_SIGNATURE_INVALID,
        /** A refund above what is left of the payment. 422. */
        REFUND_EXCEEDS_PAID
    }

    private final Reason reason;

    public PaymentRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
