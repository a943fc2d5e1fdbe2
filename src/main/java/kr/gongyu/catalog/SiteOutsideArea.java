package kr.gongyu.catalog;

import kr.gongyu.institution.RegionCode;

/**
 * A local government tried to place a site outside its own area: a 시·군·구 runs sites within itself, a 시·도
 * within its 시·군·구. Central ministries, public institutions and partners may have sites anywhere.
 */
public class SiteOutsideArea extends RuntimeException {

    public SiteOutsideArea(RegionCode region, RegionCode area) {
        super("Region " + region + " lies outside the area " + area);
    }
}
