package kr.gongyu.reservation;

import java.time.Duration;
import java.time.Instant;
import kr.gongyu.catalog.ResourceId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Until when a priced booking waits for its payment: the resource's deadline (hours from the moment the booking
 * became payable, {@link BookingPolicy#DEFAULT_PAYMENT_DEADLINE_HOURS} unless staff set another) but never past the booking's start, so that an unpaid booking frees
 * its time before anyone could use it.
 */
@Component
class PaymentDeadlines {

    private final BookingPolicies policies;

    PaymentDeadlines(BookingPolicies policies) {
        this.policies = policies;
    }

    /** When a booking at {@code start} costing {@code price} must be paid by; null for a free one. */
    @Nullable
    Instant payBy(ResourceId resource, Price price, Instant start, Instant now) {
        if (price.amount() + price.deposit() == 0) {
            return null;
        }
        return payBy(policies.of(resource).orElseGet(BookingPolicy::lenient), price, start, now);
    }

    /** The same, by the resource's policy as the caller read it. */
    static @Nullable Instant payBy(BookingPolicy policy, Price price, Instant start, Instant now) {
        if (price.amount() + price.deposit() == 0) {
            return null;
        }
        var due = now.plus(Duration.ofHours(policy.paymentDeadlineHours()));
        return due.isAfter(start) ? start : due;
    }
}
