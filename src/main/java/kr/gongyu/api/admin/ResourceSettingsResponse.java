package kr.gongyu.api.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.gongyu.catalog.AccessibilityFeature;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.listing.ResourceSettingsView;
import kr.gongyu.schedule.OpeningRulesSpec;
import org.jspecify.annotations.Nullable;

/**
 * A resource's listing as its staff wrote it, in the shape of {@link ResourceRequest}, so that what was written reads
 * back the same way.
 */
public record ResourceSettingsResponse(
        String id,
        String siteId,
        String name,
        String category,
        ResourceKind kind,
        int capacity,
        int quantity,
        Confirmation confirmation,
        boolean free,
        ResourceRequest.@Nullable FeeBody fee,
        ResourceRequest.EligibilityBody eligibility,
        ResourceRequest.QuotaBody quota,
        @Nullable OpeningRulesSpec openingRules,
        ResourceRequest.CancellationBody cancellation,
        @Nullable String description,
        @Nullable String rules,
        @Nullable String contactPhone,
        @Nullable Double areaM2,
        List<String> amenities,
        List<AccessibilityFeature> accessibility,
        boolean published) {

    static ResourceSettingsResponse of(ResourceSettingsView settings) {
        var entry = settings.resource();
        var resource = settings.draft();
        var policy = settings.policy();
        var fee = resource.fee();
        var region = resource.eligibleRegion();
        var refunds = new LinkedHashMap<String, Integer>();
        policy.refundPercentByDaysBefore()
                .reversed()
                .forEach((days, percent) -> refunds.put(String.valueOf(days), percent));
        return new ResourceSettingsResponse(
                entry.id().toString(),
                resource.site().toString(),
                resource.name(),
                resource.category().label(),
                resource.kind(),
                resource.capacity(),
                resource.quantity(),
                resource.confirmation(),
                resource.free(),
                fee == null ? null : ResourceRequest.FeeBody.of(fee),
                new ResourceRequest.EligibilityBody(
                        resource.eligibility(),
                        region == null ? null : region.value(),
                        resource.eligibleOrganizations().stream()
                                .sorted()
                                .map(String::valueOf)
                                .toList(),
                        policy.eligibleOrganizationTypes().stream().sorted().toList()),
                new ResourceRequest.QuotaBody(policy.maxActivePerUser(), policy.maxPerUserPerMonth()),
                settings.openingRules(),
                new ResourceRequest.CancellationBody(
                        Map.copyOf(refunds), policy.paymentDeadlineHours(), policy.waitlistClaimHours()),
                resource.description(),
                resource.rules(),
                resource.contactPhone(),
                resource.areaM2(),
                resource.amenities().stream().sorted().toList(),
                resource.accessibility().stream().sorted().toList(),
                entry.published());
    }
}
