package kr.gongyu;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Predicate;
import kr.gongyu.schedule.KoreanPublicHolidays;

/** Test fixture: days a test can count on, whatever day the run starts on. */
public final class TestDays {

    /** How far ahead Sejong's volunteer-staffed rooms take bookings. */
    public static final int SEJONG_WINDOW_DAYS = 21;

    private TestDays() {}

    /** The first day from {@code from} on that is not a public holiday and that {@code wanted} accepts. */
    public static LocalDate firstFrom(LocalDate from, Predicate<LocalDate> wanted) {
        var day = from;
        while (!wanted.test(day) || KoreanPublicHolidays.isHoliday(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The first weekday from {@code from} on that is not a public holiday. */
    public static LocalDate workingDay(LocalDate from) {
        return firstFrom(from, day -> day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue());
    }

    /**
     * A weekend day of the demo's Sejong roster, within Sejong's booking window: the demo staffs the weekends of every
     * other week from the first Saturday after it was generated (weeks 0, 2, 4 and 6) and leaves the weeks between
     * for residents to staff. This is the first such Saturday (or its Sunday, where the Saturday is a public holiday),
     * staffed or not as asked, from {@code from} on, that is no public holiday.
     */
    public static LocalDate demoWeekendDay(boolean staffed, LocalDate from) {
        var first = TestClock.startDay().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        var last = TestClock.today().plusDays(SEJONG_WINDOW_DAYS - 1);
        for (var week = staffed ? 0 : 1; week < 8; week += 2) {
            for (var day : List.of(first.plusWeeks(week), first.plusWeeks(week).plusDays(1))) {
                if (!day.isBefore(from) && !day.isAfter(last) && !KoreanPublicHolidays.isHoliday(day)) {
                    return day;
                }
            }
        }
        throw new IllegalStateException("No %s demo weekend day without a holiday from %s to %s"
                .formatted(staffed ? "staffed" : "unstaffed", from, last));
    }
}
