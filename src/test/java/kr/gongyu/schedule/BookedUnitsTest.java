package kr.gongyu.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import kr.gongyu.schedule.BookedUnits.Booking;
import org.junit.jupiter.api.Test;

/** Whether more units fit beside bookings: the peak over time counts, not the sum. */
class BookedUnitsTest {

    private static final Instant T = Instant.parse("2027-03-06T00:00:00Z");

    @Test
    void bookingsThatFollowEachOtherDoNotAddUp() {
        var bookings = List.of(booking(0, 2, 3), booking(2, 4, 3));
        assertThat(BookedUnits.fits(bookings, interval(0, 4), 2, 5)).isTrue();
        assertThat(BookedUnits.fits(bookings, interval(0, 4), 3, 5)).isFalse();
    }

    @Test
    void overlappingBookingsAddUpWhereTheyOverlap() {
        var bookings = List.of(booking(0, 3, 2), booking(2, 5, 2), booking(6, 8, 4));
        assertThat(BookedUnits.fits(bookings, interval(0, 2), 3, 5)).isTrue();
        assertThat(BookedUnits.fits(bookings, interval(0, 4), 2, 5)).isFalse();
        assertThat(BookedUnits.fits(bookings, interval(5, 6), 5, 5)).isTrue();
        assertThat(BookedUnits.fits(bookings, interval(4, 7), 2, 5)).isFalse();
    }

    @Test
    void aSpaceFitsOnlyWhereNothingElseIs() {
        assertThat(BookedUnits.fits(List.of(booking(1, 2, 1)), interval(0, 1), 1, 1))
                .isTrue();
        assertThat(BookedUnits.fits(List.of(booking(1, 2, 1)), interval(0, 3), 1, 1))
                .isFalse();
        assertThat(BookedUnits.fits(List.of(), interval(0, 3), 2, 1)).isFalse();
    }

    @Test
    void thePeakIsTheMostUnitsHeldAtOnceWithinTheInterval() {
        var bookings = List.of(booking(0, 3, 2), booking(2, 5, 2), booking(6, 8, 4));
        assertThat(BookedUnits.peak(bookings, interval(0, 2))).isEqualTo(2);
        assertThat(BookedUnits.peak(bookings, interval(0, 4))).isEqualTo(4);
        assertThat(BookedUnits.peak(bookings, interval(5, 6))).isZero();
        assertThat(BookedUnits.peak(List.of(), interval(0, 1))).isZero();
    }

    private static Booking booking(int fromHour, int toHour, int units) {
        return new Booking(interval(fromHour, toHour), units);
    }

    private static Interval interval(int fromHour, int toHour) {
        return new Interval(T.plusSeconds(3600L * fromHour), T.plusSeconds(3600L * toHour));
    }
}
