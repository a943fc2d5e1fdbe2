package kr.gongyu.api.catalog;

import jakarta.validation.Valid;
import java.util.Set;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.api.Paging;
import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceFilter;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.schedule.ResourceSchedules;
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
    private final ResourceSchedules schedules;

    ResourceController(ResourceDirectory directory, ResourceSchedules schedules) {
        this.directory = directory;
        this.schedules = schedules;
    }

    @GetMapping
    ResourceSearchResponse search(@Valid ResourceSearchParams params, @Valid Paging paging) {
        var filter = new ResourceFilter(
                params.q(),
                params.region(),
                params.category() == null ? Set.of() : Category.selectedBy(params.category()),
                params.kind(),
                params.institutionKind(),
                params.institutionId() == null ? null : new InstitutionId(Long.parseLong(params.institutionId())),
                params.minCapacity(),
                params.free(),
                params.confirmation());
        var page = directory.find(filter, paging.pageOrFirst(), paging.sizeOrDefault());
        return ResourceSearchResponse.of(page, paging);
    }

    @GetMapping("/{id}")
    ResourceDetailsResponse get(@PathVariable String id) {
        return Ids.parse(id)
                .map(ResourceId::new)
                .flatMap(directory::details)
                .map(details -> ResourceDetailsResponse.of(
                        details, schedules.rulesOf(details.summary().id())))
                .orElseThrow(() -> ApiException.notFound("what.resource", id));
    }
}
