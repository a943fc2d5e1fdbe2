package kr.gongyu.institution;

import org.jspecify.annotations.Nullable;

/** An administrative region: a 시·도 (no parent) or a 시·군·구 within one, located at its government office. */
public record Region(
        RegionCode code,
        String name,
        String nameEn,
        @Nullable RegionCode parent,
        double lat,
        double lng) {

    public boolean isProvince() {
        return parent == null;
    }

    /** Whether this region is {@code area} or one of its 시·군·구: a local government's sites lie in its own area. */
    public boolean liesIn(RegionCode area) {
        return code.equals(area) || area.equals(parent);
    }
}
