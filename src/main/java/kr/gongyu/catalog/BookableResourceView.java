package kr.gongyu.catalog;

import kr.gongyu.institution.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * What a booking of a resource is decided by: its kind, size, confirmation and who may book it, and its fee (null when
 * it is free), which prices the booking. The
 * organisations an {@link EligibilityType#ORGANIZATIONS} resource lists are left out: the few bookings that need
 * them ask {@link ResourceDirectory#lists}.
 */
public record BookableResourceView(
        ResourceId id,
        SiteId site,
        ResourceKind kind,
        int capacity,
        int quantity,
        Confirmation confirmation,
        EligibilityType eligibility,
        @Nullable RegionCode eligibleRegion,
        @Nullable Fee fee) {}
