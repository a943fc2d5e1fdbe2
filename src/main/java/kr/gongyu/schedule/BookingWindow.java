package kr.gongyu.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import kr.gongyu.Seoul;
import org.jspecify.annotations.Nullable;

/**
 * When a date can be booked. Booking opens either a number of days ahead, or at a fixed release instant (e.g.
 * on the 1st of each month at 10:00 for the whole of the next month); it closes some hours before a slot
 * starts.
 *
 * @param opensDaysAhead dates up to this many days after today can be booked (when there is no release)
 * @param release the monthly release instant, or null
 * @param closesBefore how long before its start a slot stops taking bookings
 */
public record BookingWindow(int opensDaysAhead, @Nullable MonthlyRelease release, Duration closesBefore) {

    public BookingWindow {
        if (opensDaysAhead < 0 || opensDaysAhead > 730) {
            throw new IllegalArgumentException("Booking opens 0 to 730 days ahead: " + opensDaysAhead);
        }
        if (closesBefore.isNegative()) {
            throw new IllegalArgumentException("Booking cannot close after a slot starts");
        }
    }

    /**
     * The release rule "on day {@code dayOfMonth} of each month at {@code at}, the dates of the month
     * {@code monthsAhead} later open".
     */
    public record MonthlyRelease(int dayOfMonth, LocalTime at, int monthsAhead) {

        public MonthlyRelease {
            if (dayOfMonth < 1 || dayOfMonth > 28) {
                throw new IllegalArgumentException("A release day is 1 to 28, so that every month has it");
            }
            if (monthsAhead < 1 || monthsAhead > 12) {
                throw new IllegalArgumentException("A release opens 1 to 12 months ahead");
            }
        }

        /** When the dates of {@code date}'s month open. */
        public Instant opensAt(LocalDate date) {
            return date.withDayOfMonth(1)
                    .minusMonths(monthsAhead)
                    .withDayOfMonth(dayOfMonth)
                    .atTime(at)
                    .atZone(Seoul.ZONE)
                    .toInstant();
        }
    }

    /** Whether any slot of the date could be booked now, as far as the opening side of the window goes. */
    public boolean isOpenFor(LocalDate date, Clock clock) {
        return !clock.instant().isBefore(opensAt(date));
    }

    /**
     * When the date opens for booking: at its release, or at the start of the day {@link #opensDaysAhead} days
     * before it (the date is then that many days after today).
     */
    public Instant opensAt(LocalDate date) {
        if (release != null) {
            return release.opensAt(date);
        }
        return date.minusDays(opensDaysAhead).atStartOfDay(Seoul.ZONE).toInstant();
    }

    /** Whether a slot starting then still takes bookings now. */
    public boolean takesBookingsFor(Instant slotStart, Instant now) {
        return !now.plus(closesBefore).isAfter(slotStart);
    }
}
