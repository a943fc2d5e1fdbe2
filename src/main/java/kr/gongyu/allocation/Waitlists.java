package kr.gongyu.allocation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import kr.gongyu.Seoul;
import kr.gongyu.allocation.WaitlistRefused.Reason;
import kr.gongyu.allocation.internal.WaitlistStore;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationId;
import kr.gongyu.reservation.ReservationStatus;
import kr.gongyu.reservation.Reservations;
import kr.gongyu.schedule.ResourceSchedules;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Waitlists of taken slots (issue 23, item 5), first-come or lottery: citizens join, see their place and any offer,
 * and leave. When the slot frees, the first in line is offered it as a held booking (see the module's doc).
 */
@Service
public class Waitlists {

    private final WaitlistStore store;
    private final ResourceSchedules schedules;
    private final Reservations reservations;
    private final Clock clock;

    Waitlists(WaitlistStore store, ResourceSchedules schedules, Reservations reservations, Clock clock) {
        this.store = store;
        this.schedules = schedules;
        this.reservations = reservations;
        this.clock = clock;
    }

    /**
     * Puts the account in line for a taken slot of the published resource; empty when there is no such resource.
     * Refused when the time is no slot of its calendar, has begun, is free, or the account has it booked or waits for
     * it already.
     */
    @Transactional
    public Optional<WaitlistEntryView> join(AccountId account, ResourceId resource, SlotTime slot) {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!slot.start().isAfter(now)) {
            throw new WaitlistRefused(Reason.SLOT_PAST);
        }
        var day = LocalDate.ofInstant(slot.start(), Seoul.ZONE);
        var calendar = schedules.calendar(resource, day, day);
        if (calendar.isEmpty()) {
            return Optional.empty();
        }
        var found = calendar.get().stream()
                .flatMap(one -> one.slots().stream())
                .filter(one -> one.start().equals(slot.start()) && one.end().equals(slot.end()))
                .findFirst()
                .orElseThrow(() -> new WaitlistRefused(Reason.NOT_A_SLOT));
        if (found.remaining() > 0) {
            throw new WaitlistRefused(Reason.SLOT_FREE);
        }
        if (reservations.holdsTime(account, resource, slot.start(), slot.end())) {
            throw new WaitlistRefused(Reason.ALREADY_BOOKED);
        }
        try {
            return store.find(store.insert(resource, account, slot, now)).map(this::view);
        } catch (DuplicateKeyException again) {
            throw new WaitlistRefused(Reason.ALREADY_ON_WAITLIST);
        }
    }

    /** The account's places in line, the soonest slot first. */
    @Transactional(readOnly = true)
    public List<WaitlistEntryView> of(AccountId account) {
        return store.of(account).stream().map(this::view).toList();
    }

    /**
     * Takes the account out of line; a booking held for it on offer is let go, and so offered to the next in line.
     * False: no such entry of the account.
     */
    @Transactional
    public boolean leave(AccountId account, long id) {
        var entry = store.find(id).filter(found -> found.account().equals(account));
        if (entry.isEmpty()) {
            return false;
        }
        var offer = entry.get().reservation();
        store.delete(id);
        if (offer != null) {
            reservations
                    .find(new ReservationId(offer))
                    .filter(held -> held.status() == ReservationStatus.HELD)
                    .ifPresent(held -> reservations.cancel(held.id(), account, "WAITLIST_LEFT"));
        }
        return true;
    }

    private WaitlistEntryView view(WaitlistStore.Entry entry) {
        var offer = entry.reservation() == null
                ? Optional.<Reservation>empty()
                : reservations.find(new ReservationId(entry.reservation()));
        return new WaitlistEntryView(
                entry.id(),
                entry.resource(),
                entry.slot(),
                entry.position(),
                offer.map(Reservation::id).orElse(null),
                offer.map(Reservation::holdExpiresAt).orElse(null));
    }
}
