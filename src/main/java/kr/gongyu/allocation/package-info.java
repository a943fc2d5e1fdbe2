/**
 * Fair allocation of scarce slots: lottery rounds (추첨) with priority pools, whose draw anyone can recompute from
 * the public record alone ({@code tools/verify-draw}).
 *
 * <p>The server commits to a secret when a round is created (its SHA-256 is public from the start), publishes the
 * applications' public ids when the window closes, and draws with a seed derived from both, so neither the server
 * nor an applicant can steer the order once the list is known. The draw is a pure function of stored data, run by a
 * db-scheduler task at the draw instant; a rerun after a crash gives the same winners.
 *
 * <p>Slots are offered as held bookings, through the reservation module's {@code Reservations.holdFor}, under the
 * resource's lock like any booking: in the draw's transaction to each winner ({@code LotteryOffers}); when a
 * booking frees (cancelled, rejected, its hold run out; heard synchronously, in that change's transaction, so that
 * nobody books the slot in between) to the next applicant in rank order of a drawn round covering the slot until its
 * leftover instant, else to the first in line on the slot's waitlist ({@link kr.gongyu.allocation.Waitlists}). An
 * unclaimed offer is just another hold running out, which frees the slot again: the chain needs no job of its own.
 * {@link kr.gongyu.allocation.SlotOffered} tells the notification module.
 *
 * <p>Limits: each slot goes to one winner (a pooled resource's units are not split among applicants). A waitlist's
 * offer is held for the resource's claim window ({@code waitlistClaimHours} of its booking policy).
 */
@ApplicationModule(displayName = "Allocation")
@NullMarked
package kr.gongyu.allocation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
