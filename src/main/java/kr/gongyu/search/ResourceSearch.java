package kr.gongyu.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.search.internal.FreeTime;
import kr.gongyu.search.internal.IndexedResource;
import kr.gongyu.search.internal.IndexedSummary;
import kr.gongyu.search.internal.QueryText;
import org.hibernate.SessionFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

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
    /**
     * The kind of facility, in Korean and English: a word found here counts most (×4, so that "수영" ranks swimming
     * pools above the offices of 수영구), then one in the resource's own name (×2), then one in {@link #PLACE_FIELDS},
     * and last one of its amenities (×0.5: "빔프로젝터 회의실" finds meeting rooms with a projector).
     */
    private static final String[] CATEGORY_FIELDS = {"categoryLabel", "categoryLabelEn"};

    /** Where the resource is: its site, its institution and its address. */
    private static final String[] PLACE_FIELDS = {"siteName", "institutionName", "address"};

    private static final AggregationKey<Map<String, Long>> CATEGORIES = AggregationKey.of("category");
    private static final AggregationKey<Map<String, Long>> PROVINCES = AggregationKey.of("province");
    private static final AggregationKey<Map<String, Long>> INSTITUTION_KINDS = AggregationKey.of("institutionKind");

    /** The most matches the availability filter looks at; a query that needs more should say more. */
    public static final int MAX_WINDOW_CANDIDATES = 20_000;

    private final SessionFactory sessions;
    private final SearchScope<IndexedResource> scope;
    private final FreeTime freeTime;
    private final QueryText queryText;

    ResourceSearch(EntityManagerFactory entityManagerFactory, FreeTime freeTime, QueryText queryText) {
        this.sessions = entityManagerFactory.unwrap(SessionFactory.class);
        this.scope = Search.mapping(entityManagerFactory).scope(IndexedResource.class);
        this.freeTime = freeTime;
        this.queryText = queryText;
    }

    /** The order of results. */
    public enum Order {
        /** Best match first (then by name); by name when there is no text. */
        RELEVANCE,
        /** Nearest first: needs a point. */
        DISTANCE,
        /** By name, 가나다 order. */
        NAME,
        /** Largest capacity first, then by name. */
        CAPACITY
    }

    /**
     * Resources within {@code radiusKm} of a point, nearest first: a radius above 0 and at most {@link
     * #MAX_RADIUS_KM} (text, as bean validation takes it), {@link #DEFAULT_RADIUS_KM} when none is given; the
     * API's and the pages' limits are {@link SearchLimits}.
     */
    public record Near(double lat, double lng, double radiusKm) {

        public static final double DEFAULT_RADIUS_KM = 10;

        /** Beyond it the search is the whole country anyway. */
        public static final String MAX_RADIUS_KM = "500";
    }

    /**
     * The availability filter: only resources free on the date, for the whole of {@code from}–{@code to}
     * when both are given, else for a slot within what is given.
     */
    public record Window(
            LocalDate date,
            @Nullable LocalTime from,
            @Nullable LocalTime to) {}

    /**
     * The page-th page (from 0) of matches: by distance near a point, else by relevance for text, else by name.
     * With a window, only the resources free in it, counted and faceted as such.
     */
    public ResourcePage find(ResourceFilter filter, @Nullable Near near, @Nullable Window window, int page, int size) {
        return find(filter, near, window, null, page, size);
    }

    /**
     * The page-th page (from 0) of matches in the order asked for, or, when none is, the order of
     * {@link #find(ResourceFilter, Near, Window, int, int)}. {@link Order#DISTANCE} needs a point.
     *
     * <p>No transaction and no database connection: everything is read from the index, in a session of its own
     * that never touches JDBC (the availability filter opens its own transaction for the days it computes).
     */
    public ResourcePage find(
            ResourceFilter filter,
            @Nullable Near near,
            @Nullable Window window,
            @Nullable Order order,
            int page,
            int size) {
        var text = text(filter.text());
        var parsed = text == null ? null : queryText.parse(List.of(text.split(" ")));
        var predicate = predicate(scope.predicate(), filter, text, parsed, near);
        var wanted = order != null
                ? order
                : near != null
                        ? Order.DISTANCE
                        : parsed != null && parsed.queryString() != null ? Order.RELEVANCE : Order.NAME;
        var sort = switch (wanted) {
            case DISTANCE -> {
                if (near == null) {
                    throw new IllegalArgumentException("Distance order needs a point");
                }
                yield scope.sort()
                        .distance("location", GeoPoint.of(near.lat(), near.lng()))
                        .then()
                        .field("name_sort")
                        .toSort();
            }
            case RELEVANCE -> scope.sort().score().then().field("name_sort").toSort();
            case CAPACITY ->
                scope.sort().field("capacity").desc().then().field("name_sort").toSort();
            case NAME -> scope.sort().field("name_sort").toSort();
        };
        try (var session = sessions.openSession()) {
            var search = Search.session(session);
            return window != null
                    ? freeIn(search, window, predicate, sort, page, size)
                    : page(search, predicate, sort, page, size);
        }
    }

    private ResourcePage page(SearchSession search, SearchPredicate predicate, SearchSort sort, int page, int size) {
        var result = search.search(scope)
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
     * The free matches, counted, faceted and paged by the index itself: first every match's id (up to
     * {@link #MAX_WINDOW_CANDIDATES}), then which of them are free ({@link FreeTime}, mostly stored already), then
     * the same query narrowed to those ids. Reading only the ids keeps the thousands of candidates of a broad query
     * out of the stored fields, which would be decompressed block by block for each of them.
     */
    private ResourcePage freeIn(
            SearchSession search, Window window, SearchPredicate predicate, SearchSort sort, int page, int size) {
        var candidates = candidates(search, predicate, sort);
        var free = freeTime.free(
                candidates.stream().map(ResourceId::new).toList(), window.date(), window.from(), window.to());
        if (free.isEmpty()) {
            return new ResourcePage(List.of(), 0, new ResourceFacets(Map.of(), Map.of(), Map.of()));
        }
        var freeIds = free.stream().map(ResourceId::value).toList();
        var f = scope.predicate();
        return page(
                search,
                f.bool().must(predicate).filter(f.id().matchingAny(freeIds)).toPredicate(),
                sort,
                page,
                size);
    }

    /**
     * The ids of the matches, in the index's order: the page query ranks the free ones, so their order here is of
     * no use, and sorting thousands of matches by relevance (scoring each, then a heap of them) cost as much as the
     * page itself. Only a query with more matches than the cap is asked again, best first, so that the cap drops
     * the worst.
     */
    private List<Long> candidates(SearchSession search, SearchPredicate predicate, SearchSort sort) {
        var inIndexOrder = search.search(scope)
                .select(f -> f.id(Long.class))
                .where(predicate)
                .sort(f -> f.indexOrder())
                .fetch(MAX_WINDOW_CANDIDATES);
        if (inIndexOrder.total().hitCountLowerBound() <= MAX_WINDOW_CANDIDATES) {
            return inIndexOrder.hits();
        }
        return search.search(scope)
                .select(f -> f.id(Long.class))
                .where(predicate)
                .sort(sort)
                .fetchHits(MAX_WINDOW_CANDIDATES);
    }

    private static SearchPredicate predicate(
            SearchPredicateFactory f,
            ResourceFilter filter,
            @Nullable String text,
            QueryText.@Nullable Parsed parsed,
            @Nullable Near near) {
        var root = f.bool().must(f.matchAll());
        var words = parsed == null ? null : parsed.queryString();
        if (text != null && words != null) {
            // Each word as a phrase of its parts ("수영장" is 수영 then 장 in one field, not 수영 in the site's name
            // and 장 in another word), or one of its alternatives; every word must match.
            root.must(f.bool()
                    .must(f.simpleQueryString()
                            .fields(CATEGORY_FIELDS)
                            .boost(4f)
                            .field("name")
                            .boost(2f)
                            .fields(PLACE_FIELDS)
                            .field("amenities")
                            .boost(0.5f)
                            .matching(words)
                            .defaultOperator(BooleanOperator.AND)
                            .flags(
                                    SimpleQueryFlag.WHITESPACE,
                                    SimpleQueryFlag.PHRASE,
                                    SimpleQueryFlag.OR,
                                    SimpleQueryFlag.PRECEDENCE))
                    // The name exactly as typed outranks every partial match.
                    .should(f.match().field("name_exact").matching(text).boost(10f)));
        }
        if (parsed != null && !parsed.regions().isEmpty()) {
            var anyRegion = f.bool();
            for (var region : parsed.regions()) {
                anyRegion.should(f.prefix().field("regionCode").matching(region));
            }
            root.filter(anyRegion);
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
