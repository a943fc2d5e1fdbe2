package kr.gongyu.web.citizen;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.http.QueryRecord;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.search.ResourceFilter;
import kr.gongyu.search.ResourceSearch;
import kr.gongyu.search.SearchLimits;
import kr.gongyu.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The results page's filters as the browser sends them: text as typed, so that a mistake is shown back with
 * the input kept. {@link #read} turns them into the search's terms, naming each field at fault; the limits are the
 * API's ({@link SearchLimits}).
 */
@QueryRecord
record SearchForm(
        @Nullable String q,
        @Nullable String region,
        @Nullable String category,
        @Nullable String kind,
        @Nullable String institutionKind,
        @Nullable String minCapacity,
        @Nullable String free,
        @Nullable String confirmation,
        @Nullable String date,
        @Nullable String from,
        @Nullable String to,
        @Nullable String lat,
        @Nullable String lng,
        @Nullable String radiusKm,
        @Nullable String page,
        @Nullable String district,
        @Nullable String sort) {

    static final int PAGE_SIZE = 20;

    /** The last page (from 0) within the search's deepest matches. */
    static final int MAX_PAGE = SearchLimits.MAX_RESULT_WINDOW / PAGE_SIZE - 1;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(SearchLimits.TIME_PATTERN);

    /** What the search is asked for. */
    record Query(
            ResourceFilter filter,
            ResourceSearch.@Nullable Near near,
            ResourceSearch.@Nullable Window window,
            ResourceSearch.@Nullable Order order,
            int page) {}

    /** The search these filters ask for, or null when any is wrong (each mistake recorded in {@code errors}). */
    @Nullable
    Query read(FormErrors errors) {
        var categories = Set.<Category>of();
        if (present(category)) {
            categories = Category.selectedBy(category.strip());
            if (categories.isEmpty()) {
                errors.reject("category", "problem.field.category");
            }
        }
        if (present(region) && !region.strip().matches(SearchLimits.REGION_PREFIX)) {
            errors.reject("region", "problem.field.regionPrefix");
        }
        // A 시·군·구 of the 시·도 chosen narrows it; one of another 시·도 (left from a change of 시·도) is dropped.
        var within = present(region) ? region.strip() : null;
        if (present(district)) {
            if (!district.strip().matches("\\d{5}")) {
                errors.reject("district", "problem.field.regionPrefix");
            } else if (within == null || district.strip().startsWith(within)) {
                within = district.strip();
            }
        }
        var order = choice("sort", sort, value -> ResourceSearch.Order.valueOf(value.toUpperCase(Locale.ROOT)), errors);
        var resourceKind = choice("kind", kind, ResourceKind::valueOf, errors);
        var ofInstitution = choice("institutionKind", institutionKind, InstitutionKind::valueOf, errors);
        var bookedBy = choice("confirmation", confirmation, Confirmation::valueOf, errors);
        var freeOfCharge = choice("free", free, SearchForm::yesOrNo, errors);
        var capacity = number("minCapacity", minCapacity, 0, ResourceFilter.MAX_MIN_CAPACITY, Integer::valueOf, errors);
        var pageNumber = number("page", page, 1, MAX_PAGE + 1, Integer::valueOf, errors);
        var window = window(errors);
        var near = near(errors);
        try {
            SearchLimits.order(order, near);
        } catch (SearchLimits.Refused refused) {
            if (!errors.has("lat") && !errors.has("lng")) {
                errors.reject(refused.field(), "search.error.sortDistance");
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        var filter = new ResourceFilter(
                q, within, categories, resourceKind, ofInstitution, null, capacity, freeOfCharge, bookedBy);
        return new Query(filter, near, window, order, pageNumber == null ? 0 : pageNumber - 1);
    }

    /** Whether any of the filters the page folds away by default is set, so that the page shows them open. */
    public boolean hasMoreFilters() {
        return Stream.of(minCapacity, lat, lng, radiusKm, kind, institutionKind, confirmation, free)
                .anyMatch(SearchForm::present);
    }

    /**
     * These filters with one changed (null or blank removes it), as the results' address: for facet links and
     * pages. Any other change starts again from the first page.
     */
    public String with(String name, @Nullable String value) {
        var values = new LinkedHashMap<String, @Nullable String>();
        values.put("q", q);
        values.put("region", region);
        values.put("district", name.equals("region") ? null : district);
        values.put("category", category);
        values.put("kind", kind);
        values.put("institutionKind", institutionKind);
        values.put("minCapacity", minCapacity);
        values.put("free", free);
        values.put("confirmation", confirmation);
        values.put("date", date);
        values.put("from", from);
        values.put("to", to);
        values.put("lat", lat);
        values.put("lng", lng);
        values.put("radiusKm", radiusKm);
        values.put("sort", sort);
        values.put("page", null);
        values.put(name, value);
        var link = UriComponentsBuilder.fromPath("/resources");
        values.forEach((parameter, given) -> {
            if (present(given)) {
                link.queryParam(parameter, given);
            }
        });
        return link.build().encode().toUriString();
    }

    private ResourceSearch.@Nullable Window window(FormErrors errors) {
        var day = parsed("date", date, LocalDate::parse, errors);
        var start = parsed("from", from, SearchForm::time, errors);
        var end = parsed("to", to, SearchForm::time, errors);
        if (errors.has("date")) {
            return null;
        }
        try {
            return SearchLimits.window(day, start, end);
        } catch (SearchLimits.Refused refused) {
            errors.reject(
                    refused.field(),
                    refused.field().equals("date") ? "search.error.dateForTimes" : "search.error.toAfterFrom");
            return null;
        }
    }

    private ResourceSearch.@Nullable Near near(FormErrors errors) {
        var latitude =
                number("lat", lat, bound(SearchLimits.MIN_LAT), bound(SearchLimits.MAX_LAT), Double::valueOf, errors);
        var longitude =
                number("lng", lng, bound(SearchLimits.MIN_LNG), bound(SearchLimits.MAX_LNG), Double::valueOf, errors);
        // Above 0: the smallest positive double is the inclusive bound's way of saying so.
        var radius = number(
                "radiusKm",
                radiusKm,
                Double.MIN_VALUE,
                bound(ResourceSearch.Near.MAX_RADIUS_KM),
                Double::valueOf,
                errors);
        if (errors.has("lat") || errors.has("lng")) {
            return null;
        }
        try {
            return SearchLimits.near(latitude, longitude, radius);
        } catch (SearchLimits.Refused refused) {
            errors.reject(refused.field(), "problem.field.latLng");
            return null;
        }
    }

    private static double bound(String text) {
        return Double.parseDouble(text);
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text, TIME);
    }

    private static Boolean yesOrNo(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static <T> @Nullable T choice(
            String field, @Nullable String value, Function<String, T> parse, FormErrors errors) {
        if (!present(value)) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException unknown) {
            errors.reject(field, "form.error.choice");
            return null;
        }
    }

    private static <T> @Nullable T parsed(
            String field, @Nullable String value, Function<String, T> parse, FormErrors errors) {
        if (!present(value)) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (DateTimeParseException malformed) {
            errors.reject(field, "search.error." + field);
            return null;
        }
    }

    private static <T extends Number & Comparable<T>> @Nullable T number(
            String field, @Nullable String value, T min, T max, Function<String, T> parse, FormErrors errors) {
        if (!present(value)) {
            return null;
        }
        try {
            var number = parse.apply(value.strip());
            if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                errors.reject(field, "form.error.range", min, max);
                return null;
            }
            return number;
        } catch (NumberFormatException malformed) {
            errors.reject(field, "form.error.number");
            return null;
        }
    }
}
