package kr.gongyu.reservation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import kr.gongyu.Seoul;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What cancelling a booking gives back of its price: the booker sees the refund
 * before cancelling, and the cancellation applies the same figure.
 */
@Service
public class Refunds {

    private final ReservationPrices prices;
    private final BookingPolicies policies;
    private final Clock clock;

    Refunds(ReservationPrices prices, BookingPolicies policies, Clock clock) {
        this.prices = prices;
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

    /** What the booking costs: the price fixed when it was made. */
    @Transactional(readOnly = true)
    public long priceOf(Reservation reservation) {
        return prices.of(reservation).amount();
    }
}
