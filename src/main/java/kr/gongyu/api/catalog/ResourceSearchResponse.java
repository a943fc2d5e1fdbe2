package kr.gongyu.api.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kr.gongyu.api.Paging;
import kr.gongyu.catalog.Category;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.search.ResourcePage;

/** The answer of {@code GET /api/v1/resources}: a page of summaries with facet counts over all matches. */
record ResourceSearchResponse(
        List<ResourceSummaryResponse> items, long total, int page, int size, Map<String, Map<String, Long>> facets) {

    static ResourceSearchResponse of(ResourcePage result, Paging paging) {
        var facets = result.facets();
        return new ResourceSearchResponse(
                result.items().stream().map(ResourceSummaryResponse::of).toList(),
                result.total(),
                paging.pageOrFirst(),
                paging.sizeOrDefault(),
                Map.of(
                        "category", byCount(facets.categories(), Category::label),
                        "region", byCount(facets.provinces(), RegionCode::value),
                        "institutionKind", byCount(facets.institutionKinds(), InstitutionKind::name)));
    }

    /** Facet values, largest count first, keyed as the matching filter parameter spells them. */
    private static <K> Map<String, Long> byCount(Map<K, Long> counts, Function<K, String> key) {
        var ordered = new LinkedHashMap<String, Long>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(entry -> ordered.put(key.apply(entry.getKey()), entry.getValue()));
        return ordered;
    }
}
