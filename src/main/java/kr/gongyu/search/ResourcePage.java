package kr.gongyu.search;

import java.util.List;
import kr.gongyu.catalog.ResourceSummaryView;

/** One page of resources matching a filter, with the total and the facet counts over all matches. */
public record ResourcePage(List<ResourceSummaryView> items, long total, ResourceFacets facets) {

    public ResourcePage {
        items = List.copyOf(items);
    }
}
