package kr.gongyu.reservation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.gongyu.catalog.AccessibilityFeature;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.Resource;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.schedule.OpeningRulesSpec;
import org.jspecify.annotations.Nullable;

/** A resource as its staff wrote it: in the shape of {@link ResourceRequest}, so
 * that what was written reads back the same way. */
public record ResourceSettingsView(
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

    static ResourceSettingsView of(Resource resource, @Nullable OpeningRulesSpec rules, BookingPolicy policy) {
        var fee = resource.fee();
        var region = resource.eligibleRegion();
        var refunds = new LinkedHashMap<String, Integer>();
        policy.refundPercentByDaysBefore()
                .reversed()
                .forEach((days, percent) -> refunds.put(String.valueOf(days), percent));
        return new ResourceSettingsView(
                resource.id().toString(),
                resource.site().toString(),
                resource.name(),
                resource.category().label(),
                resource.kind(),
                resource.capacity(),
                resource.quantity(),
                resource.confirmation(),
                resource.isFree(),
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
                rules,
                new ResourceRequest.CancellationBody(
                        Map.copyOf(refunds), policy.paymentDeadlineHours(), policy.waitlistClaimHours()),
                resource.description(),
                resource.rules(),
                resource.contactPhone(),
                resource.areaM2(),
                resource.amenities().stream().sorted().toList(),
                resource.accessibility().stream().sorted().toList(),
                resource.isPublished());
    }
}
