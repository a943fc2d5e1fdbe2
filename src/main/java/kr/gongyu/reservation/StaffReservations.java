package kr.gongyu.reservation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.gongyu.catalog.BookableResourceView;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.identity.AccountId;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.reservation.ReservationEvents.ReservationAwaitingPayment;
import kr.gongyu.reservation.ReservationEvents.ReservationCancelled;
import kr.gongyu.reservation.ReservationEvents.ReservationConfirmed;
import kr.gongyu.reservation.ReservationEvents.ReservationDiscountRefused;
import kr.gongyu.reservation.ReservationEvents.ReservationNoShow;
import kr.gongyu.reservation.ReservationEvents.ReservationRejected;
import kr.gongyu.schedule.BookedUnits;
import kr.gongyu.schedule.BookedUnits.Booking;
import kr.gongyu.schedule.Interval;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institution's side of reservations: approve or reject requests, cancel for public need, and record who
 * came. Each acts only on bookings of the institution's own resources; any other id is as good as unknown.
 */
@Service
public class StaffReservations {

    /** What a requester is told when staff approved a competing request for the same time. */
    static final String COLLISION_REASON = "같은 시간에 다른 신청이 승인되었습니다. (Another request for this time was approved.)";

    private final ReservationStore store;
    private final ResourceDirectory directory;
    private final BookedUnits booked;
    private final ReservationPrices prices;
    private final PaymentDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffReservations(
            ReservationStore store,
            ResourceDirectory directory,
            BookedUnits booked,
            ReservationPrices prices,
            PaymentDeadlines deadlines,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.directory = directory;
        this.booked = booked;
        this.prices = prices;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    /** An approval, with the competing requests it left no room for and which were rejected with it. */
    public record Approval(Reservation approved, List<Reservation> rejected) {}

    /**
     * Approves a pending request if its time is still free (confirmed, or waiting for its payment if priced), then
     * rejects the pending requests that now no longer fit beside the bookings that hold their time. Empty if the institution has no such booking.
     */
    @Transactional
    public Optional<Approval> approve(InstitutionId institution, ReservationId id) {
        return ofInstitution(institution, id).map(request -> {
            var now = clock.instant();
            var confirmed =
                    request.approve(deadlines.payBy(request.resource(), prices.of(request), request.start(), now));
            var quantity = directory
                    .lockBookable(request.resource())
                    .orElseThrow(() -> new ReservationRefused(ReservationRefused.Reason.SLOT_UNAVAILABLE))
                    .quantity();
            if (!fits(request, quantity)) {
                throw new ReservationRefused(ReservationRefused.Reason.SLOT_UNAVAILABLE);
            }
            var approved = store.update(confirmed, now);
            events.publishEvent(
                    approved.status() == ReservationStatus.PAYMENT_DUE
                            ? new ReservationAwaitingPayment(approved)
                            : new ReservationConfirmed(approved));
            var rejected = new ArrayList<Reservation>();
            for (var competing : store.pendingOverlapping(approved.resource(), approved.start(), approved.end())) {
                if (!fits(competing, quantity)) {
                    var turnedDown = store.update(competing.reject(COLLISION_REASON), clock.instant());
                    events.publishEvent(new ReservationRejected(turnedDown));
                    rejected.add(turnedDown);
                }
            }
            return new Approval(approved, rejected);
        });
    }

    private boolean fits(Reservation request, int quantity) {
        var time = new Interval(request.start(), request.end());
        return BookedUnits.fits(booked.overlapping(request.resource(), time), time, request.units(), quantity);
    }

    /**
     * What competes with a request for its time on the same resource: the other requests waiting, the bookings
     * that hold the time, and how many of the resource's units those leave free (for a pooled resource).
     */
    public record Collisions(List<Reservation> pending, List<Reservation> booked, int quantity, int unitsFree) {

        public boolean any() {
            return !pending.isEmpty() || !booked.isEmpty();
        }
    }

    /** What competes with the institution's request; empty if the institution has no such booking. */
    @Transactional(readOnly = true)
    public Optional<Collisions> collisions(InstitutionId institution, ReservationId id) {
        return ofInstitution(institution, id).map(request -> {
            var pending = store.pendingOverlapping(request.resource(), request.start(), request.end()).stream()
                    .filter(other -> !other.id().equals(request.id()))
                    .toList();
            var booked = store.holdingOverlapping(request.resource(), request.start(), request.end()).stream()
                    .filter(other -> !other.id().equals(request.id()))
                    .toList();
            var quantity = directory
                    .terms(request.resource())
                    .map(BookableResourceView::quantity)
                    .orElse(1);
            var held = booked.stream()
                    .map(other -> new Booking(new Interval(other.start(), other.end()), other.units()))
                    .toList();
            var time = new Interval(request.start(), request.end());
            return new Collisions(pending, booked, quantity, Math.max(0, quantity - BookedUnits.peak(held, time)));
        });
    }

    /** Rejects a pending request, with the reason the requester is told. */
    @Transactional
    public Optional<Reservation> reject(InstitutionId institution, ReservationId id, String reason) {
        return ofInstitution(institution, id).map(request -> {
            var rejected = store.update(request.reject(reason), clock.instant());
            events.publishEvent(new ReservationRejected(rejected));
            return rejected;
        });
    }

    /** Cancels a booking for public need: the booker is refunded in full and told the reason. */
    @Transactional
    public Optional<Reservation> cancel(InstitutionId institution, ReservationId id, String reason) {
        return ofInstitution(institution, id).map(found -> cancelForPublicNeed(found, reason));
    }

    Reservation cancelForPublicNeed(Reservation booking, String reason) {
        var cancelled = store.update(booking.cancel(CancelledBy.INSTITUTION, reason, 100), clock.instant());
        events.publishEvent(new ReservationCancelled(cancelled));
        return cancelled;
    }

    /** One of the institution's bookings; empty for another's or none. */
    @Transactional(readOnly = true)
    public Optional<Reservation> find(InstitutionId institution, ReservationId id) {
        return ofInstitution(institution, id);
    }

    /**
     * Refuses the fee exemption (감면) the booker claimed, as staff may when no evidence was shown: the price goes
     * back to full and the booker is told why. Only for a request, a booking awaiting payment or a confirmed one: a
     * hold is still the booker's to change.
     */
    @Transactional
    public Optional<Reservation> refuseDiscount(
            InstitutionId institution, ReservationId id, String reason, AccountId by) {
        return ofInstitution(institution, id).map(found -> {
            if (found.status() != ReservationStatus.PENDING_APPROVAL
                    && found.status() != ReservationStatus.PAYMENT_DUE
                    && found.status() != ReservationStatus.CONFIRMED) {
                throw new ReservationRefused(ReservationRefused.Reason.INVALID_STATE);
            }
            prices.refuseDiscount(found, reason, by, clock.instant());
            events.publishEvent(new ReservationDiscountRefused(found, reason));
            return found;
        });
    }

    /** Records that the booker arrived. */
    @Transactional
    public Optional<Reservation> checkIn(InstitutionId institution, ReservationId id) {
        return ofInstitution(institution, id)
                .map(found -> store.update(found.checkIn(clock.instant()), clock.instant()));
    }

    /** Records that the booker did not come; the rest of the booking's time is free again. */
    @Transactional
    public Optional<Reservation> noShow(InstitutionId institution, ReservationId id) {
        return ofInstitution(institution, id).map(found -> {
            var missed = store.update(found.noShow(clock.instant()), clock.instant());
            events.publishEvent(new ReservationNoShow(missed));
            return missed;
        });
    }

    private Optional<Reservation> ofInstitution(InstitutionId institution, ReservationId id) {
        return store.find(id)
                .filter(found -> directory
                        .owner(found.resource())
                        .filter(institution::equals)
                        .isPresent());
    }
}
