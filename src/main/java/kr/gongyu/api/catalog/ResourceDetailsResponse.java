package kr.gongyu.api.catalog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kr.gongyu.api.admin.ResourceRequest.FeeBody;
import kr.gongyu.api.reservation.ReservationResponses.DiscountTermsResponse;
import kr.gongyu.catalog.AccessibilityFeature;
import kr.gongyu.catalog.EligibilityType;
import kr.gongyu.catalog.Fee;
import kr.gongyu.catalog.Photo;
import kr.gongyu.catalog.ResourceDetailsView;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.schedule.OpeningRulesSpec;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET /api/v1/resources/{id}}: a ResourceSummary plus the details, with the 감면 offered; the fee
 * in the admin API's own body, surcharges and deposit included.
 */
record ResourceDetailsResponse(
        @JsonUnwrapped ResourceSummaryResponse summary,
        @Nullable String description,
        @Nullable String rules,
        @Nullable Double areaM2,
        @Nullable String contactPhone,
        @Nullable FeeBody fee,
        DiscountTermsResponse discounts,
        EligibilityResponse eligibility,
        List<String> amenities,
        List<AccessibilityFeature> accessibility,
        List<Photo> photos,
        @Nullable OpeningRulesSpec openingRules,
        List<String> openingHours) {

    record EligibilityResponse(
            EligibilityType type, @Nullable String regionCode, List<String> organizationIds) {}

    /** The resource, its opening hours in words in the caller's language. */
    static ResourceDetailsResponse of(
            ResourceDetailsView view,
            Optional<OpeningRulesSpec> rules,
            DiscountTermsResponse discounts,
            Locale locale) {
        Fee fee = view.fee();
        RegionCode region = view.eligibleRegion();
        return new ResourceDetailsResponse(
                ResourceSummaryResponse.of(view.summary()),
                view.description(),
                view.rules(),
                view.areaM2(),
                view.contactPhone(),
                fee == null ? null : FeeBody.of(fee),
                discounts,
                new EligibilityResponse(
                        view.eligibility(),
                        region == null ? null : region.value(),
                        view.eligibleOrganizations().stream()
                                .sorted()
                                .map(String::valueOf)
                                .toList()),
                view.amenities().stream().sorted().toList(),
                view.accessibility().stream().sorted().toList(),
                view.photos(),
                rules.orElse(null),
                rules.map(spec -> spec.toRules().describe(locale)).orElse(List.of()));
    }
}
