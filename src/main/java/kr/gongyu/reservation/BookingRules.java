package kr.gongyu.reservation;

import static kr.gongyu.reservation.ReservationRefused.Reason.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.BookableResourceView;
import kr.gongyu.catalog.EligibilityType;
import kr.gongyu.reservation.BookingFacts.Booker;
import kr.gongyu.reservation.ReservationRefused.Reason;
import kr.gongyu.reservation.Reservations.Standing;
import kr.gongyu.schedule.BookedUnits;
import kr.gongyu.schedule.BookedUnits.Booking;
import kr.gongyu.schedule.ClosedReason;
import kr.gongyu.schedule.Interval;
import kr.gongyu.schedule.Slot;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a first-come booking, in the order they are checked: the first that refuses gives the reason.
 * Pure: they decide from the {@link BookingFacts} alone, read beforehand under the resource's lock, so they are
 * tested without a database.
 */
final class BookingRules {

    /** The most calendar days one booking may touch; a longer request is refused before any calendar is made. */
    static final int MAX_DAYS = 63;

    /** What the rules say of a request. */
    sealed interface Decision {

        /** The request may be booked. */
        record Allowed() implements Decision {}

        /** The request is refused, for the reason (the API's code). */
        record Refused(Reason reason) implements Decision {}
    }

    /** One rule: the reason it refuses the request for, or null when it lets the request through. */
    @FunctionalInterface
    interface Rule {
        @Nullable
        Reason refusal(RequestReservation request, BookingFacts facts);
    }

    private static final List<Rule> RULES = List.of(
            BookingRules::withinCapacity,
            BookingRules::withinQuantity,
            BookingRules::eligible,
            BookingRules::withinQuota,
            BookingRules::wholeOpenSlotsWithUnitsFree,
            BookingRules::notSetAside);

    private BookingRules() {}

    static Decision decide(RequestReservation request, BookingFacts facts) {
        for (var rule : RULES) {
            var reason = rule.refusal(request, facts);
            if (reason != null) {
                return new Decision.Refused(reason);
            }
        }
        return new Decision.Allowed();
    }

    /**
     * The rules of a hold another module offers (a lottery's winner, the first in line on a waitlist): past the
     * first-come rules (booking window, quota, set-aside time), but never more units than the resource has, nor
     * over the bookings that hold its time ({@code taken}).
     */
    static Decision decideOffer(RequestReservation request, BookableResourceView resource, List<Booking> taken) {
        return BookedUnits.fits(
                        taken, new Interval(request.start(), request.end()), request.units(), resource.quantity())
                ? new Decision.Allowed()
                : new Decision.Refused(SLOT_UNAVAILABLE);
    }

    /** Whether the request touches more calendar days than a booking may (its calendar is then not needed). */
    static boolean spansTooManyDays(RequestReservation request) {
        return ChronoUnit.DAYS.between(firstDay(request), lastDay(request)) >= MAX_DAYS;
    }

    static LocalDate firstDay(RequestReservation request) {
        return LocalDate.ofInstant(request.start(), Seoul.ZONE);
    }

    static LocalDate lastDay(RequestReservation request) {
        return LocalDate.ofInstant(request.end().minusNanos(1), Seoul.ZONE);
    }

    /** Whether eligibility needs to know the booker: not for a resource open to everyone booked in one's own name. */
    static boolean needsBooker(RequestReservation request, BookableResourceView resource) {
        return resource.eligibility() != EligibilityType.EVERYONE || request.organization() != null;
    }

    private static @Nullable Reason withinCapacity(RequestReservation request, BookingFacts facts) {
        return request.headcount() != null
                        && request.headcount() > facts.resource().capacity()
                ? CAPACITY_EXCEEDED
                : null;
    }

    private static @Nullable Reason withinQuantity(RequestReservation request, BookingFacts facts) {
        return request.units() > facts.resource().quantity() ? SLOT_UNAVAILABLE : null;
    }

    /** An account may book only for its own organisation, and only as the resource's eligibility allows. */
    private static @Nullable Reason eligible(RequestReservation request, BookingFacts facts) {
        if (!needsBooker(request, facts.resource())) {
            return null;
        }
        var booker = Objects.requireNonNull(facts.booker());
        if (request.organization() != null && !request.organization().equals(booker.organization())) {
            return NOT_ELIGIBLE;
        }
        return standing(booker, facts.resource(), facts.policy()).mayBook() ? null : NOT_ELIGIBLE;
    }

    /**
     * Who may book: everyone; residents of a region (the whole province for a 시·도 code); or organisations the
     * resource lists (Samcheok's 27 kindergartens and schools) or of a type its policy approves, booking
     * through their organisation accounts.
     */
    static Standing standing(Booker booker, BookableResourceView resource, BookingPolicy policy) {
        var organizationEligible = booker.organization() != null
                && (booker.organizationListed()
                        || booker.organizationType() != null
                                && policy.eligibleOrganizationTypes().contains(booker.organizationType()));
        return switch (resource.eligibility()) {
            case EVERYONE -> organizationEligible ? Standing.MAY_BOOK_FOR_ORGANIZATION : Standing.MAY_BOOK;
            case ORGANIZATIONS -> {
                if (booker.organization() == null) {
                    yield Standing.NO_ORGANIZATION;
                }
                yield organizationEligible ? Standing.MAY_BOOK_FOR_ORGANIZATION : Standing.ORGANIZATION_NOT_ELIGIBLE;
            }
            case RESIDENTS -> {
                var region = resource.eligibleRegion();
                var home = booker.residenceRegionCode();
                if (home == null) {
                    yield Standing.NO_RESIDENCE;
                }
                yield region != null
                                && (home.equals(region.value())
                                        || region.province().equals(region)
                                                && home.startsWith(
                                                        region.value().substring(0, 2)))
                        ? Standing.MAY_BOOK
                        : Standing.OTHER_RESIDENCE;
            }
        };
    }

    /** The resource's per-person limits: open bookings at once, and bookings in the month of the start. */
    private static @Nullable Reason withinQuota(RequestReservation request, BookingFacts facts) {
        var policy = facts.policy();
        if (policy.maxActivePerUser() != null && facts.activeBookings() >= policy.maxActivePerUser()) {
            return QUOTA_EXCEEDED;
        }
        if (policy.maxPerUserPerMonth() != null && facts.bookingsInMonth() >= policy.maxPerUserPerMonth()) {
            return QUOTA_EXCEEDED;
        }
        return null;
    }

    /** The requested time must be whole consecutive slots the calendar offers, each with the units free. */
    private static @Nullable Reason wholeOpenSlotsWithUnitsFree(RequestReservation request, BookingFacts facts) {
        var calendar = facts.calendar();
        if (spansTooManyDays(request) || calendar == null) {
            return OUTSIDE_OPENING_HOURS;
        }
        var covered = new ArrayList<Slot>();
        for (var day : calendar.days()) {
            if (!day.open()) {
                return day.reason() == ClosedReason.OUTSIDE_WINDOW ? OUTSIDE_BOOKING_WINDOW : OUTSIDE_OPENING_HOURS;
            }
            day.slots().stream()
                    .filter(slot -> !slot.start().isBefore(request.start())
                            && !slot.end().isAfter(request.end()))
                    .forEach(covered::add);
        }
        // Every day is open, so the resource has rules.
        var rules = Objects.requireNonNull(calendar.rules());
        if (!rules.bookingWindow().takesBookingsFor(request.start(), facts.now())) {
            return OUTSIDE_BOOKING_WINDOW; // a slot past its closing hours, on an open day
        }
        var wholeSlots = !covered.isEmpty()
                && covered.getFirst().start().equals(request.start())
                && covered.getLast().end().equals(request.end());
        for (int n = 1; wholeSlots && n < covered.size(); n++) {
            // Consecutive slots touch, except that a multi-day booking runs from one day's opening to the next's.
            wholeSlots = rules.multiDay()
                    || covered.get(n - 1).end().equals(covered.get(n).start());
        }
        if (!wholeSlots || covered.size() < rules.minSlots() || covered.size() > rules.maxSlots()) {
            return OUTSIDE_OPENING_HOURS;
        }
        return covered.stream().anyMatch(slot -> slot.remaining() < request.units()) ? SLOT_UNAVAILABLE : null;
    }

    private static @Nullable Reason notSetAside(RequestReservation request, BookingFacts facts) {
        return facts.setAside() ? IN_LOTTERY : null;
    }
}
