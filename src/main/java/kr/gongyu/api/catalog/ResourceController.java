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
import kr.gongyu.search.SearchLimits;
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
        if ((long) (paging.pageOrFirst() + 1) * paging.sizeOrDefault() > SearchLimits.MAX_RESULT_WINDOW) {
            throw ApiException.invalid("page", "problem.field.pageDepth");
        }
        try {
            var near = SearchLimits.near(params.lat(), params.lng(), params.radiusKm());
            var order = SearchLimits.order(
                    blankToNull(params.sort()) == null
                            ? null
                            : ResourceSearch.Order.valueOf(params.sort().toUpperCase(Locale.ROOT)),
                    near);
            var window = SearchLimits.window(params.date(), params.from(), params.to());
            var page = resourceSearch.find(filter, near, window, order, paging.pageOrFirst(), paging.sizeOrDefault());
            return ResourceSearchResponse.of(page, paging);
        } catch (SearchLimits.Refused refused) {
            throw ApiException.invalid(refused.field(), problem(refused.rule()));
        }
    }

    private static String problem(SearchLimits.Rule rule) {
        return switch (rule) {
            case POINT -> "problem.field.latLng";
            case WINDOW -> "problem.field.window";
            case DISTANCE -> "problem.field.sortDistance";
        };
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
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
