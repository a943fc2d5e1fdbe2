package kr.gongyu.catalog;

import java.util.List;
import java.util.Set;
import kr.gongyu.institution.RegionCode;
import org.jspecify.annotations.Nullable;

/** Everything the catalogue knows about one resource, for its page. */
public record ResourceDetailsView(
        ResourceSummaryView summary,
        @Nullable String description,
        @Nullable String rules,
        @Nullable Double areaM2,
        @Nullable String contactPhone,
        @Nullable Fee fee,
        EligibilityType eligibility,
        @Nullable RegionCode eligibleRegion,
        Set<Long> eligibleOrganizations,
        Set<String> amenities,
        Set<AccessibilityFeature> accessibility,
        List<Photo> photos) {}
