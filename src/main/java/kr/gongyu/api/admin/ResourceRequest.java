package kr.gongyu.api.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kr.gongyu.InvalidInput;
import kr.gongyu.InvalidInput.Mistake;
import kr.gongyu.catalog.AccessibilityFeature;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.EligibilityType;
import kr.gongyu.catalog.Fee;
import kr.gongyu.catalog.FeeUnit;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.catalog.SiteId;
import kr.gongyu.identity.OrganizationType;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.listing.EditResource;
import kr.gongyu.listing.EditResource.Limits;
import kr.gongyu.schedule.OpeningRulesSpec;
import org.jspecify.annotations.Nullable;

/**
 * What staff write about a resource, its opening rules and booking policy: the body of {@code POST
 * /api/v1/admin/resources} and {@code PUT /api/v1/admin/resources/{id}} (API.md), turned into the listing's
 * {@link EditResource} once its annotations hold. The answer ({@link ResourceSettingsResponse}) shows the same
 * fields, so what was written reads back the same way.
 */
public record ResourceRequest(
        @Nullable @Pattern(regexp = "\\d{1,18}") String siteId,
        @Nullable @Valid NewSite site,
        @NotBlank @Size(max = Limits.NAME) String name,
        @NotBlank @Size(max = 30) String category,
        @NotNull ResourceKind kind,
        @NotNull @Min(0) @Max(Limits.CAPACITY) Integer capacity,
        @NotNull @Min(1) @Max(Limits.QUANTITY) Integer quantity,
        @NotNull Confirmation confirmation,
        @NotNull Boolean free,
        @Nullable @Valid FeeBody fee,
        @Nullable @Valid EligibilityBody eligibility,
        @Nullable @Valid QuotaBody quota,
        @NotNull OpeningRulesSpec openingRules,
        @Nullable @Valid CancellationBody cancellation,
        @Nullable @Size(max = Limits.DESCRIPTION) String description,
        @Nullable @Size(max = Limits.RULES) String rules,
        @Nullable @Size(max = Limits.CONTACT_PHONE) String contactPhone,

        @Nullable @DecimalMin(Limits.AREA_MIN) @DecimalMax(Limits.AREA_MAX)
        Double areaM2,

        @Nullable @Size(max = Limits.AMENITIES) List<@NotBlank @Size(max = Limits.AMENITY) String> amenities,
        @Nullable List<AccessibilityFeature> accessibility) {

    /** A site created with the resource. */
    public record NewSite(
            @NotBlank @Size(max = Limits.SITE_NAME) String name,
            @NotBlank @Size(max = Limits.SITE_ADDRESS) String address,
            @NotBlank @Pattern(regexp = "\\d{5}") String regionCode,

            @NotNull @DecimalMin(Limits.LAT_MIN) @DecimalMax(Limits.LAT_MAX)
            Double lat,

            @NotNull @DecimalMin(Limits.LNG_MIN) @DecimalMax(Limits.LNG_MAX)
            Double lng) {}

    /** A fee; the surcharges are percents of it (0 to 300), the deposit in won. Absent ones are none. */
    public record FeeBody(
            @NotNull @Min(0) @Max(Limits.FEE) Long amount,
            @NotNull FeeUnit per,
            @Nullable @Min(0) @Max(Limits.SURCHARGE_PERCENT) Integer nightPercent,
            @Nullable @Min(0) @Max(Limits.SURCHARGE_PERCENT) Integer weekendPercent,
            @Nullable @Min(0) @Max(Limits.SURCHARGE_PERCENT) Integer holidayPercent,
            @Nullable @Min(0) @Max(Limits.FEE) Long deposit) {

        public static FeeBody of(Fee fee) {
            return new FeeBody(
                    fee.amount(),
                    fee.per(),
                    fee.nightPercent(),
                    fee.weekendPercent(),
                    fee.holidayPercent(),
                    fee.deposit());
        }

        Fee fee() {
            return new Fee(
                    amount,
                    per,
                    nightPercent == null ? 0 : nightPercent,
                    weekendPercent == null ? 0 : weekendPercent,
                    holidayPercent == null ? 0 : holidayPercent,
                    deposit == null ? 0 : deposit);
        }
    }

    public record EligibilityBody(
            @NotNull EligibilityType type,
            @Nullable @Pattern(regexp = "\\d{5}") String regionCode,
            @Nullable @Size(max = 1000) List<@Pattern(regexp = "\\d{1,18}") String> organizationIds,
            @Nullable @Size(max = 6) List<OrganizationType> organizationTypes) {}

    public record QuotaBody(
            @Nullable @Min(1) @Max(Limits.QUOTA) Integer maxActivePerUser,
            @Nullable @Min(1) @Max(Limits.QUOTA) Integer maxPerUserPerMonth) {}

    /**
     * The refund by whole days before the start, how many hours a priced booking has to be paid before it is
     * cancelled (24 if absent; never past the booking's start), and how many hours a freed slot is held for the
     * first on its waitlist (24 if absent; never past the booking closing time).
     */
    public record CancellationBody(
            @Nullable Map<String, Integer> refundPercentByDaysBefore,

            @Nullable @Min(1) @Max(Limits.PAYMENT_DEADLINE_HOURS)
            Integer paymentDeadlineHours,

            @Nullable @Min(1) @Max(Limits.WAITLIST_CLAIM_HOURS)
            Integer waitlistClaimHours) {}

    /**
     * The listing's command for this body, its annotations having held; a refund table whose keys are not whole
     * days is refused here with {@link InvalidInput}, naming the field.
     */
    EditResource command() {
        var mistakes = new ArrayList<Mistake>();
        var refunds = refunds(mistakes);
        if (!mistakes.isEmpty()) {
            throw new InvalidInput(mistakes);
        }
        var eligibility = eligibility();
        var type = eligibility == null ? EligibilityType.EVERYONE : eligibility.type();
        return new EditResource(
                siteId == null ? null : new SiteId(Long.parseLong(siteId)),
                site == null
                        ? null
                        : new EditResource.NewSite(
                                site.name(), site.address(), new RegionCode(site.regionCode()), site.lat(), site.lng()),
                name,
                category,
                kind,
                capacity,
                quantity,
                confirmation,
                free,
                fee == null ? null : fee.fee(),
                type,
                eligibility == null || eligibility.regionCode() == null
                        ? null
                        : new RegionCode(eligibility.regionCode()),
                eligibility == null || eligibility.organizationIds() == null
                        ? List.of()
                        : eligibility.organizationIds().stream()
                                .map(Long::parseLong)
                                .toList(),
                eligibility == null || eligibility.organizationTypes() == null
                        ? Set.of()
                        : Set.copyOf(eligibility.organizationTypes()),
                quota == null ? null : quota.maxActivePerUser(),
                quota == null ? null : quota.maxPerUserPerMonth(),
                openingRules,
                refunds,
                cancellation == null ? null : cancellation.paymentDeadlineHours(),
                cancellation == null ? null : cancellation.waitlistClaimHours(),
                description,
                rules,
                contactPhone,
                areaM2,
                amenities == null ? List.of() : amenities,
                accessibility == null ? List.of() : accessibility);
    }

    /** The refund table by whole days before; null when the body has none. */
    private @Nullable Map<Integer, Integer> refunds(List<Mistake> mistakes) {
        if (cancellation == null || cancellation.refundPercentByDaysBefore() == null) {
            return null;
        }
        var refunds = new TreeMap<Integer, Integer>();
        cancellation.refundPercentByDaysBefore().forEach((days, percent) -> {
            if (days.matches("\\d{1,3}") && percent != null) {
                refunds.put(Integer.parseInt(days), percent);
            }
        });
        if (refunds.size() != cancellation.refundPercentByDaysBefore().size()) {
            mistakes.add(new Mistake("cancellation.refundPercentByDaysBefore", "mistake.resource.refunds"));
        }
        return refunds;
    }
}
