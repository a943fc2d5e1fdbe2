package kr.gongyu.reservation;

/**
 * What the reservation module tells the others (search's availability, notifications, statistics) after a
 * booking changes. Each carries the booking as it became; listeners hear of it once the change is committed.
 */
public final class ReservationEvents {

    private ReservationEvents() {}

    /** A slot is held while the booker completes the booking. */
    public record ReservationHeld(Reservation reservation) {}

    /** A request waits for the institution's approval. */
    public record ReservationRequested(Reservation reservation) {}

    /**
     * A priced booking waits for its payment, holding its time, until {@code paymentDueAt}: made so, or approved.
     * Once paid it is {@link ReservationConfirmed}; unpaid at the deadline, {@link ReservationCancelled}.
     */
    public record ReservationAwaitingPayment(Reservation reservation) {}

    /** The booking is confirmed: at once for an instant resource, on approval, or once paid. */
    public record ReservationConfirmed(Reservation reservation) {}

    /** The booking was cancelled by its booker or the institution, or its hold expired; its time is free again. */
    public record ReservationCancelled(Reservation reservation) {}

    /** Staff turned the request down, or approved another that left no room for it. */
    public record ReservationRejected(Reservation reservation) {}

    /** Staff refused the fee exemption (감면) the booker claimed, for the reason given: the price is full again. */
    public record ReservationDiscountRefused(Reservation reservation, String reason) {}

    /** The booker did not come; the rest of the time is free again. */
    public record ReservationNoShow(Reservation reservation) {}
}
