package kr.gongyu.catalog;

import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.RegionCode;

/** A site as an import writes it: which institution owns it, its name, address, region and location. */
public record SiteDraft(
        InstitutionId institution, String name, String address, RegionCode region, double lat, double lng) {

    public SiteDraft {
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("A site's name has 1 to 100 characters");
        }
        if (address.isBlank() || address.length() > 200) {
            throw new IllegalArgumentException("A site's address has 1 to 200 characters");
        }
        if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            throw new IllegalArgumentException("Not a point on Earth: " + lat + ", " + lng);
        }
    }
}
