package kr.gongyu.catalog;

import java.util.Set;
import kr.gongyu.institution.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * What staff write about a resource when they create or revise it (command of {@link ResourceManagement}).
 * The compact constructor holds the rules every resource keeps, whoever writes it.
 */
public record ResourceDraft(
        SiteId site,
        String name,
        Category category,
        ResourceKind kind,
        int capacity,
        int quantity,
        @Nullable Double areaM2,
        @Nullable String description,
        @Nullable String rules,
        @Nullable String contactPhone,
        boolean free,
        @Nullable Fee fee,
        Confirmation confirmation,
        EligibilityType eligibility,
        @Nullable RegionCode eligibleRegion,
        Set<Long> eligibleOrganizations,
        Set<String> amenities,
        Set<AccessibilityFeature> accessibility) {

    public ResourceDraft {
        checkCommonRules(name, kind, capacity, quantity, free, fee);
        if ((eligibility == EligibilityType.RESIDENTS) != (eligibleRegion != null)) {
            throw new IllegalArgumentException("Residents' eligibility names a region, and only it does");
        }
        // Organisations' eligibility may list no organisation: the booking policy then names the approved types.
        eligibleOrganizations =
                eligibility == EligibilityType.ORGANIZATIONS ? Set.copyOf(eligibleOrganizations) : Set.of();
        amenities = Set.copyOf(amenities);
        accessibility = Set.copyOf(accessibility);
    }

    /** The rules every resource keeps, however it is written: by staff's draft or by an import's facts. */
    static void checkCommonRules(
            String name, ResourceKind kind, int capacity, int quantity, boolean free, @Nullable Fee fee) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("A resource needs a name");
        }
        if (capacity < 0 || quantity < 1) {
            throw new IllegalArgumentException("Capacity is 0 or more and quantity 1 or more");
        }
        if (kind == ResourceKind.SPACE && quantity != 1) {
            throw new IllegalArgumentException("A space is one unit");
        }
        if (free && fee != null) {
            throw new IllegalArgumentException("A free resource has no fee");
        }
    }
}
