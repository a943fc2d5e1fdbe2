package kr.gongyu.catalog;

import kr.gongyu.institution.RegionCode;

/** A site as other modules see it: where a resource is. */
public record SiteView(SiteId id, String name, String address, RegionCode region, double lat, double lng) {}
