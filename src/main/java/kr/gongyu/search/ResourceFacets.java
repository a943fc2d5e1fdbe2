package kr.gongyu.search;

import java.util.Map;
import kr.gongyu.catalog.Category;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.RegionCode;

/** How the resources matching a filter spread over categories, provinces (시·도) and institution kinds. */
public record ResourceFacets(
        Map<Category, Long> categories, Map<RegionCode, Long> provinces, Map<InstitutionKind, Long> institutionKinds) {

    public ResourceFacets {
        categories = Map.copyOf(categories);
        provinces = Map.copyOf(provinces);
        institutionKinds = Map.copyOf(institutionKinds);
    }
}
