package kr.gongyu.api.catalog;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Set;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.api.Paging;
import kr.gongyu.api.reservation.ReservationResponses;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.reservation.Discounts;
import kr.gongyu.schedule.ResourceSchedules;
import kr.gongyu.search.ResourceFilter;
import kr.gongyu.search.ResourceSearch;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/resources} and {@code GET /api/v1/resources/{id}}: the published catalogue. */
@RestController
@RequestMapping(path = "/api/v1/resources", produces = MediaType.APPLICATION_JSON_VALUE)
class ResourceController {

    /** Deeper pages cost the index more than anyone reads: narrow the search instead. */
    private static final int MAX_RESULT_WINDOW = 10_000;

    private final ResourceDirectory directory;
    private final ResourceSearch resourceSearch;
    private final ResourceSchedules schedules;
    private final Discounts discounts;
    private final ReservationResponses responses;

    ResourceController(
            ResourceDirectory directory,
            ResourceSearch resourceSearch,
            ResourceSchedules schedules,
            Discounts discounts,
            ReservationResponses responses) {
        this.directory = directory;
        this.resourceSearch = resourceSearch;
        this.schedules = schedules;
        this.discounts = discounts;
        this.responses = responses;
    }

    @GetMapping
    ResourceSearchResponse search(@Valid ResourceSearchParams params, @Valid Paging paging) {
        var filter = new ResourceFilter(
                params.q(),
                blankToNull(params.region()),
                blankToNull(params.category()) == null ? Set.of() : Category.selectedBy(params.category()),
                params.kind(),
                params.institutionKind(),
                blankToNull(params.institutionId()) == null
                        ? null
                        : new InstitutionId(Long.parseLong(params.institutionId())),
                params.minCapacity(),
                params.free(),
                params.confirmation());
        if ((long) (paging.pageOrFirst() + 1) * paging.sizeOrDefault() > MAX_RESULT_WINDOW) {
            throw ApiException.invalid("page", "problem.field.pageDepth");
        }
        var near = near(params);
        var order = blankToNull(params.sort()) == null
                ? null
                : ResourceSearch.Order.valueOf(params.sort().toUpperCase(Locale.ROOT));
        if (order == ResourceSearch.Order.DISTANCE && near == null) {
            throw ApiException.invalid("sort", "problem.field.sortDistance");
        }
        var page =
                resourceSearch.find(filter, near, window(params), order, paging.pageOrFirst(), paging.sizeOrDefault());
        return ResourceSearchResponse.of(page, paging);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static ResourceSearch.@Nullable Window window(ResourceSearchParams params) {
        if (params.date() == null) {
            if (params.from() != null || params.to() != null) {
                throw ApiException.invalid("date", "problem.field.window");
            }
            return null;
        }
        if (params.from() != null && params.to() != null && !params.to().isAfter(params.from())) {
            throw ApiException.invalid("to", "problem.field.window");
        }
        return new ResourceSearch.Window(params.date(), params.from(), params.to());
    }

    private static ResourceSearch.@Nullable Near near(ResourceSearchParams params) {
        if ((params.lat() == null) != (params.lng() == null)) {
            throw ApiException.invalid(params.lat() == null ? "lat" : "lng", "problem.field.latLng");
        }
        if (params.lat() == null || params.lng() == null) {
            if (params.radiusKm() != null) {
                throw ApiException.invalid("radiusKm", "problem.field.latLng");
            }
            return null;
        }
        return new ResourceSearch.Near(
                params.lat(),
                params.lng(),
                params.radiusKm() == null ? ResourceSearch.Near.DEFAULT_RADIUS_KM : params.radiusKm());
    }

    @GetMapping("/{id}")
    ResourceDetailsResponse get(@PathVariable String id, Locale locale) {
        return Ids.parse(id)
                .map(ResourceId::new)
                .flatMap(directory::details)
                .map(details -> ResourceDetailsResponse.of(
                        details,
                        schedules.rulesOf(details.summary().id()),
                        responses.terms(discounts.ofResource(details.summary().id())),
                        locale))
                .orElseThrow(() -> ApiException.notFound("what.resource", id));
    }
}
