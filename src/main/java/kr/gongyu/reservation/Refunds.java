package kr.gongyu.reservation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.Resource;
import kr.gongyu.catalog.Resources;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a booking costs by its resource's fee, and what cancelling it gives back: the booker sees the refund
 * before cancelling, and the cancellation applies the same figure.
 */
@Service
public class Refunds {

    private final Resources resources;
    private final BookingPolicies policies;
    private final Clock clock;

    Refunds(Resources resources, BookingPolicies policies, Clock clock) {
        this.resources = resources;
        this.policies = policies;
        this.clock = clock;
    }

    /** An amount in won and the percent of the price it is. */
    public record Refund(long amount, int percent) {}

    /** What the booker would get back by cancelling now: the policy's percent for the whole days left. */
    @Transactional(readOnly = true)
    public Refund ifCancelledNow(Reservation reservation) {
        var daysBefore = (int) ChronoUnit.DAYS.between(
                LocalDate.now(clock.withZone(Seoul.ZONE)), LocalDate.ofInstant(reservation.start(), Seoul.ZONE));
        var percent = policies.of(reservation.resource())
                .orElseGet(BookingPolicy::lenient)
                .refundPercent(Math.max(0, daysBefore));
        return of(reservation, percent);
    }

    /**
     * The resource's refund table: from each number of whole days before the start (inclusive), the percent
     * refunded, the most days first.
     */
    @Transactional(readOnly = true)
    public java.util.SortedMap<Integer, Integer> policyOf(kr.gongyu.catalog.ResourceId resource) {
        return policies.of(resource)
                .orElseGet(BookingPolicy::lenient)
                .refundPercentByDaysBefore()
                .reversed();
    }

    /** The refund of a percent of the booking's price. */
    @Transactional(readOnly = true)
    public Refund of(Reservation reservation, int percent) {
        return new Refund(priceOf(reservation) * percent / 100, percent);
    }

    /** What the booking costs by its resource's fee: per hour, per day, per session or per unit. */
    @Transactional(readOnly = true)
    public long priceOf(Reservation reservation) {
        return resources
                .findById(reservation.resource().value())
                .map(resource -> price(resource, reservation))
                .orElse(0L);
    }

    private static long price(Resource resource, Reservation reservation) {
        var fee = resource.fee();
        if (fee == null) {
            return 0;
        }
        var length = Duration.between(reservation.start(), reservation.end());
        var times = switch (fee.per()) {
            case HOUR -> Math.max(1, length.toHours());
            case DAY -> Math.max(1, (length.toHours() + 23) / 24);
            case SESSION -> 1;
            case UNIT -> reservation.units();
        };
        return fee.amount() * times;
    }
}
