package kr.gongyu.reservation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.Fee;
import org.jspecify.annotations.Nullable;

/**
 * The price of a booking from its resource's fee: the fee once per hour, session (the booking), day or unit booked,
 * plus the surcharges of the night, weekend and holiday parts of it, and the deposit. No I/O: the holidays are
 * given as a test of a date.
 *
 * <p>Each hour (or day, or the session's start) is priced on its own Seoul date and time, so an evening booking
 * pays the night surcharge only for its hours after 18:00. A holiday on a weekend pays the larger of the two.
 */
public final class Pricing {

    static final LocalTime NIGHT_FROM = LocalTime.of(18, 0);
    static final LocalTime NIGHT_UNTIL = LocalTime.of(6, 0);

    private final Predicate<LocalDate> holiday;

    public Pricing(Predicate<LocalDate> holiday) {
        this.holiday = holiday;
    }

    /** The price of booking {@code units} from {@code start} to {@code end} at {@code fee}; free without a fee. */
    public Price of(@Nullable Fee fee, Instant start, Instant end, int units) {
        if (fee == null) {
            return Price.FREE;
        }
        var charged = chargedTimes(fee, start, end, units);
        long base = fee.amount() * charged.size();
        long night = 0;
        long weekend = 0;
        long holidays = 0;
        for (var at : charged) {
            var local = at.atZone(Seoul.ZONE);
            if (isNight(local.toLocalTime())) {
                night += fee.amount() * fee.nightPercent() / 100;
            }
            var date = local.toLocalDate();
            var weekendCharge = isWeekend(date) ? fee.weekendPercent() : 0;
            var holidayCharge = holiday.test(date) ? fee.holidayPercent() : 0;
            if (holidayCharge > weekendCharge) {
                holidays += fee.amount() * holidayCharge / 100;
            } else {
                weekend += fee.amount() * weekendCharge / 100;
            }
        }
        var lines = new ArrayList<Price.Line>();
        lines.add(new Price.Line(Price.Kind.valueOf(fee.per().name()), charged.size(), base));
        addSurcharge(lines, Price.Kind.NIGHT, fee.nightPercent(), night);
        addSurcharge(lines, Price.Kind.WEEKEND, fee.weekendPercent(), weekend);
        addSurcharge(lines, Price.Kind.HOLIDAY, fee.holidayPercent(), holidays);
        return new Price(base + night + weekend + holidays, fee.deposit(), lines);
    }

    /**
     * The price as {@link #of(Fee, Instant, Instant, int)}, less the fee exemptions (감면) claimed from those the
     * resource offers: the largest alone, or all of them one after another where they combine (see
     * {@link DiscountTerms}). Each is taken off the fee and surcharges, in whole won rounded down, never off the
     * deposit; a free booking has nothing to take off.
     *
     * @throws ReservationRefused {@code DISCOUNT_NOT_OFFERED} if a claimed code is not among the offered
     */
    public Price of(
            @Nullable Fee fee, Instant start, Instant end, int units, DiscountTerms offered, List<String> claimed) {
        var claims = new ArrayList<Discount>();
        for (var code : new LinkedHashSet<>(claimed)) {
            claims.add(offered.find(code)
                    .orElseThrow(() -> new ReservationRefused(ReservationRefused.Reason.DISCOUNT_NOT_OFFERED)));
        }
        var full = of(fee, start, end, units);
        if (claims.isEmpty() || fee == null) {
            return full;
        }
        var applied = offered.combine()
                ? claims
                : List.of(claims.stream()
                        .reduce((largest, next) -> next.percent() > largest.percent() ? next : largest)
                        .orElseThrow());
        var lines = new ArrayList<>(full.lines());
        var left = full.amount();
        for (var discount : applied) {
            var off = left * discount.percent() / 100;
            left -= off;
            lines.add(new Price.Line(Price.Kind.DISCOUNT, discount.percent(), off, discount.code()));
        }
        return new Price(left, full.deposit(), lines, new Price.DiscountClaim(applied, false));
    }

    /** When each charge of the fee falls: the start of every hour or day, the session's start, or once per unit. */
    private static List<Instant> chargedTimes(Fee fee, Instant start, Instant end, int units) {
        var hours = Math.max(1, Duration.between(start, end).toHours());
        var times = new ArrayList<Instant>();
        switch (fee.per()) {
            case HOUR -> {
                for (int hour = 0; hour < hours; hour++) {
                    times.add(start.plus(Duration.ofHours(hour)));
                }
            }
            case DAY -> {
                for (int day = 0; day < (hours + 23) / 24; day++) {
                    times.add(start.plus(Duration.ofDays(day)));
                }
            }
            case SESSION -> times.add(start);
            case UNIT -> {
                for (int unit = 0; unit < units; unit++) {
                    times.add(start);
                }
            }
        }
        return times;
    }

    private static void addSurcharge(List<Price.Line> lines, Price.Kind kind, int percent, long amount) {
        if (amount > 0) {
            lines.add(new Price.Line(kind, percent, amount));
        }
    }

    private static boolean isNight(LocalTime time) {
        return !time.isBefore(NIGHT_FROM) || time.isBefore(NIGHT_UNTIL);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
