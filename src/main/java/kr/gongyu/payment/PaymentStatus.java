package kr.gongyu.payment;

/**
 * Where an order is: {@code READY} while the booker is at the provider's checkout, {@code WAITING_FOR_DEPOSIT} for a
 * virtual account issued but not yet paid into, {@code PAID}, or {@code FAILED} (declined, cancelled, expired, or a
 * second payment of a booking already paid, given back).
 */
public enum PaymentStatus {
    READY,
    WAITING_FOR_DEPOSIT,
    PAID,
    FAILED
}
