package kr.gongyu.api.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import kr.gongyu.api.ApiException;
import kr.gongyu.api.Ids;
import kr.gongyu.api.reservation.ReservationResponses;
import kr.gongyu.api.reservation.ReservationResponses.DiscountTermsResponse;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.http.StaffScope;
import kr.gongyu.reservation.DiscountTerms;
import kr.gongyu.reservation.Discounts;
import kr.gongyu.reservation.Discounts.WrittenDiscount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fee exemptions (감면) the institution offers: its defaults, and a resource's own terms that replace them
 * (API.md, "Institution console API").
 */
@RestController
class AdminDiscountController {

    private final Discounts discounts;
    private final ReservationResponses responses;

    AdminDiscountController(Discounts discounts, ReservationResponses responses) {
        this.discounts = discounts;
        this.responses = responses;
    }

    /** {@code category}: a standard category's code or the institution's own; its own needs a {@code name}. */
    record DiscountRequest(
            @Nullable String category,
            @Nullable String name,
            @Nullable Integer percent,
            boolean evidenceRequired) {}

    record TermsRequest(
            boolean combine, @NotNull @Size(max = 50) List<@NotNull DiscountRequest> discounts) {}

    @GetMapping(path = "/api/v1/admin/discounts", produces = MediaType.APPLICATION_JSON_VALUE)
    DiscountTermsResponse institution(StaffScope scope) {
        return responses.terms(discounts.ofInstitution(scope.institution()));
    }

    @PutMapping(
            path = "/api/v1/admin/discounts",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    DiscountTermsResponse replaceInstitution(StaffScope scope, @Valid @RequestBody TermsRequest request) {
        var institution = scope.institution();
        return responses.terms(discounts.replace(institution, terms(request)));
    }

    /** What a booker of the resource may claim; {@code inherited} when these are the institution's terms. */
    @GetMapping(path = "/api/v1/admin/resources/{id}/discounts", produces = MediaType.APPLICATION_JSON_VALUE)
    DiscountTermsResponse resource(StaffScope scope, @PathVariable String id) {
        var institution = scope.institution();
        return Ids.parse(id)
                .flatMap(value -> discounts.ofResource(institution, new ResourceId(value)))
                .map(responses::terms)
                .orElseThrow(() -> ApiException.notFound("what.resource", id));
    }

    /** The resource's own terms, which replace the institution's whole. */
    @PutMapping(
            path = "/api/v1/admin/resources/{id}/discounts",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    DiscountTermsResponse replaceResource(
            StaffScope scope, @PathVariable String id, @Valid @RequestBody TermsRequest request) {
        var institution = scope.institution();
        var resource = Ids.parse(id).orElseThrow(() -> ApiException.notFound("what.resource", id));
        var terms = terms(request);
        return discounts
                .replace(institution, new ResourceId(resource), terms)
                .map(responses::terms)
                .orElseThrow(() -> ApiException.notFound("what.resource", id));
    }

    /** The resource takes the institution's terms again. */
    @DeleteMapping(path = "/api/v1/admin/resources/{id}/discounts", produces = MediaType.APPLICATION_JSON_VALUE)
    DiscountTermsResponse inherit(StaffScope scope, @PathVariable String id) {
        var institution = scope.institution();
        return Ids.parse(id)
                .flatMap(value -> discounts.inherit(institution, new ResourceId(value)))
                .map(responses::terms)
                .orElseThrow(() -> ApiException.notFound("what.resource", id));
    }

    private static DiscountTerms terms(TermsRequest request) {
        return ApiException.checked(() -> Discounts.written(
                request.combine(),
                request.discounts().stream()
                        .map(row ->
                                new WrittenDiscount(row.category(), row.name(), row.percent(), row.evidenceRequired()))
                        .toList()));
    }
}
