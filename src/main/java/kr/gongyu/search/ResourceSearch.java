package kr.gongyu.search;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.gongyu.catalog.Category;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.search.internal.IndexedResource;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search over the published catalogue: Korean full text ranked by relevance with exact names first, every
 * filter of the catalogue, distance from a point, and facet counts over all matches.
 */
@Service
public class ResourceSearch {

    /** Text beyond this is ignored: the first words of a pasted page decide, and a query stays bounded. */
    static final int MAX_TEXT_LENGTH = 200;

    private static final int MAX_WORDS = 16;
    private static final String[] TEXT_FIELDS = {
        "name", "categoryLabel", "categoryLabelEn", "siteName", "institutionName", "address"
    };
    private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("category");
    private static final AggregationKey<Map<String, Long>> PROVINCES = AggregationKey.of("province");
    private static final AggregationKey<Map<String, Long>> INSTITUTION_KINDS = AggregationKey.of("institutionKind");

    private final EntityManager entityManager;

    ResourceSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Resources within {@code radiusKm} of a point, nearest first. */
    public record Near(double lat, double lng, double radiusKm) {}

    /** The page-th page (from 0) of matches: by relevance for text, by distance near a point, else by name. */
    @Transactional(readOnly = true)
    public ResourcePage find(ResourceFilter filter, @Nullable Near near, int page, int size) {
        var text = text(filter.text());
        var result = Search.session(entityManager)
                .search(IndexedResource.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (text != null) {
                        root.add(f.bool()
                                .must(f.simpleQueryString()
                                        .fields(TEXT_FIELDS)
                                        .matching(text)
                                        .defaultOperator(BooleanOperator.AND)
                                        .flags(SimpleQueryFlag.WHITESPACE))
                                // The name exactly as typed outranks every partial match.
                                .should(f.match()
                                        .field("name_exact")
                                        .matching(text)
                                        .boost(10f)));
                    }
                    if (filter.regionPrefix() != null) {
                        root.add(f.prefix().field("regionCode").matching(filter.regionPrefix()));
                    }
                    if (!filter.categories().isEmpty()) {
                        root.add(f.terms()
                                .field("category")
                                .matchingAny(filter.categories().stream()
                                        .map(Enum::name)
                                        .toList()));
                    }
                    if (filter.kind() != null) {
                        root.add(f.match().field("kind").matching(filter.kind().name()));
                    }
                    if (filter.institutionKind() != null) {
                        root.add(f.match()
                                .field("institutionKind")
                                .matching(filter.institutionKind().name()));
                    }
                    if (filter.institution() != null) {
                        root.add(f.match()
                                .field("institutionId")
                                .matching(filter.institution().value()));
                    }
                    if (filter.minCapacity() != null) {
                        root.add(f.range().field("capacity").atLeast(filter.minCapacity()));
                    }
                    if (filter.free() != null) {
                        root.add(f.match().field("free").matching(filter.free()));
                    }
                    if (filter.confirmation() != null) {
                        root.add(f.match()
                                .field("confirmation")
                                .matching(filter.confirmation().name()));
                    }
                    if (near != null) {
                        root.add(f.spatial()
                                .within()
                                .field("location")
                                .circle(near.lat(), near.lng(), near.radiusKm(), DistanceUnit.KILOMETERS));
                    }
                })
                .sort(f -> {
                    if (near != null) {
                        return f.distance("location", GeoPoint.of(near.lat(), near.lng()))
                                .then()
                                .field("name_sort");
                    }
                    return text != null ? f.score().then().field("name_sort") : f.field("name_sort");
                })
                .aggregation(
                        CATEGORIES,
                        f -> f.terms().field("category", String.class).maxTermCount(200))
                .aggregation(
                        PROVINCES,
                        f -> f.terms().field("provinceCode", String.class).maxTermCount(50))
                .aggregation(
                        INSTITUTION_KINDS,
                        f -> f.terms().field("institutionKind", String.class).maxTermCount(10))
                .fetch(page * size, size);
        var items = result.hits().stream().map(IndexedResource::view).toList();
        var facets = new ResourceFacets(
                keyed(result.aggregation(CATEGORIES), Category::valueOf),
                keyed(result.aggregation(PROVINCES), RegionCode::new),
                keyed(result.aggregation(INSTITUTION_KINDS), InstitutionKind::valueOf));
        return new ResourcePage(items, result.total().hitCount(), facets);
    }

    /** The words to look for, or null for none: blank is no text, and only the first words of a long text count. */
    static @Nullable String text(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var bounded = raw.length() > MAX_TEXT_LENGTH ? raw.substring(0, MAX_TEXT_LENGTH) : raw;
        return Arrays.stream(bounded.strip().split("\\s+")).limit(MAX_WORDS).collect(Collectors.joining(" "));
    }

    private static <K> Map<K, Long> keyed(Map<String, Long> counts, Function<String, K> key) {
        var keyed = new HashMap<K, Long>();
        counts.forEach((value, count) -> keyed.put(key.apply(value), count));
        return keyed;
    }
}
