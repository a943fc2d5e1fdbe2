/**
 * Paying for bookings: online through a payment provider (card, or a virtual account for a bank transfer), or on
 * site as staff record it; refunds; receipts and the institution's books.
 *
 * <p>Payments follow the booking's lifecycle without the reservation module knowing of them: a priced booking
 * waits in {@code PAYMENT_DUE}; this module starts an order for it, confirms it with the provider server-side (the
 * amount is the booking's stored price, never the client's), and tells the reservation module it is paid
 * ({@code Reservations.paid}), in one transaction. It hears of cancellations through the reservation module's
 * events and owes the refund the cancellation decided, in the cancellation's own transaction; a job gives owed
 * refunds back through the provider, retrying, on one node at a time.
 *
 * <p>Exactly one successful payment per booking: every order of a booking is decided under a lock of the booking's
 * orders (confirmations, webhooks and staff alike), and the database takes one paid order per booking at most. A
 * webhook is believed only when its signature is right, and then only as news: the payment is fetched again from
 * the provider. A payment that arrives after its booking ended is refunded in full.
 *
 * <p>The provider is a port ({@code internal.PaymentProvider}) with two adapters: Toss Payments' API and a sandbox,
 * the default, which needs no network and whose checkout is a page of this application.
 */
@ApplicationModule(displayName = "Payments")
@NullMarked
package kr.gongyu.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
