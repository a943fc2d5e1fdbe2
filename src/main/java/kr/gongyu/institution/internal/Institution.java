package kr.gongyu.institution.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.RegionCode;
import org.jspecify.annotations.Nullable;

/** A public body (or private partner) that owns sites and opens their resources. */
@Entity
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** 제공기관코드: how the national standard data and other systems name this institution. */
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private InstitutionKind kind;

    @Column(name = "region_code")
    private String regionCode;

    private @Nullable String phone;

    @Version
    private long version;

    public Institution(String code, String name, InstitutionKind kind, RegionCode region, @Nullable String phone) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.regionCode = region.value();
        this.phone = phone;
    }

    protected Institution() {}

    public InstitutionId id() {
        if (id == null) {
            throw new IllegalStateException("The institution has not been saved yet");
        }
        return new InstitutionId(id);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public InstitutionKind kind() {
        return kind;
    }

    public RegionCode region() {
        return new RegionCode(regionCode);
    }

    public @Nullable String phone() {
        return phone;
    }
}
