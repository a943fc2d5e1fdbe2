package kr.gongyu.api.catalog;

import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.catalog.ResourceSummaryView;
import kr.gongyu.institution.InstitutionKind;

/** {@code ResourceSummary} of API.md. */
record ResourceSummaryResponse(
        String id,
        String name,
        String category,
        String categoryGroup,
        ResourceKind kind,
        int capacity,
        int quantity,
        boolean free,
        Confirmation confirmation,
        InstitutionRef institution,
        SiteRef site) {

    record InstitutionRef(String id, String name, InstitutionKind kind) {}

    record SiteRef(String id, String name, String address, String regionCode, double lat, double lng) {}

    static ResourceSummaryResponse of(ResourceSummaryView view) {
        var institution = view.institution();
        var site = view.site();
        return new ResourceSummaryResponse(
                view.id().toString(),
                view.name(),
                view.category().label(),
                view.category().group().label(),
                view.kind(),
                view.capacity(),
                view.quantity(),
                view.free(),
                view.confirmation(),
                new InstitutionRef(institution.id().toString(), institution.name(), institution.kind()),
                new SiteRef(
                        site.id().toString(),
                        site.name(),
                        site.address(),
                        site.region().value(),
                        site.lat(),
                        site.lng()));
    }
}
