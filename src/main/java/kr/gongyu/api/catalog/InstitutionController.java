package kr.gongyu.api.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import kr.gongyu.api.PageResponse;
import kr.gongyu.api.Paging;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.InstitutionView;
import kr.gongyu.institution.Institutions;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/institutions}: the bodies that open resources, by kind and name. */
@RestController
@RequestMapping(path = "/api/v1/institutions", produces = MediaType.APPLICATION_JSON_VALUE)
class InstitutionController {

    private final Institutions institutions;

    InstitutionController(Institutions institutions) {
        this.institutions = institutions;
    }

    @GetMapping
    PageResponse<InstitutionResponse> list(
            @RequestParam(required = false) @Nullable InstitutionKind kind,
            @RequestParam(required = false) @Size(max = 100) @Nullable String q,
            @Valid Paging paging) {
        var text = q == null || q.isBlank() ? null : q.strip();
        var found = institutions.search(kind, text, PageRequest.of(paging.pageOrFirst(), paging.sizeOrDefault()));
        return new PageResponse<>(
                found.map(InstitutionResponse::of).getContent(),
                found.getTotalElements(),
                paging.pageOrFirst(),
                paging.sizeOrDefault());
    }

    record InstitutionResponse(String id, String name, InstitutionKind kind, String regionCode) {

        static InstitutionResponse of(InstitutionView institution) {
            return new InstitutionResponse(
                    institution.id().toString(),
                    institution.name(),
                    institution.kind(),
                    institution.region().value());
        }
    }
}
