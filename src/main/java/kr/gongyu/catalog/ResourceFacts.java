package kr.gongyu.catalog;

import java.util.Set;
import kr.gongyu.institution.InstitutionId;
import org.jspecify.annotations.Nullable;

/**
 * What the national standard format says about a resource, for {@link CatalogBatches}. The rest of a resource
 * (confirmation, eligibility, rules text, accessibility, photos, publication) is staff's to decide in the console:
 * a new resource starts with staff approval and open to everyone, and a revision leaves those as they are.
 *
 * <p>Not a {@link ResourceDraft}, though it shares its fields: a draft is the whole resource and clears what it
 * leaves empty, the facts leave staff's part untouched, and are written in batches rather than through the entity.
 */
public record ResourceFacts(
        InstitutionId institution,
        SiteId site,
        String name,
        Category category,
        ResourceKind kind,
        int capacity,
        int quantity,
        @Nullable Double areaM2,
        @Nullable String description,
        @Nullable String contactPhone,
        boolean free,
        @Nullable Fee fee,
        Set<String> amenities) {

    public ResourceFacts {
        ResourceDraft.checkCommonRules(name, kind, capacity, quantity, free, fee);
        if (name.length() > 150) {
            throw new IllegalArgumentException("A resource's name has at most 150 characters");
        }
        amenities = Set.copyOf(amenities);
    }
}
