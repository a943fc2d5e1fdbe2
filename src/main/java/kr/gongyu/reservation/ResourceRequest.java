package kr.gongyu.reservation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import kr.gongyu.catalog.AccessibilityFeature;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.EligibilityType;
import kr.gongyu.catalog.Fee;
import kr.gongyu.catalog.FeeUnit;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.identity.OrganizationType;
import kr.gongyu.schedule.OpeningRulesSpec;
import org.jspecify.annotations.Nullable;

/**
 * What staff write about a resource, its opening rules and booking policy: the body of {@code POST /api/v1/admin/resources} and {@code PUT /api/v1/admin/resources/{id}} (API.md). The
 * answer shows the same fields, so what was written reads back the same way.
 */
public record ResourceRequest(
        @Nullable @Pattern(regexp = "\\d{1,18}") String siteId,
        @Nullable @Valid NewSite site,
        @NotBlank @Size(max = 150) String name,
        @NotBlank @Size(max = 30) String category,
        @NotNull ResourceKind kind,
        @NotNull @Min(0) @Max(100_000) Integer capacity,
        @NotNull @Min(1) @Max(100_000) Integer quantity,
        @NotNull Confirmation confirmation,
        @NotNull Boolean free,
        @Nullable @Valid FeeBody fee,
        @Nullable @Valid EligibilityBody eligibility,
        @Nullable @Valid QuotaBody quota,
        @NotNull OpeningRulesSpec openingRules,
        @Nullable @Valid CancellationBody cancellation,
        @Nullable @Size(max = 2000) String description,
        @Nullable @Size(max = 4000) String rules,
        @Nullable @Size(max = 20) String contactPhone,
        @Nullable @DecimalMin("0.1") @DecimalMax("1000000") Double areaM2,
        @Nullable @Size(max = 30) List<@NotBlank @Size(max = 50) String> amenities,
        @Nullable List<AccessibilityFeature> accessibility) {

    /** A site created with the resource. */
    public record NewSite(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 200) String address,
            @NotBlank @Pattern(regexp = "\\d{5}") String regionCode,
            @NotNull @DecimalMin("33.0") @DecimalMax("39.0") Double lat,

            @NotNull @DecimalMin("124.0") @DecimalMax("132.0")
            Double lng) {}

    /** A fee; the surcharges are percents of it (0 to 300), the deposit in won. Absent ones are none. */
    public record FeeBody(
            @NotNull @Min(0) @Max(100_000_000) Long amount,
            @NotNull FeeUnit per,
            @Nullable @Min(0) @Max(300) Integer nightPercent,
            @Nullable @Min(0) @Max(300) Integer weekendPercent,
            @Nullable @Min(0) @Max(300) Integer holidayPercent,
            @Nullable @Min(0) @Max(100_000_000) Long deposit) {

        public static FeeBody of(Fee fee) {
            return new FeeBody(
                    fee.amount(),
                    fee.per(),
                    fee.nightPercent(),
                    fee.weekendPercent(),
                    fee.holidayPercent(),
                    fee.deposit());
        }

        Fee toFee() {
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
            @Nullable @Min(1) @Max(1000) Integer maxActivePerUser,
            @Nullable @Min(1) @Max(1000) Integer maxPerUserPerMonth) {}

    /**
     * The refund by whole days before the start, how many hours a priced booking has to be paid before it is
     * cancelled (24 if absent; never past the booking's start), and how many hours a freed slot is held for the
     * first on its waitlist (24 if absent; never past the booking closing time).
     */
    public record CancellationBody(
            @Nullable Map<String, Integer> refundPercentByDaysBefore,
            @Nullable @Min(1) @Max(720) Integer paymentDeadlineHours,
            @Nullable @Min(1) @Max(168) Integer waitlistClaimHours) {}
}
