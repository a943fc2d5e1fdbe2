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
     * A weekend day of the demo's Sejong roster, within Sejong's booking window: the demo staffs every other weekend
     * from the first Saturday after it was generated, leaving out weekends with a public holiday on them, and
     * leaves the weekends between for residents to staff. This is the first such day, staffed or not as asked,
     * from {@code from} on.
     */
    public static LocalDate demoWeekendDay(boolean staffed, LocalDate from) {
        var saturday = TestClock.startDay().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        var last = TestClock.today().plusDays(SEJONG_WINDOW_DAYS);
        var counted = 0;
        for (int week = 0; week < 8; week++) {
            var weekend =
                    List.of(saturday.plusWeeks(week), saturday.plusWeeks(week).plusDays(1));
            if (weekend.stream().anyMatch(KoreanPublicHolidays::isHoliday)) {
                continue;
            }
            var staffedWeekend = counted++ % 2 == 0;
            for (var day : weekend) {
                if (staffedWeekend == staffed && !day.isBefore(from) && !day.isAfter(last)) {
                    return day;
                }
            }
        }
        throw new IllegalStateException(
                "No %s demo weekend day from %s to %s".formatted(staffed ? "staffed" : "unstaffed", from, last));
    }
}
