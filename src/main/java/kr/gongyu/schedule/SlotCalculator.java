package kr.gongyu.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import kr.gongyu.Seoul;
import kr.gongyu.schedule.BookedUnits.Booking;
import org.jspecify.annotations.Nullable;

/**
 * The slot calculation: from a resource's opening rules and what occupies it, the calendar of what can be
 * booked. Pure: everything it needs comes in, so it is tested without a database and benchmarked alone.
 *
 * <p>Slots are built from each date's own local times in Asia/Seoul and converted to instants there, never by
 * adding 24 hours to a day, so the calculation stays right in a zone with daylight saving as well.
 */
final class SlotCalculator {

    /** What occupies the resource over the calendar's dates. */
    record Occupancy(List<Interval> blocks, List<Interval> staffedShifts, List<Booking> bookings) {}

    /**
     * The calendar's view of dates: public holidays, the resource's closed days, and (for a private partner's
     * site) the days no sharing agreement is in force.
     */
    record Dates(
            Predicate<LocalDate> publicHoliday, Predicate<LocalDate> closedDay, Predicate<LocalDate> outsideAgreement) {

        /** Dates of a resource that no sharing agreement restricts. */
        Dates(Predicate<LocalDate> publicHoliday, Predicate<LocalDate> closedDay) {
            this(publicHoliday, closedDay, date -> false);
        }
    }

    private SlotCalculator() {}

    /**
     * @param clock now, which closes past dates and the dates and slots outside the booking window; null for the
     *     calendar whatever the time, every slot as if its window were open (search's stored free time, which
     *     applies the window when it is read)
     */
    static List<DayAvailability> calendar(
            OpeningRules rules,
            int quantity,
            LocalDate from,
            LocalDate to,
            Dates dates,
            Occupancy occupancy,
            @Nullable Clock clock) {
        var today = clock == null ? LocalDate.MIN : LocalDate.now(clock.withZone(Seoul.ZONE));
        var days = new ArrayList<DayAvailability>();
        for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
            days.add(day(rules, quantity, date, today, dates, occupancy, clock));
        }
        return days;
    }

    private static DayAvailability day(
            OpeningRules rules,
            int quantity,
            LocalDate date,
            LocalDate today,
            Dates dates,
            Occupancy occupancy,
            @Nullable Clock clock) {
        if (dates.outsideAgreement().test(date)) {
            return DayAvailability.closed(date, ClosedReason.OUTSIDE_AGREEMENT);
        }
        if (rules.closedDates().contains(date)) {
            return DayAvailability.closed(date, ClosedReason.CLOSURE);
        }
        if (rules.closedOnPublicHolidays() && dates.publicHoliday().test(date)) {
            return DayAvailability.closed(date, ClosedReason.HOLIDAY);
        }
        var windows = rules.windowsOn(date);
        if (windows.isEmpty() || dates.closedDay().test(date)) {
            return DayAvailability.closed(date, ClosedReason.CLOSED_DAY);
        }
        if (clock != null && (date.isBefore(today) || !rules.bookingWindow().isOpenFor(date, clock))) {
            return DayAvailability.closed(date, ClosedReason.OUTSIDE_WINDOW);
        }
        var slots = new ArrayList<Slot>();
        var refusal = ClosedReason.CLOSED_DAY;
        // Only the day's bookings can touch its slots: filter once per day, not once per slot.
        var dayStart = date.atStartOfDay(Seoul.ZONE).toInstant().minus(rules.buffer());
        var dayEnd = date.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant().plus(rules.buffer());
        var dayBookings = occupancy.bookings().stream()
                .filter(booking -> booking.time().overlaps(new Interval(dayStart, dayEnd)))
                .toList();
        for (var window : windows) {
            for (var time : candidates(rules, date, window)) {
                if (window.volunteer() && occupancy.staffedShifts().stream().noneMatch(s -> s.covers(time))) {
                    continue; // no volunteer on duty: the window does not exist today
                }
                if (occupancy.blocks().stream().anyMatch(block -> block.overlaps(time))) {
                    refusal = ClosedReason.CLOSURE;
                    continue;
                }
                if (clock != null && !rules.bookingWindow().takesBookingsFor(time.start(), clock.instant())) {
                    refusal = ClosedReason.OUTSIDE_WINDOW;
                    continue;
                }
                var guarded = new Interval(
                        time.start().minus(rules.buffer()), time.end().plus(rules.buffer()));
                var remaining = Math.max(0, quantity - BookedUnits.peak(dayBookings, guarded));
                slots.add(new Slot(time.start(), time.end(), remaining));
            }
        }
        return slots.isEmpty() ? DayAvailability.closed(date, refusal) : new DayAvailability(date, true, null, slots);
    }

    /** The window's slots of the date: made in Seoul's wall-clock time, which is where the rules are written. */
    private static List<Interval> candidates(OpeningRules rules, LocalDate date, WeeklyWindow window) {
        var start = date.atTime(window.open()).atZone(Seoul.ZONE);
        var end = window.close().equals(LocalTime.MIDNIGHT)
                ? date.plusDays(1).atStartOfDay(Seoul.ZONE)
                : date.atTime(window.close()).atZone(Seoul.ZONE);
        if (rules.multiDay() || rules.slotMinutes() == null) {
            return List.of(new Interval(start.toInstant(), end.toInstant()));
        }
        var slots = new ArrayList<Interval>();
        for (var slot = start;
                !slot.plusMinutes(rules.slotMinutes()).isAfter(end);
                slot = slot.plusMinutes(rules.slotMinutes())) {
            slots.add(new Interval(
                    slot.toInstant(), slot.plusMinutes(rules.slotMinutes()).toInstant()));
        }
        return slots;
    }
}
