package kr.gongyu.reservation;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import kr.gongyu.identity.OrganizationType;
import org.jspecify.annotations.Nullable;

/**
 * How a resource may be booked beyond its opening hours: per-person quotas, the refund on cancellation by
 * days before the start (full refund 7+ days before, 10% deducted 3–6 days before, and so on), and for a
 * resource open to organisations, the types of organisation admitted besides those the resource lists.
 *
 * @param maxActivePerUser the most active bookings one person may hold, or null for no limit
 * @param maxPerUserPerMonth the most bookings one person may make in a month, or null for no limit
 * @param refundPercentByDaysBefore from N days before the start (inclusive), the percent refunded; the
 *     largest N not above the actual days applies
 * @param eligibleOrganizationTypes organisations of these types may book a resource open to organisations
 * @param paymentDeadlineHours how many hours a priced booking has to be paid, from when it became payable
 * @param waitlistClaimHours how many hours a freed slot is held for the first on its waitlist (never past the
 *     booking closing time)
 */
public record BookingPolicy(
        @Nullable Integer maxActivePerUser,
        @Nullable Integer maxPerUserPerMonth,
        SortedMap<Integer, Integer> refundPercentByDaysBefore,
        Set<OrganizationType> eligibleOrganizationTypes,
        int paymentDeadlineHours,
        int waitlistClaimHours) {

    /** The payment deadline of a resource whose staff named none. */
    public static final int DEFAULT_PAYMENT_DEADLINE_HOURS = 24;

    /** The waitlist claim window of a resource whose staff named none. */
    public static final int DEFAULT_WAITLIST_CLAIM_HOURS = 24;

    public BookingPolicy {
        if (maxActivePerUser != null && maxActivePerUser < 1) {
            throw new IllegalArgumentException("maxActivePerUser must be at least 1");
        }
        if (maxPerUserPerMonth != null && maxPerUserPerMonth < 1) {
            throw new IllegalArgumentException("maxPerUserPerMonth must be at least 1");
        }
        refundPercentByDaysBefore.forEach((days, percent) -> {
            if (days < 0 || percent < 0 || percent > 100) {
                throw new IllegalArgumentException("Refunds are 0–100% from 0 or more days before");
            }
        });
        refundPercentByDaysBefore = new TreeMap<>(refundPercentByDaysBefore);
        eligibleOrganizationTypes = Set.copyOf(eligibleOrganizationTypes);
        if (paymentDeadlineHours < 1 || paymentDeadlineHours > 720) {
            throw new IllegalArgumentException("A payment deadline is 1 to 720 hours");
        }
        if (waitlistClaimHours < 1 || waitlistClaimHours > 168) {
            throw new IllegalArgumentException("A waitlist claim window is 1 to 168 hours");
        }
    }

    /** No quota, a full refund whenever cancelled, a day to pay and a day to claim a slot from the waitlist. */
    public static BookingPolicy lenient() {
        return new BookingPolicy(
                null,
                null,
                new TreeMap<>(Map.of(0, 100)),
                Set.of(),
                DEFAULT_PAYMENT_DEADLINE_HOURS,
                DEFAULT_WAITLIST_CLAIM_HOURS);
    }

    /** The percent refunded for a cancellation this many whole days before the start. */
    public int refundPercent(int daysBefore) {
        var applicable = refundPercentByDaysBefore.headMap(daysBefore + 1);
        return applicable.isEmpty() ? 0 : applicable.get(applicable.lastKey());
    }
}
