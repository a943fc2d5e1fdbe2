package kr.gongyu.imports.internal;

import java.util.Set;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.Fee;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.schedule.OpeningRulesSpec;
import org.jspecify.annotations.Nullable;

/**
 * A row that can be imported: its keys, its site, its resource and its opening rules (none when the row gives no
 * hours).
 *
 * <p>Not a {@link kr.gongyu.catalog.ResourceFacts} and a site: the row comes before its site has an id, and
 * becomes the facts (ImportRun) once the site is found or made.
 */
public record MappedRow(
        int row,
        InstitutionId institution,
        String siteKey,
        String resourceKey,
        String siteName,
        String address,
        RegionCode region,
        double lat,
        double lng,
        String resourceName,
        Category category,
        ResourceKind kind,
        int capacity,
        int quantity,
        @Nullable Double areaM2,
        @Nullable String description,
        @Nullable String contactPhone,
        boolean free,
        @Nullable Fee fee,
        Set<String> amenities,
        @Nullable OpeningRulesSpec rules) {}
