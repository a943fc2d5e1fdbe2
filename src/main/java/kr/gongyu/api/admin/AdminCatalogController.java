package kr.gongyu.api.admin;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.api.PageResponse;
import kr.gongyu.api.Paging;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.ResourceEntryView;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.catalog.ResourceManagement;
import kr.gongyu.catalog.SiteView;
import kr.gongyu.http.StaffScope;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.listing.ResourceEditing;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff member's own sites and resources, published or not, and publishing them. Another institution's
 * resource answers 404, exactly as one that does not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminCatalogController {

    private final ResourceManagement management;
    private final ResourceEditing editing;

    AdminCatalogController(ResourceManagement management, ResourceEditing editing) {
        this.management = management;
        this.editing = editing;
    }

    record SiteResponse(String id, String name, String address, String regionCode, double lat, double lng) {

        static SiteResponse of(SiteView site) {
            return new SiteResponse(
                    site.id().toString(),
                    site.name(),
                    site.address(),
                    site.region().value(),
                    site.lat(),
                    site.lng());
        }
    }

    record AdminResourceResponse(
            String id,
            String siteId,
            String name,
            String category,
            ResourceKind kind,
            int capacity,
            int quantity,
            boolean free,
            Confirmation confirmation,
            boolean published) {

        static AdminResourceResponse of(ResourceEntryView resource) {
            return new AdminResourceResponse(
                    resource.id().toString(),
                    resource.site().toString(),
                    resource.name(),
                    resource.category().label(),
                    resource.kind(),
                    resource.capacity(),
                    resource.quantity(),
                    resource.free(),
                    resource.confirmation(),
                    resource.published());
        }
    }

    @GetMapping("/sites")
    List<SiteResponse> sites(StaffScope scope) {
        return management.sites(scope.institution()).stream()
                .map(SiteResponse::of)
                .toList();
    }

    @GetMapping("/resources")
    PageResponse<AdminResourceResponse> resources(StaffScope scope, @Valid Paging paging) {
        var page = management.resources(scope.institution(), paging.pageOrFirst(), paging.sizeOrDefault());
        return new PageResponse<>(
                page.map(AdminResourceResponse::of).getContent(),
                page.getTotalElements(),
                paging.pageOrFirst(),
                paging.sizeOrDefault());
    }

    @GetMapping("/resources/{id}")
    ResourceSettingsResponse resource(StaffScope scope, @PathVariable String id) {
        var institution = scope.institution();
        return Ids.parse(id)
                .flatMap(value -> editing.read(institution, new ResourceId(value)))
                .map(ResourceSettingsResponse::of)
                .orElseThrow(() -> ApiException.notFound("what.resource", id));
    }

    @PostMapping(path = "/resources", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ResourceSettingsResponse> create(StaffScope scope, @Valid @RequestBody ResourceRequest request) {
        var created = ResourceSettingsResponse.of(
                ApiException.checked(() -> editing.create(scope.institution(), request.command())));
        return ResponseEntity.created(URI.create("/api/v1/admin/resources/" + created.id()))
                .body(created);
    }

    @PutMapping(path = "/resources/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResourceSettingsResponse revise(
            StaffScope scope, @PathVariable String id, @Valid @RequestBody ResourceRequest request) {
        var institution = scope.institution();
        return Ids.parse(id)
                .flatMap(value -> ApiException.checked(
                        () -> editing.revise(institution, new ResourceId(value), request.command())))
                .map(ResourceSettingsResponse::of)
                .orElseThrow(() -> ApiException.notFound("what.resource", id));
    }

    @PostMapping("/resources/{id}/publish")
    AdminResourceResponse publish(StaffScope scope, @PathVariable String id) {
        return own(scope, id, management::publish);
    }

    @PostMapping("/resources/{id}/unpublish")
    AdminResourceResponse unpublish(StaffScope scope, @PathVariable String id) {
        return own(scope, id, management::unpublish);
    }

    private static AdminResourceResponse own(
            StaffScope scope, String id, BiFunction<InstitutionId, ResourceId, Optional<ResourceEntryView>> action) {
        var institution = scope.institution();
        return Ids.parse(id)
                .flatMap(value -> action.apply(institution, new ResourceId(value)))
                .map(AdminResourceResponse::of)
                .orElseThrow(() -> ApiException.notFound("what.resource", id));
    }
}
