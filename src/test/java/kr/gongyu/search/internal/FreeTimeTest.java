package kr.gongyu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kr.gongyu.Seoul;
import kr.gongyu.schedule.BookingWindow;
import kr.gongyu.schedule.DayAvailability;
import kr.gongyu.schedule.Interval;
import kr.gongyu.schedule.ResourceSchedules.UntimedDay;
import kr.gongyu.schedule.Slot;
import org.junit.jupiter.api.Test;

/** A stored day's form, and the booking window applied when it is read. */
class FreeTimeTest {

    private static final LocalDate DATE = LocalDate.of(2027, 3, 12);

    /** 09:00–13:00 in hours with 11:00 taken, 14:00–16:00 in one slot; opens 7 days ahead, closes an hour before. */
    private static final FreeTime.Day DAY = FreeTime.Day.of(
            new UntimedDay(
                    new DayAvailability(
                            DATE,
                            true,
                            null,
                            List.of(
                                    slot(9, 10, 1),
                                    slot(10, 11, 1),
                                    slot(11, 12, 0),
                                    slot(12, 13, 1),
                                    slot(14, 16, 1))),
                    new BookingWindow(7, null, Duration.ofHours(1))),
            DATE);

    @Test
    void freeSlotsBackToBackAreOneRun() {
        assertThat(DAY.freeText()).isEqualTo("540:60:2 720:60:1 840:120:1");
        assertThat(FreeTime.Day.parseFree(DAY.freeText())).isEqualTo(DAY.free());
        assertThat(FreeTime.Day.parseFree("")).isEmpty();
    }

    @Test
    void theWindowIsAppliedAtTheMomentOfReading() {
        assertThat(DAY.bookable(DATE, at(DATE.minusDays(8), 12, 0)))
                .as("eight days ahead: not open yet")
                .isEmpty();
        assertThat(DAY.bookable(DATE, at(DATE.minusDays(7), 0, 0)))
                .as("opened at midnight seven days ahead")
                .containsExactly(span(9, 11), span(12, 13), span(14, 16));
        assertThat(DAY.bookable(DATE, at(DATE, 8, 30)))
                .as("an hour before: the 9:00 slot has closed")
                .containsExactly(span(10, 11), span(12, 13), span(14, 16));
        assertThat(DAY.bookable(DATE, at(DATE, 13, 0)))
                .as("exactly an hour before it, a slot still takes bookings")
                .containsExactly(span(14, 16));
        assertThat(DAY.bookable(DATE, at(DATE, 13, 30)))
                .as("the two-hour slot closes whole")
                .isEmpty();
        assertThat(FreeTime.Day.of(null, DATE).bookable(DATE, at(DATE.minusDays(1), 0, 0)))
                .as("not published")
                .isEmpty();
    }

    private static Slot slot(int from, int to, int remaining) {
        return new Slot(
                DATE.atTime(from, 0).atZone(Seoul.ZONE).toInstant(),
                DATE.atTime(to, 0).atZone(Seoul.ZONE).toInstant(),
                remaining);
    }

    private static Interval span(int from, int to) {
        return new Interval(
                DATE.atTime(from, 0).atZone(Seoul.ZONE).toInstant(),
                DATE.atTime(to, 0).atZone(Seoul.ZONE).toInstant());
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(LocalTime.of(hour, minute)).atZone(Seoul.ZONE).toInstant();
    }
}
