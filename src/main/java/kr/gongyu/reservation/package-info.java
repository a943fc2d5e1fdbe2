/**
 * The booking lifecycle: holds, requests and approvals, confirmations, cancellations with their refunds,
 * check-in and no-shows, weekly series; who may book (eligibility) and how often (quotas); and the invariant
 * that no booking ever takes time or units another holds.
 *
 * <p>{@link kr.gongyu.reservation.Reservations} is the booker's side, {@link kr.gongyu.reservation.StaffReservations}
 * the institution's. Every booking of one resource is decided under a lock of the resource's row, after the
 * bookings committed before it; PostgreSQL's exclusion constraint guards spaces as well. Availability learns
 * of bookings through the schedule module's {@code BookedUnits} port (a booking hands its own to the calendar), and other modules through the events in
 * {@link kr.gongyu.reservation.ReservationEvents}. The allocation module keeps a lottery's slots from first-come
 * booking through the {@code SetAsideSlots} port, and holds time for the accounts it chose (a lottery's winners, the
 * first on a waitlist) with {@code Reservations.holdFor}, under the same lock and invariant as any booking.
 *
 * <p>The booking path ({@code Reservations.book}, and {@code holdFor} alike), six statements on PostgreSQL in the
 * common case ({@code BEGIN}, lock and facts, insert, outbox, search's free-time raise, {@code COMMIT}), eight on H2:
 * <ol>
 *   <li><b>Lock and facts</b>: the resource's row locked with its terms and fee, then every other fact (the policy,
 *       the booker's eligibility and quota counts, an earlier booking with the same idempotency key, the opening rules,
 *       blocks, shifts and the bookings over the days, the {@code SetAsideSlots} port's condition); the schedule module
 *       makes the calendar of them without a query. A statement reads as of its start, so one that waited for the lock
 *       would not see the booking committed by the transaction it waited for: on PostgreSQL one statement calls the
 *       function {@code booking_facts} (migration V40), which locks and then reads in a query of its own, with a
 *       snapshot of its own ({@code ReservationStore.lockWithFacts}); on H2, a deliberate variant, the lock
 *       ({@code ResourceDirectory.lockBookable}) and the facts ({@code ReservationStore.factsFor}) are two.
 *   <li><b>Rules</b>: the decision, pure ({@link kr.gongyu.reservation.BookingRules}: {@code decide} for a first-come
 *       booking, {@code decideOffer} for a hold another module chose), an allowance or a refusal with its code.
 *   <li><b>Write</b>: the insert at its price.
 *   <li><b>Outbox</b>: the notification module's listener writes the booker's message, routed in SQL, with its
 *       reminder owed, in one statement before {@code COMMIT} (two on H2); {@code BookingStatementsIT} counts them.
 *   <li><b>Raise</b>: the search module's synchronization raises the resource's free-time version, its last write
 *       before {@code COMMIT}. The insert, the message and the raise are three modules' statements, each on an event
 *       of the booking's transaction: one statement of them all would have this module write the others' tables.
 * </ol>
 * The answer is written from what the transaction read and wrote (the booking and its price), so nothing after the
 * {@code COMMIT} needs a connection: a busy pool can never answer an error for a booking that was made. Times are
 * {@code Instant}s throughout (the request, the calendar's slots, the rules); Seoul's wall clock appears only where
 * the opening rules are written, where a price asks whether an hour is night or a date a holiday, and on the pages
 * and in the API.
 *
 * <p>A booking's price lives here too ({@link kr.gongyu.reservation.Pricing}, kept by
 * {@link kr.gongyu.reservation.ReservationPrices}): the catalogue owns the fee, as a fact of the resource, but the
 * price is a fact of the booking, fixed in the booking's transaction and read by refunds. A priced booking waits in
 * {@code PAYMENT_DUE}, holding its time, until the payment module says it is paid
 * ({@link kr.gongyu.reservation.Reservations#paid}) or the housekeeping job cancels it at its deadline
 * ({@link kr.gongyu.reservation.PaymentDeadlines}); this module knows nothing of payments beyond that call. Fee
 * exemptions (감면, {@link kr.gongyu.reservation.Discounts}) live here too: the terms an institution or resource offers
 * are what a booker may claim, and the claim, priced by {@code Pricing} and kept as offered then, is the booking's,
 * for staff to refuse.
 */
@ApplicationModule(displayName = "Reservations")
@NullMarked
package kr.gongyu.reservation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
