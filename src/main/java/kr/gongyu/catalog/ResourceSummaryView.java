package kr.gongyu.catalog;

import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.InstitutionKind;

/** What a list of resources shows of each: enough to choose, with its institution and site. */
public record ResourceSummaryView(
        ResourceId id,
        String name,
        Category category,
        ResourceKind kind,
        int capacity,
        int quantity,
        boolean free,
        Confirmation confirmation,
        InstitutionView institution,
        SiteView site) {

    /** The owning institution, as a list shows it. */
    public record InstitutionView(InstitutionId id, String name, InstitutionKind kind) {}
}
