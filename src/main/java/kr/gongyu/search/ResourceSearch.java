package kr.gongyu.search;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.search.internal.FreeTime;
import kr.gongyu.search.internal.IndexedResource;
import kr.gongyu.search.internal.IndexedSummary;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search over the published catalogue: Korean full text ranked by relevance with exact names first, every
 * filter of the catalogue, distance from a point, facet counts over all matches, and the availability filter
 * (free on a date, in a window).
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

    /** The most matches the availability filter looks at; a query that needs more should say more. */
    public static final int MAX_WINDOW_CANDIDATES = 20_000;

    private final EntityManager entityManager;
    private final FreeTime freeTime;

    ResourceSearch(EntityManager entityManager, FreeTime freeTime) {
        this.entityManager = entityManager;
        this.freeTime = freeTime;
    }

    /** Resources within {@code radiusKm} of a point, nearest first. */
    public record Near(double lat, double lng, double radiusKm) {}

    /**
     * The availability filter: only resources free on the date, for the whole of {@code from}–{@code to}
     * when both are given, else for a slot within what is given.
     */
    public record Window(
            LocalDate date,
            @Nullable LocalTime from,
            @Nullable LocalTime to) {}

    /**
     * The page-th page (from 0) of matches: by relevance for text, by distance near a point, else by name.
     * With a window, only the resources free in it, counted and faceted as such.
     */
    @Transactional(readOnly = true)
    public ResourcePage find(ResourceFilter filter, @Nullable Near near, @Nullable Window window, int page, int size) {
        var scope = Search.session(entityManager).scope(IndexedResource.class);
        var predicate = predicate(scope.predicate(), filter, near);
        var text = text(filter.text());
        var sort = near != null
                ? scope.sort()
                        .distance("location", GeoPoint.of(near.lat(), near.lng()))
                        .then()
                        .field("name_sort")
                        .toSort()
                : text != null
                        ? scope.sort().score().then().field("name_sort").toSort()
                        : scope.sort().field("name_sort").toSort();
        if (window != null) {
            return freeIn(window, predicate, sort, page, size);
        }
        var result = Search.session(entityManager)
                .search(IndexedResource.class)
                .select(IndexedSummary.class)
                .where(predicate)
                .sort(sort)
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
        var items = result.hits().stream().map(IndexedSummary::view).toList();
        var facets = new ResourceFacets(
                keyed(result.aggregation(CATEGORIES), Category::valueOf),
                keyed(result.aggregation(PROVINCES), RegionCode::new),
                keyed(result.aggregation(INSTITUTION_KINDS), InstitutionKind::valueOf));
        return new ResourcePage(items, result.total().hitCount(), facets);
    }

    /**
     * Every match in order, as the few fields facets need, kept if free in the window; the page is then cut
     * from those. The index narrows the catalogue first, so only the matches' days are looked at, and those
     * are mostly already known ({@link FreeTime}).
     */
    private ResourcePage freeIn(Window window, SearchPredicate predicate, SearchSort sort, int page, int size) {
        var matches = Search.session(entityManager)
                .search(IndexedResource.class)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("category", String.class),
                                f.field("provinceCode", String.class),
                                f.field("institutionKind", String.class))
                        .asList())
                .where(predicate)
                .sort(sort)
                .fetchHits(MAX_WINDOW_CANDIDATES);
        var candidates = matches.stream().map(Match::of).toList();
        var freeIds = freeTime.free(
                candidates.stream().map(match -> new ResourceId(match.id())).toList(),
                window.date(),
                window.from(),
                window.to());
        var free = candidates.stream()
                .filter(match -> freeIds.contains(new ResourceId(match.id())))
                .toList();
        var categories = new HashMap<Category, Long>();
        var provinces = new HashMap<RegionCode, Long>();
        var kinds = new HashMap<InstitutionKind, Long>();
        for (var match : free) {
            categories.merge(Category.valueOf(match.category()), 1L, Long::sum);
            provinces.merge(new RegionCode(match.province()), 1L, Long::sum);
            kinds.merge(InstitutionKind.valueOf(match.institutionKind()), 1L, Long::sum);
        }
        var ids = free.stream()
                .skip((long) page * size)
                .limit(size)
                .map(Match::id)
                .toList();
        if (ids.isEmpty()) {
            return new ResourcePage(List.of(), free.size(), new ResourceFacets(categories, provinces, kinds));
        }
        var byId = Search.session(entityManager)
                .search(IndexedResource.class)
                .select(IndexedSummary.class)
                .where(f -> f.id().matchingAny(ids))
                .fetchHits(ids.size())
                .stream()
                .collect(Collectors.toMap(IndexedSummary::resourceId, IndexedSummary::view));
        // A resource unpublished between the two reads is left out rather than shown empty.
        var items = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        return new ResourcePage(items, free.size(), new ResourceFacets(categories, provinces, kinds));
    }

    /** A match as the availability filter and its facets need it. */
    private record Match(long id, String category, String province, String institutionKind) {

        static Match of(List<?> fields) {
            return new Match(
                    (Long) fields.get(0), (String) fields.get(1), (String) fields.get(2), (String) fields.get(3));
        }
    }

    private static SearchPredicate predicate(SearchPredicateFactory f, ResourceFilter filter, @Nullable Near near) {
        var root = f.bool().must(f.matchAll());
        var text = text(filter.text());
        if (text != null) {
            root.must(f.bool()
                    .must(f.simpleQueryString()
                            .fields(TEXT_FIELDS)
                            .matching(text)
                            .defaultOperator(BooleanOperator.AND)
                            .flags(SimpleQueryFlag.WHITESPACE))
                    // The name exactly as typed outranks every partial match.
                    .should(f.match().field("name_exact").matching(text).boost(10f)));
        }
        if (filter.regionPrefix() != null) {
            root.filter(f.prefix().field("regionCode").matching(filter.regionPrefix()));
        }
        if (!filter.categories().isEmpty()) {
            root.filter(f.terms()
                    .field("category")
                    .matchingAny(filter.categories().stream().map(Enum::name).toList()));
        }
        if (filter.kind() != null) {
            root.filter(f.match().field("kind").matching(filter.kind().name()));
        }
        if (filter.institutionKind() != null) {
            root.filter(f.match()
                    .field("institutionKind")
                    .matching(filter.institutionKind().name()));
        }
        if (filter.institution() != null) {
            root.filter(f.match()
                    .field("institutionId")
                    .matching(filter.institution().value()));
        }
        if (filter.minCapacity() != null) {
            root.filter(f.range().field("capacity").atLeast(filter.minCapacity()));
        }
        if (filter.free() != null) {
            root.filter(f.match().field("free").matching(filter.free()));
        }
        if (filter.confirmation() != null) {
            root.filter(f.match()
                    .field("confirmation")
                    .matching(filter.confirmation().name()));
        }
        if (near != null) {
            root.filter(f.spatial()
                    .within()
                    .field("location")
                    .circle(near.lat(), near.lng(), near.radiusKm(), DistanceUnit.KILOMETERS));
        }
        return root.toPredicate();
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
