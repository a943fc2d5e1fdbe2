package kr.gongyu.reservation;

import static kr.gongyu.reservation.ReservationRefused.Reason.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.BookableResourceView;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.EligibilityType;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.catalog.SiteId;
import kr.gongyu.identity.AccountId;
import kr.gongyu.identity.OrganizationType;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.reservation.BookingFacts.Booker;
import kr.gongyu.reservation.BookingRules.Decision;
import kr.gongyu.reservation.ReservationRefused.Reason;
import kr.gongyu.schedule.BookedUnits.Booking;
import kr.gongyu.schedule.BookingWindow;
import kr.gongyu.schedule.ClosedDays;
import kr.gongyu.schedule.ClosedReason;
import kr.gongyu.schedule.DayAvailability;
import kr.gongyu.schedule.Interval;
import kr.gongyu.schedule.OpeningRules;
import kr.gongyu.schedule.ResourceSchedules.Calendar;
import kr.gongyu.schedule.Slot;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The first-come booking rules, from facts made by hand: every refusal they give, and the allowance. */
class BookingRulesTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 16);
    private static final Instant NOW =
            DAY.minusDays(3).atTime(9, 0).atZone(Seoul.ZONE).toInstant();
    private static final AccountId BOOKER = new AccountId(7);
    private static final long ORGANIZATION = 42;

    /** The facts of one test: a 2-unit resource open to everyone with hourly slots from 10:00 to 14:00. */
    private final class Facts {
        EligibilityType eligibility = EligibilityType.EVERYONE;

        @Nullable
        RegionCode region;

        BookingPolicy policy = BookingPolicy.lenient();

        @Nullable
        Booker booker;

        long active;
        long inMonth;
        int minSlots = 1;
        int maxSlots = 3;
        Duration closesBefore = Duration.ZERO;
        List<DayAvailability> days = List.of(open(DAY, 2));
        boolean setAside;

        BookingFacts facts() {
            var resource = new BookableResourceView(
                    new ResourceId(1),
                    new SiteId(1),
                    ResourceKind.SPACE,
                    10,
                    2,
                    Confirmation.INSTANT,
                    eligibility,
                    region,
                    null);
            var rules = new OpeningRules(
                    List.of(),
                    List.of(),
                    ClosedDays.none(),
                    false,
                    Set.of(),
                    60,
                    minSlots,
                    maxSlots,
                    Duration.ZERO,
                    new BookingWindow(30, null, closesBefore),
                    false);
            return new BookingFacts(
                    resource, policy, booker, active, inMonth, new Calendar(rules, days), setAside, NOW);
        }
    }

    private static DayAvailability open(LocalDate date, int remaining) {
        var slots = new ArrayList<Slot>();
        for (var hour = 10; hour < 14; hour++) {
            slots.add(new Slot(
                    date.atTime(hour, 0).atZone(Seoul.ZONE).toInstant(),
                    date.atTime(hour + 1, 0).atZone(Seoul.ZONE).toInstant(),
                    remaining));
        }
        return new DayAvailability(date, true, null, slots);
    }

    private static RequestReservation request(LocalTime from, LocalTime to, int units) {
        return request(from, to, units, null, null);
    }

    private static RequestReservation request(
            LocalTime from, LocalTime to, int units, @Nullable Integer headcount, @Nullable Long organization) {
        return new RequestReservation(
                BOOKER,
                new ResourceId(1),
                DAY.atTime(from).atZone(Seoul.ZONE).toInstant(),
                DAY.atTime(to).atZone(Seoul.ZONE).toInstant(),
                units,
                headcount,
                null,
                organization,
                false,
                null);
    }

    private static final RequestReservation TEN_TO_TWELVE = request(LocalTime.of(10, 0), LocalTime.of(12, 0), 2);

    private static @Nullable Reason refusal(RequestReservation request, Facts facts) {
        return BookingRules.decide(request, facts.facts()) instanceof Decision.Refused(var reason) ? reason : null;
    }

    @Test
    void wholeConsecutiveSlotsWithTheUnitsFreeAreAllowed() {
        assertThat(BookingRules.decide(TEN_TO_TWELVE, new Facts().facts())).isInstanceOf(Decision.Allowed.class);
    }

    @Test
    void moreGuestsThanTheResourceHoldsExceedItsCapacity() {
        assertThat(refusal(request(LocalTime.of(10, 0), LocalTime.of(11, 0), 1, 11, null), new Facts()))
                .isEqualTo(CAPACITY_EXCEEDED);
        assertThat(refusal(request(LocalTime.of(10, 0), LocalTime.of(11, 0), 1, 10, null), new Facts()))
                .isNull();
    }

    @Test
    void moreUnitsThanTheResourceHasAreUnavailable() {
        assertThat(refusal(request(LocalTime.of(10, 0), LocalTime.of(11, 0), 3), new Facts()))
                .isEqualTo(SLOT_UNAVAILABLE);
    }

    @Test
    void aSlotWithoutTheUnitsFreeIsUnavailable() {
        var facts = new Facts();
        facts.days = List.of(open(DAY, 1));
        assertThat(refusal(TEN_TO_TWELVE, facts)).isEqualTo(SLOT_UNAVAILABLE);
        assertThat(refusal(request(LocalTime.of(10, 0), LocalTime.of(12, 0), 1), facts))
                .isNull();
    }

    @Test
    void anAccountBooksOnlyForItsOwnOrganization() {
        var facts = new Facts();
        facts.booker = new Booker(ORGANIZATION + 1, OrganizationType.SCHOOL, false, null);
        assertThat(refusal(request(LocalTime.of(10, 0), LocalTime.of(11, 0), 1, null, ORGANIZATION), facts))
                .isEqualTo(NOT_ELIGIBLE);
        facts.booker = new Booker(ORGANIZATION, OrganizationType.SCHOOL, false, null);
        assertThat(refusal(request(LocalTime.of(10, 0), LocalTime.of(11, 0), 1, null, ORGANIZATION), facts))
                .isNull();
    }

    @Test
    void onlyResidentsOfTheRegionOrItsProvinceMayBookAResidentsResource() {
        var facts = new Facts();
        facts.eligibility = EligibilityType.RESIDENTS;
        facts.region = new RegionCode("51230");
        facts.booker = new Booker(null, null, false, null);
        assertThat(refusal(TEN_TO_TWELVE, facts)).as("no residence").isEqualTo(NOT_ELIGIBLE);
        facts.booker = new Booker(null, null, false, "51210");
        assertThat(refusal(TEN_TO_TWELVE, facts)).as("another city").isEqualTo(NOT_ELIGIBLE);
        facts.booker = new Booker(null, null, false, "51230");
        assertThat(refusal(TEN_TO_TWELVE, facts)).isNull();
        facts.region = new RegionCode("51000");
        facts.booker = new Booker(null, null, false, "51210");
        assertThat(refusal(TEN_TO_TWELVE, facts)).as("anywhere in the province").isNull();
    }

    @Test
    void onlyListedOrApprovedOrganizationsMayBookAnOrganizationsResource() {
        var facts = new Facts();
        facts.eligibility = EligibilityType.ORGANIZATIONS;
        facts.booker = new Booker(null, null, false, "51230");
        assertThat(refusal(TEN_TO_TWELVE, facts)).as("no organisation").isEqualTo(NOT_ELIGIBLE);
        facts.booker = new Booker(ORGANIZATION, OrganizationType.CLUB, false, null);
        assertThat(refusal(TEN_TO_TWELVE, facts))
                .as("neither listed nor approved")
                .isEqualTo(NOT_ELIGIBLE);
        facts.booker = new Booker(ORGANIZATION, OrganizationType.CLUB, true, null);
        assertThat(refusal(TEN_TO_TWELVE, facts)).as("listed").isNull();
        facts.booker = new Booker(ORGANIZATION, OrganizationType.SCHOOL, false, null);
        facts.policy = new BookingPolicy(null, null, new TreeMap<>(), Set.of(OrganizationType.SCHOOL), 24, 24);
        assertThat(refusal(TEN_TO_TWELVE, facts)).as("of an approved type").isNull();
    }

    @Test
    void theQuotaLimitsBookingsAtOnceAndInAMonth() {
        var facts = new Facts();
        facts.policy = new BookingPolicy(2, 5, new TreeMap<>(), Set.of(), 24, 24);
        facts.active = 1;
        facts.inMonth = 4;
        assertThat(refusal(TEN_TO_TWELVE, facts)).isNull();
        facts.active = 2;
        assertThat(refusal(TEN_TO_TWELVE, facts)).as("at once").isEqualTo(QUOTA_EXCEEDED);
        facts.active = 0;
        facts.inMonth = 5;
        assertThat(refusal(TEN_TO_TWELVE, facts)).as("in the month").isEqualTo(QUOTA_EXCEEDED);
    }

    @Test
    void aClosedDayIsOutsideTheOpeningHours() {
        var facts = new Facts();
        facts.days = List.of(new DayAvailability(DAY, false, ClosedReason.HOLIDAY, List.of()));
        assertThat(refusal(TEN_TO_TWELVE, facts)).isEqualTo(OUTSIDE_OPENING_HOURS);
    }

    @Test
    void aDayNotYetOrNoLongerBookableIsOutsideTheBookingWindow() {
        var facts = new Facts();
        facts.days = List.of(new DayAvailability(DAY, false, ClosedReason.OUTSIDE_WINDOW, List.of()));
        assertThat(refusal(TEN_TO_TWELVE, facts)).isEqualTo(OUTSIDE_BOOKING_WINDOW);
    }

    @Test
    void aSlotPastItsClosingTimeIsOutsideTheBookingWindow() {
        var facts = new Facts();
        facts.closesBefore = Duration.ofDays(4);
        assertThat(refusal(TEN_TO_TWELVE, facts)).isEqualTo(OUTSIDE_BOOKING_WINDOW);
    }

    @Test
    void onlyWholeConsecutiveSlotsWithinTheirNumberAreOpen() {
        var facts = new Facts();
        assertThat(refusal(request(LocalTime.of(10, 30), LocalTime.of(12, 0), 1), facts))
                .as("half a slot")
                .isEqualTo(OUTSIDE_OPENING_HOURS);
        assertThat(refusal(request(LocalTime.of(8, 0), LocalTime.of(9, 0), 1), facts))
                .as("no slot")
                .isEqualTo(OUTSIDE_OPENING_HOURS);
        assertThat(refusal(request(LocalTime.of(10, 0), LocalTime.of(14, 0), 1), facts))
                .as("more slots than one booking takes")
                .isEqualTo(OUTSIDE_OPENING_HOURS);
        facts.minSlots = 3;
        assertThat(refusal(TEN_TO_TWELVE, facts)).as("fewer").isEqualTo(OUTSIDE_OPENING_HOURS);
    }

    @Test
    void slotsWithAGapBetweenThemAreNotOneBooking() {
        var facts = new Facts();
        var slots = new ArrayList<>(open(DAY, 2).slots());
        slots.remove(1);
        facts.days = List.of(new DayAvailability(DAY, true, null, slots));
        assertThat(refusal(request(LocalTime.of(10, 0), LocalTime.of(13, 0), 1), facts))
                .isEqualTo(OUTSIDE_OPENING_HOURS);
    }

    @Test
    void aRequestOverMoreDaysThanABookingMayTouchIsOutsideTheOpeningHours() {
        var request = new RequestReservation(
                BOOKER,
                new ResourceId(1),
                DAY.atTime(10, 0).atZone(Seoul.ZONE).toInstant(),
                DAY.plusDays(BookingRules.MAX_DAYS)
                        .atTime(11, 0)
                        .atZone(Seoul.ZONE)
                        .toInstant(),
                1,
                null,
                null,
                null,
                false,
                null);
        assertThat(BookingRules.spansTooManyDays(request)).isTrue();
        var facts = new Facts();
        assertThat(BookingRules.decide(
                        request,
                        new BookingFacts(facts.facts().resource(), facts.policy, null, 0, 0, null, false, NOW)))
                .isEqualTo(new Decision.Refused(OUTSIDE_OPENING_HOURS));
    }

    @Test
    void anOfferedHoldSkipsTheFirstComeRulesButNeverExceedsTheUnitsBooked() {
        var facts = new Facts();
        facts.policy = new BookingPolicy(1, null, new TreeMap<>(), Set.of(), 24, 24);
        facts.active = 1;
        facts.setAside = true;
        var resource = facts.facts().resource(); // 2 units
        var held = request(LocalTime.of(10, 0), LocalTime.of(11, 0), 1);
        var oneBooked = List.of(booking(LocalTime.of(9, 0), LocalTime.of(10, 30), 1));
        var twoBooked = List.of(
                booking(LocalTime.of(9, 0), LocalTime.of(10, 30), 1),
                booking(LocalTime.of(10, 15), LocalTime.of(12, 0), 1));
        var twoApart = List.of(
                booking(LocalTime.of(9, 0), LocalTime.of(10, 15), 1),
                booking(LocalTime.of(10, 30), LocalTime.of(12, 0), 1));

        assertThat(BookingRules.decideOffer(held, resource, oneBooked)).isEqualTo(new Decision.Allowed());
        assertThat(BookingRules.decideOffer(held, resource, twoApart)).isEqualTo(new Decision.Allowed());
        assertThat(BookingRules.decideOffer(held, resource, twoBooked))
                .isEqualTo(new Decision.Refused(SLOT_UNAVAILABLE));
        assertThat(BookingRules.decideOffer(request(LocalTime.of(10, 0), LocalTime.of(11, 0), 3), resource, List.of()))
                .isEqualTo(new Decision.Refused(SLOT_UNAVAILABLE));
    }

    private static Booking booking(LocalTime from, LocalTime to, int units) {
        return new Booking(
                new Interval(
                        DAY.atTime(from).atZone(Seoul.ZONE).toInstant(),
                        DAY.atTime(to).atZone(Seoul.ZONE).toInstant()),
                units);
    }

    @Test
    void timeALotteryCoversIsNotBookedFirstCome() {
        var facts = new Facts();
        facts.setAside = true;
        assertThat(refusal(TEN_TO_TWELVE, facts)).isEqualTo(IN_LOTTERY);
    }

    @Test
    void theFirstRuleThatRefusesGivesTheReason() {
        var facts = new Facts();
        facts.policy = new BookingPolicy(1, null, new TreeMap<>(), Set.of(), 24, 24);
        facts.active = 1;
        facts.setAside = true;
        facts.days = List.of(new DayAvailability(DAY, false, ClosedReason.CLOSURE, List.of()));
        assertThat(refusal(request(LocalTime.of(10, 0), LocalTime.of(11, 0), 1, 11, null), facts))
                .isEqualTo(CAPACITY_EXCEEDED);
        assertThat(refusal(TEN_TO_TWELVE, facts)).isEqualTo(QUOTA_EXCEEDED);
        facts.active = 0;
        assertThat(refusal(TEN_TO_TWELVE, facts)).isEqualTo(OUTSIDE_OPENING_HOURS);
    }
}
