package kr.gongyu.allocation.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import kr.gongyu.allocation.SlotTime;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationEvents.ReservationCancelled;
import kr.gongyu.reservation.ReservationEvents.ReservationConfirmed;
import kr.gongyu.reservation.ReservationEvents.ReservationRejected;
import kr.gongyu.reservation.ReservationEvents.ReservationRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows the bookings offered by a lottery or a waitlist, and the slots that free: a completed offer is claimed; a
 * booking cancelled, rejected or whose hold ran out frees its time, which goes first to the next applicant of a drawn
 * round covering it, else to the first in line on its waitlist. Heard at once, in the transaction of the change
 * (not after it commits): the freed slot is offered with the change or not at all, and no first-come booker can
 * take it in between.
 */
@Component
class SlotReleases {

    private final LotteryStore lotteries;
    private final LotteryOffers lotteryOffers;
    private final WaitlistStore waitlists;
    private final WaitlistOffers waitlistOffers;
    private final ResourceDirectory directory;
    private final Clock clock;

    SlotReleases(
            LotteryStore lotteries,
            LotteryOffers lotteryOffers,
            WaitlistStore waitlists,
            WaitlistOffers waitlistOffers,
            ResourceDirectory directory,
            Clock clock) {
        this.lotteries = lotteries;
        this.lotteryOffers = lotteryOffers;
        this.waitlists = waitlists;
        this.waitlistOffers = waitlistOffers;
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(ReservationConfirmed confirmed) {
        claimed(confirmed.reservation());
    }

    @EventListener
    @Transactional
    void on(ReservationRequested requested) {
        claimed(requested.reservation());
    }

    @EventListener
    @Transactional
    void on(ReservationCancelled cancelled) {
        freed(cancelled.reservation());
    }

    @EventListener
    @Transactional
    void on(ReservationRejected rejected) {
        freed(rejected.reservation());
    }

    private void claimed(Reservation booking) {
        if (booking.version() == 0) {
            return; // booked at once, never held: no offer of ours (and the booking path pays nothing for this)
        }
        lotteries.settleOffer(booking.id().value(), "CLAIMED");
        waitlists.deleteOffered(booking.id().value());
    }

    private void freed(Reservation booking) {
        lotteries.settleOffer(booking.id().value(), "PASSED");
        waitlists.deleteOffered(booking.id().value());
        var now = clock.instant();
        if (!booking.end().isAfter(now)) {
            return;
        }
        var drawn = lotteries.slotsWithin(booking.resource(), booking.start(), booking.end(), now, List.of("DRAWN"));
        var waited = waitlists.waitedFor(booking.resource(), booking.start(), booking.end());
        if (drawn.isEmpty() && waited.isEmpty()) {
            return;
        }
        // One offer decision at a time per resource, as one booking: two slots freed at once never go to one account
        // twice, nor one slot to two.
        if (directory.lockBookable(booking.resource()).isEmpty()) {
            return;
        }
        var given = new HashSet<SlotTime>();
        for (var slot : drawn) {
            if (lotteryOffers.passOn(slot.lottery(), slot.slot())) {
                given.add(slot.slot());
            }
        }
        waited.stream()
                .filter(slot -> !given.contains(slot))
                .forEach(slot -> waitlistOffers.offer(booking.resource(), slot));
    }
}
