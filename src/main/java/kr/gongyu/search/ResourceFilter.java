package kr.gongyu.search;

import java.util.Set;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.InstitutionKind;
import org.jspecify.annotations.Nullable;

/**
 * Which published resources a browse of the catalogue wants; every null part matches everything.
 *
 * @param text words that must each appear in the resource's, its site's or its institution's name
 * @param regionPrefix a prefix of the site's region code ({@code 41} for 경기도, {@code 41110} for 수원시)
 * @param categories the categories to include; empty matches all
 */
public record ResourceFilter(
        @Nullable String text,
        @Nullable String regionPrefix,
        Set<Category> categories,
        @Nullable ResourceKind kind,
        @Nullable InstitutionKind institutionKind,
        @Nullable InstitutionId institution,
        @Nullable Integer minCapacity,
        @Nullable Boolean free,
        @Nullable Confirmation confirmation) {

    /** The largest {@code minCapacity} a search takes, on the API and the pages alike: more than any resource holds. */
    public static final int MAX_MIN_CAPACITY = 100_000;

    public ResourceFilter {
        categories = Set.copyOf(categories);
    }

    public static ResourceFilter all() {
        return new ResourceFilter(null, null, Set.of(), null, null, null, null, null, null);
    }
}
