package kr.gongyu.institution;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The administrative regions, as reference data loaded by migration. */
@Service
public class Regions {

    private final List<Region> all;

    Regions(JdbcClient jdbc) {
        // 243 rows that change by law, not at run time: read once.
        this.all = jdbc.sql("select code, name, name_en, parent_code, lat, lng from region order by code")
                .query((rs, row) -> {
                    var parent = rs.getString("parent_code");
                    return new Region(
                            new RegionCode(rs.getString("code")),
                            rs.getString("name"),
                            rs.getString("name_en"),
                            parent == null ? null : new RegionCode(parent),
                            rs.getDouble("lat"),
                            rs.getDouble("lng"));
                })
                .list();
    }

    public List<Region> all() {
        return all;
    }

    public boolean exists(String code) {
        return all.stream().anyMatch(region -> region.code().value().equals(code));
    }

    /** Whether {@code region} is a known region that {@link Region#liesIn lies in} {@code area}. */
    public boolean within(RegionCode region, RegionCode area) {
        return all.stream().anyMatch(known -> known.code().equals(region) && known.liesIn(area));
    }
}
