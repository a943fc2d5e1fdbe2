package kr.gongyu.reservation;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import kr.gongyu.schedule.BookedUnits.Booking;
import kr.gongyu.schedule.Interval;

/** How many units bookings hold at once: the check that approving a request still leaves room for it. */
final class Occupancy {

    private Occupancy() {}

    /** Whether {@code units} more fit in {@code interval} beside the bookings, never exceeding the quantity. */
    static boolean fits(List<Booking> bookings, Interval interval, int units, int quantity) {
        return units <= quantity && peak(bookings, interval) + units <= quantity;
    }

    /** The most units the bookings hold at any one time within the interval. */
    static int peak(List<Booking> bookings, Interval interval) {
        // A sweep over the bookings' starts and ends within the interval: the running sum is the units held.
        var changes = new TreeMap<Instant, Integer>();
        for (var booking : bookings) {
            if (booking.time().overlaps(interval)) {
                var from = booking.time().start().isBefore(interval.start())
                        ? interval.start()
                        : booking.time().start();
                changes.merge(from, booking.units(), Integer::sum);
                changes.merge(booking.time().end(), -booking.units(), Integer::sum);
            }
        }
        var held = 0;
        var peak = 0;
        for (var change : changes.values()) {
            held += change;
            peak = Math.max(peak, held);
        }
        return peak;
    }
}
