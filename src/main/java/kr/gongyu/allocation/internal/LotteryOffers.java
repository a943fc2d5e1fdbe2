package kr.gongyu.allocation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import kr.gongyu.allocation.SlotOffered;
import kr.gongyu.allocation.SlotTime;
import kr.gongyu.allocation.internal.LotteryStore.Applicant;
import kr.gongyu.allocation.internal.LotteryStore.Round;
import kr.gongyu.reservation.Reservations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a drawn round offers (issue 23, item 4): each winner, in rank order, a booking held until the round's claim
 * deadline; a slot whose winner lets it pass, the next applicant in rank order who chose it and has had nothing yet,
 * with a fresh claim window; until the round's leftover instant, after which what is left is booked first-come. An
 * offer is never past the slot's start. Each application is offered at most once (a unique key), so a rerun of the
 * draw after a crash, or a second node, offers nothing twice.
 */
@Component
public class LotteryOffers {

    private final LotteryStore store;
    private final Reservations reservations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LotteryOffers(LotteryStore store, Reservations reservations, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.reservations = reservations;
        this.events = events;
        this.clock = clock;
    }

    /** After the draw, in its transaction: the winners' slots held for them, in rank order. */
    void award(Round round) {
        var now = clock.instant();
        // From the draw instant, or from now if the draw ran late: a winner always has the claim hours.
        var from = now.isAfter(round.drawAt()) ? now : round.drawAt();
        store.applications(round.id()).stream()
                .filter(application -> application.won() != null)
                .sorted(Comparator.comparing(application -> Objects.requireNonNull(application.rankKey())))
                .forEach(winner -> offer(
                        round,
                        new Applicant(winner.id(), winner.account()),
                        Objects.requireNonNull(winner.won()),
                        from.plus(Duration.ofHours(round.claimHours()))));
    }

    /**
     * A slot of the drawn round is free again: held for the next applicant in rank order who chose it, if any and
     * the leftover instant has not come. False when nobody was offered it.
     */
    boolean passOn(long lottery, SlotTime slot) {
        // The round is not locked (the draw locks it before the resource, and a freed slot may come with the resource
        // locked): the hold, made under the resource's lock, and one offer per application decide between racers.
        var round = store.find(lottery).orElseThrow();
        var now = clock.instant();
        if (!round.status().equals("DRAWN") || !now.isBefore(round.leftoverAt())) {
            return false;
        }
        var next = store.next(lottery, slot);
        return next.isPresent() && offer(round, next.get(), slot, now.plus(Duration.ofHours(round.claimHours())));
    }

    private boolean offer(Round round, Applicant applicant, SlotTime slot, Instant deadline) {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var until = deadline.isBefore(slot.start()) ? deadline : slot.start();
        if (!until.isAfter(now) || store.hasOffer(applicant.application())) {
            return false;
        }
        var held = reservations.holdFor(applicant.account(), round.resource(), slot.start(), slot.end(), until);
        held.ifPresent(booking -> {
            store.insertOffer(round.id(), applicant.application(), booking.id().value(), slot, now);
            events.publishEvent(new SlotOffered(booking, SlotOffered.Source.LOTTERY));
        });
        return held.isPresent();
    }
}
