package kr.gongyu.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import kr.gongyu.catalog.SiteId;
import kr.gongyu.catalog.SiteView;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.RegionCode;
import org.jspecify.annotations.Nullable;

/** A place with an address, owned by one institution, that holds resources: a community centre, a hall, a park. */
@Entity
public class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "institution_id")
    private long institutionId;

    private String name;

    private String address;

    @Column(name = "region_code")
    private String regionCode;

    private double lat;

    private double lng;

    @Version
    private long version;

    public Site(InstitutionId institution, String name, String address, RegionCode region, double lat, double lng) {
        this.institutionId = institution.value();
        this.name = name;
        this.address = address;
        this.regionCode = region.value();
        this.lat = lat;
        this.lng = lng;
    }

    protected Site() {}

    public SiteId id() {
        if (id == null) {
            throw new IllegalStateException("The site has not been saved yet");
        }
        return new SiteId(id);
    }

    public InstitutionId institution() {
        return new InstitutionId(institutionId);
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public RegionCode region() {
        return new RegionCode(regionCode);
    }

    public double lat() {
        return lat;
    }

    public double lng() {
        return lng;
    }

    /** What the catalogue shows of the site to other modules. */
    public SiteView view() {
        return new SiteView(id(), name, address, region(), lat, lng);
    }
}
