package kr.gongyu.allocation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import kr.gongyu.allocation.SlotOffered;
import kr.gongyu.allocation.SlotTime;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.reservation.BookingPolicies;
import kr.gongyu.reservation.BookingPolicy;
import kr.gongyu.reservation.Reservations;
import kr.gongyu.schedule.OpeningRulesSpec;
import kr.gongyu.schedule.ResourceSchedules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Offers a freed slot to the first in line on its waitlist: a booking held for the resource's claim window, never past the
 * resource's booking closing time; when that hold ends unclaimed, the slot frees again and the next is offered it.
 */
@Component
class WaitlistOffers {

    private final WaitlistStore store;
    private final Reservations reservations;
    private final ResourceSchedules schedules;
    private final BookingPolicies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WaitlistOffers(
            WaitlistStore store,
            Reservations reservations,
            ResourceSchedules schedules,
            BookingPolicies policies,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.reservations = reservations;
        this.schedules = schedules;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /** Offers the slot to those first in line, as many as it has room for; under the resource's lock (the caller's). */
    void offer(ResourceId resource, SlotTime slot) {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var closesBefore = Duration.ofHours(schedules
                .rulesOf(resource)
                .map(OpeningRulesSpec::bookingClosesHoursBefore)
                .orElse(0));
        var closing = slot.start().minus(closesBefore);
        var window = policies.of(resource).orElseGet(BookingPolicy::lenient).waitlistClaimHours();
        var claim = now.plus(Duration.ofHours(window));
        var until = claim.isBefore(closing) ? claim : closing;
        if (!until.isAfter(now)) {
            return; // too late to book it: the line waits in vain, and is told nothing
        }
        for (var first = store.firstWaiting(resource, slot);
                first.isPresent();
                first = store.firstWaiting(resource, slot)) {
            var entry = first.get();
            var held = reservations.holdFor(entry.account(), resource, slot.start(), slot.end(), until);
            if (held.isEmpty()) {
                return;
            }
            store.offered(entry.id(), held.get().id().value());
            events.publishEvent(new SlotOffered(held.get(), SlotOffered.Source.WAITLIST));
        }
    }
}
