package kr.gongyu.listing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.gongyu.catalog.AccessibilityFeature;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.EligibilityType;
import kr.gongyu.catalog.Fee;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.catalog.SiteId;
import kr.gongyu.identity.OrganizationType;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.schedule.OpeningRulesSpec;
import org.jspecify.annotations.Nullable;

/**
 * Staff write a resource's listing, new or revised: the command of {@link ResourceEditing}. Exactly one of
 * {@code site} (one of the institution's sites) and {@code newSite} (a site made with the resource) is given;
 * absent quotas are none, an absent refund table refunds in full, absent hours are the policy's defaults. The
 * category is named by its label (회의실), as staff know it: the editing looks it up with its other checks, so that an
 * unknown one is named together with every other mistake. The editing checks the rest, {@link Limits} among them,
 * and names every mistake's field as the API's body does.
 */
public record EditResource(
        @Nullable SiteId site,
        @Nullable NewSite newSite,
        String name,
        String category,
        ResourceKind kind,
        int capacity,
        int quantity,
        Confirmation confirmation,
        boolean free,
        @Nullable Fee fee,
        EligibilityType eligibility,
        @Nullable RegionCode eligibleRegion,
        List<Long> eligibleOrganizations,
        Set<OrganizationType> eligibleOrganizationTypes,
        @Nullable Integer maxActivePerUser,
        @Nullable Integer maxPerUserPerMonth,
        OpeningRulesSpec openingRules,
        @Nullable Map<Integer, Integer> refundPercentByDaysBefore,
        @Nullable Integer paymentDeadlineHours,
        @Nullable Integer waitlistClaimHours,
        @Nullable String description,
        @Nullable String rules,
        @Nullable String contactPhone,
        @Nullable Double areaM2,
        List<String> amenities,
        List<AccessibilityFeature> accessibility) {

    /**
     * The longest texts and the ranges a listing takes, checked by the editing whoever writes; the API's request
     * states the same with these in its annotations, so that its 400s come before the editing is asked.
     */
    public static final class Limits {
        public static final int NAME = 150;
        public static final int SITE_NAME = 100;
        public static final int SITE_ADDRESS = 200;
        public static final String LAT_MIN = "33.0";
        public static final String LAT_MAX = "39.0";
        public static final String LNG_MIN = "124.0";
        public static final String LNG_MAX = "132.0";
        public static final int CAPACITY = 100_000;
        public static final int QUANTITY = 100_000;
        public static final long FEE = 100_000_000;
        public static final int SURCHARGE_PERCENT = 300;
        public static final int QUOTA = 1000;
        public static final int PAYMENT_DEADLINE_HOURS = 720;
        public static final int WAITLIST_CLAIM_HOURS = 168;
        public static final int DESCRIPTION = 2000;
        public static final int RULES = 4000;
        public static final int CONTACT_PHONE = 20;
        public static final String AREA_MIN = "0.1";
        public static final String AREA_MAX = "1000000";
        public static final int AMENITIES = 30;
        public static final int AMENITY = 50;

        private Limits() {}
    }

    public EditResource {
        eligibleOrganizations = List.copyOf(eligibleOrganizations);
        eligibleOrganizationTypes = Set.copyOf(eligibleOrganizationTypes);
        amenities = List.copyOf(amenities);
        accessibility = List.copyOf(accessibility);
    }

    /** A site made with the resource. */
    public record NewSite(String name, String address, RegionCode region, double lat, double lng) {}
}
