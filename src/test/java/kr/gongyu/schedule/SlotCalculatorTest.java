package kr.gongyu.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import kr.gongyu.Seoul;
import kr.gongyu.schedule.BookedUnits.Booking;
import kr.gongyu.schedule.OpeningRulesSpec.ReleaseSpec;
import kr.gongyu.schedule.OpeningRulesSpec.WindowSpec;
import kr.gongyu.schedule.SlotCalculator.Dates;
import kr.gongyu.schedule.SlotCalculator.Occupancy;
import org.junit.jupiter.api.Test;

class SlotCalculatorTest {

    /** Monday 2027-03-01 09:00 in Seoul (삼일절). */
    private static final Clock NOW =
            Clock.fixed(ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, Seoul.ZONE).toInstant(), Seoul.ZONE);

    private static final Dates KOREAN_DATES = new Dates(KoreanPublicHolidays::isHoliday, date -> false);
    private static final Occupancy NOTHING = new Occupancy(List.of(), List.of(), List.of());
    private static final List<String> WEEKDAYS = List.of("MON", "TUE", "WED", "THU", "FRI");
    private static final List<String> WEEKEND = List.of("SAT", "SUN");

    @Test
    void suwonOpensOnWeekdayNightsAndAtWeekendsInHours() {
        var rules = rules(List.of(window(WEEKDAYS, "18:00", "22:00"), window(WEEKEND, "09:00", "18:00")), 60);
        var tuesday = day(rules, 1, LocalDate.of(2027, 3, 2), NOTHING);
        assertThat(tuesday.open()).isTrue();
        assertThat(tuesday.slots())
                .extracting(s -> s.start().atZone(Seoul.ZONE).toLocalTime())
                .containsExactly(LocalTime.of(18, 0), LocalTime.of(19, 0), LocalTime.of(20, 0), LocalTime.of(21, 0));
        var saturday = day(rules, 1, LocalDate.of(2027, 3, 6), NOTHING);
        assertThat(saturday.slots()).hasSize(9).allMatch(s -> s.remaining() == 1);
        assertThat(saturday.slots().getFirst().start())
                .as("09:00 in Seoul, nine hours ahead of UTC")
                .isEqualTo(Instant.parse("2027-03-06T00:00:00Z"));
    }

    @Test
    void closesOnAPublicHolidayWhenTheRulesSaySo() {
        var rules = spec(List.of(window(WEEKDAYS, "09:00", "18:00")), 60, true);
        assertThat(day(rules.toRules(), 1, LocalDate.of(2027, 3, 1), NOTHING))
                .as("삼일절 2027")
                .matches(d -> !d.open() && d.reason() == ClosedReason.HOLIDAY);
        var open = spec(List.of(window(WEEKDAYS, "09:00", "18:00")), 60, false);
        assertThat(day(open.toRules(), 1, LocalDate.of(2027, 3, 1), NOTHING).open())
                .isTrue();
    }

    @Test
    void aWeekdayWithoutWindowsIsAClosedDay() {
        var rules = rules(List.of(window(WEEKEND, "09:00", "18:00")), 60);
        assertThat(day(rules, 1, LocalDate.of(2027, 3, 3), NOTHING).reason()).isEqualTo(ClosedReason.CLOSED_DAY);
    }

    @Test
    void aVolunteerWindowOpensOnlyWhereAStaffedShiftCoversIt() {
        var rules = rules(List.of(new WindowSpec(WEEKEND, "09:00", "18:00", true)), 60);
        var saturday = LocalDate.of(2027, 3, 6);
        assertThat(day(rules, 1, saturday, NOTHING))
                .as("nobody on duty")
                .matches(d -> !d.open() && d.reason() == ClosedReason.CLOSED_DAY);
        var morningShift = new Interval(at(saturday, 9), at(saturday, 13));
        var staffed = day(rules, 1, saturday, new Occupancy(List.of(), List.of(morningShift), List.of()));
        assertThat(staffed.slots())
                .extracting(s -> s.start().atZone(Seoul.ZONE).getHour())
                .containsExactly(9, 10, 11, 12);
    }

    @Test
    void chungnamsLobbyRoomsGoInHalfHoursAllDay() {
        var rules =
                rules(List.of(window(List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), "07:00", "22:00")), 30);
        assertThat(day(rules, 1, LocalDate.of(2027, 3, 3), NOTHING).slots()).hasSize(30);
    }

    @Test
    void aMultiDayResourceOffersEachDayWhole() {
        var spec = new OpeningRulesSpec(
                List.of(window(List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), "09:00", "18:00")),
                null,
                null,
                false,
                null,
                null,
                1,
                14,
                0,
                90,
                null,
                24,
                true);
        var days = calendar(spec.toRules(), 1, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 19), NOTHING);
        assertThat(days)
                .hasSize(10)
                .allSatisfy(d -> assertThat(d.slots())
                        .singleElement()
                        .matches(s -> s.start().atZone(Seoul.ZONE).getHour() == 9
                                && s.end().atZone(Seoul.ZONE).getHour() == 18));
    }

    @Test
    void datesBeyondTheBookingWindowAndPastDatesAreOutsideIt() {
        var rules = rules(List.of(window(WEEKDAYS, "09:00", "18:00")), 60);
        assertThat(day(rules, 1, LocalDate.of(2027, 2, 26), NOTHING).reason()).isEqualTo(ClosedReason.OUTSIDE_WINDOW);
        assertThat(day(rules, 1, LocalDate.of(2027, 3, 31), NOTHING).open()).isTrue();
        assertThat(day(rules, 1, LocalDate.of(2027, 4, 1), NOTHING).reason()).isEqualTo(ClosedReason.OUTSIDE_WINDOW);
    }

    @Test
    void aMonthlyReleaseOpensTheNextMonthAtTheReleaseInstant() {
        var spec = new OpeningRulesSpec(
                List.of(window(WEEKEND, "09:00", "18:00")),
                null,
                null,
                false,
                null,
                60,
                1,
                2,
                0,
                0,
                new ReleaseSpec(1, "10:00", 1),
                0,
                false);
        var aprilSaturday = LocalDate.of(2027, 4, 3);
        assertThat(day(spec.toRules(), 1, aprilSaturday, NOTHING).reason())
                .as("09:00 on March 1st: April not yet released")
                .isEqualTo(ClosedReason.OUTSIDE_WINDOW);
        var afterRelease = Clock.offset(NOW, java.time.Duration.ofHours(1));
        assertThat(SlotCalculator.calendar(
                                spec.toRules(), 1, aprilSaturday, aprilSaturday, KOREAN_DATES, NOTHING, afterRelease)
                        .getFirst()
                        .open())
                .isTrue();
    }

    @Test
    void slotsTooCloseToTheirStartAreNoLongerOffered() {
        var spec = new OpeningRulesSpec(
                List.of(window(WEEKDAYS, "09:00", "18:00")), null, null, false, null, 60, 1, 2, 0, 30, null, 2, false);
        var today = day(spec.toRules(), 1, LocalDate.of(2027, 3, 1), NOTHING);
        assertThat(today.slots().getFirst().start().atZone(Seoul.ZONE).getHour())
                .as("09:00 now, closes 2 hours before")
                .isEqualTo(11);
    }

    @Test
    void bookingsTakeUnitsOfAPool() {
        var rules =
                rules(List.of(window(List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), "00:00", "24:00")), 60);
        var date = LocalDate.of(2027, 3, 6);
        var bookings = List.of(
                new Booking(new Interval(at(date, 10), at(date, 14)), 10),
                new Booking(new Interval(at(date, 12), at(date, 13)), 15),
                new Booking(new Interval(at(date, 13), at(date, 15)), 5));
        var day = day(rules, 50, date, new Occupancy(List.of(), List.of(), bookings));
        assertThat(day.slots()).hasSize(24);
        assertThat(day.slots().get(9).remaining()).isEqualTo(50);
        assertThat(day.slots().get(10).remaining()).isEqualTo(40);
        assertThat(day.slots().get(12).remaining()).isEqualTo(25);
        assertThat(day.slots().get(13).remaining()).isEqualTo(35);
        assertThat(day.slots().get(14).remaining()).isEqualTo(45);
    }

    @Test
    void theBufferKeepsTheNeighbouringSlotsOfABookingFree() {
        var spec = new OpeningRulesSpec(
                List.of(window(WEEKEND, "09:00", "18:00")), null, null, false, null, 60, 1, 2, 30, 30, null, 0, false);
        var date = LocalDate.of(2027, 3, 6);
        var booked =
                new Occupancy(List.of(), List.of(), List.of(new Booking(new Interval(at(date, 12), at(date, 13)), 1)));
        var slots = day(spec.toRules(), 1, date, booked).slots();
        assertThat(slots)
                .filteredOn(s -> s.remaining() == 0)
                .extracting(s -> s.start().atZone(Seoul.ZONE).getHour())
                .containsExactly(11, 12, 13);
    }

    @Test
    void internalUseRemovesSlotsAndAWholeDayOfItClosesTheDay() {
        var rules = rules(List.of(window(WEEKEND, "09:00", "18:00")), 60);
        var date = LocalDate.of(2027, 3, 6);
        var afternoon = new Occupancy(List.of(new Interval(at(date, 13), at(date, 18))), List.of(), List.of());
        assertThat(day(rules, 1, date, afternoon).slots())
                .extracting(s -> s.start().atZone(Seoul.ZONE).getHour())
                .containsExactly(9, 10, 11, 12);
        var allDay = new Occupancy(List.of(new Interval(at(date, 0), at(date.plusDays(1), 0))), List.of(), List.of());
        assertThat(day(rules, 1, date, allDay).reason()).isEqualTo(ClosedReason.CLOSURE);
    }

    @Test
    void aClosedDateIsAClosure() {
        var spec = new OpeningRulesSpec(
                List.of(window(WEEKEND, "09:00", "18:00")),
                null,
                null,
                false,
                List.of("2027-03-06"),
                60,
                1,
                2,
                0,
                30,
                null,
                0,
                false);
        assertThat(day(spec.toRules(), 1, LocalDate.of(2027, 3, 6), NOTHING).reason())
                .isEqualTo(ClosedReason.CLOSURE);
    }

    private static java.time.Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(Seoul.ZONE).toInstant();
    }

    private static DayAvailability day(OpeningRules rules, int quantity, LocalDate date, Occupancy occupancy) {
        return calendar(rules, quantity, date, date, occupancy).getFirst();
    }

    private static List<DayAvailability> calendar(
            OpeningRules rules, int quantity, LocalDate from, LocalDate to, Occupancy occupancy) {
        return SlotCalculator.calendar(rules, quantity, from, to, KOREAN_DATES, occupancy, NOW);
    }

    static WindowSpec window(List<String> days, String open, String close) {
        return new WindowSpec(days, open, close, false);
    }

    private static OpeningRules rules(List<WindowSpec> weekly, Integer slotMinutes) {
        return spec(weekly, slotMinutes, false).toRules();
    }

    private static OpeningRulesSpec spec(List<WindowSpec> weekly, Integer slotMinutes, boolean closedOnHolidays) {
        return new OpeningRulesSpec(
                weekly, null, null, closedOnHolidays, null, slotMinutes, 1, 4, 0, 30, null, 0, false);
    }
}
