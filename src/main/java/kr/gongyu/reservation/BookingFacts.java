package kr.gongyu.reservation;

import java.time.Instant;
import kr.gongyu.catalog.BookableResourceView;
import kr.gongyu.identity.OrganizationType;
import kr.gongyu.schedule.ResourceSchedules.Calendar;
import org.jspecify.annotations.Nullable;

/**
 * Everything a first-come booking is decided by, read under the resource's lock: what {@link BookingRules} decide
 * from, without asking anything more.
 *
 * @param booker who books, as eligibility sees them; null when the resource takes everyone and the request names
 *     no organisation (nothing to check)
 * @param activeBookings the booker's bookings of the resource that are open or checked in and not yet over
 * @param bookingsInMonth the booker's bookings of the resource, neither cancelled nor rejected, starting in the
 *     month (Asia/Seoul) of the requested start
 * @param calendar the resource's calendar over the requested days; null when the request spans more days than
 *     {@link BookingRules#MAX_DAYS} (then no calendar is computed)
 * @param setAside whether another module keeps some of the time out of first-come booking (a lottery)
 * @param now when the booking is decided
 */
record BookingFacts(
        BookableResourceView resource,
        BookingPolicy policy,
        @Nullable Booker booker,
        long activeBookings,
        long bookingsInMonth,
        @Nullable Calendar calendar,
        boolean setAside,
        Instant now) {

    /**
     * The booker as eligibility sees them.
     *
     * @param organization the organisation the account books for, if any
     * @param organizationType its type, if it has one
     * @param organizationListed whether the resource lists that organisation among those that may book it
     * @param residenceRegionCode the region the account lives in, if it named one
     */
    record Booker(
            @Nullable Long organization,
            @Nullable OrganizationType organizationType,
            boolean organizationListed,
            @Nullable String residenceRegionCode) {}
}
