package kr.gongyu.search.internal;

import kr.gongyu.catalog.Category;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.catalog.ResourceSummaryView;
import kr.gongyu.catalog.ResourceSummaryView.InstitutionView;
import kr.gongyu.catalog.SiteId;
import kr.gongyu.catalog.SiteView;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.RegionCode;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;

/**
 * A search hit as a page of results shows it, read from the index's stored fields (each parameter is the
 * {@link IndexedResource} field of its name): a page costs no database query.
 */
@ProjectionConstructor
public record IndexedSummary(
        @IdProjection long resourceId,
        String name,
        String category,
        String kind,
        int capacity,
        int quantity,
        boolean free,
        String confirmation,
        long institutionId,
        String institutionName,
        String institutionKind,
        long siteId,
        String siteName,
        String address,
        String regionCode,
        GeoPoint location) {

    public ResourceSummaryView view() {
        return new ResourceSummaryView(
                new ResourceId(resourceId),
                name,
                Category.valueOf(category),
                ResourceKind.valueOf(kind),
                capacity,
                quantity,
                free,
                Confirmation.valueOf(confirmation),
                new InstitutionView(
                        new InstitutionId(institutionId), institutionName, InstitutionKind.valueOf(institutionKind)),
                new SiteView(
                        new SiteId(siteId),
                        siteName,
                        address,
                        new RegionCode(regionCode),
                        location.latitude(),
                        location.longitude()));
    }
}
