package kr.gongyu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import kr.gongyu.IntegrationTest;
import kr.gongyu.institution.InstitutionKind;
import kr.gongyu.institution.RegionCode;
import kr.gongyu.institution.internal.Institution;
import kr.gongyu.institution.internal.InstitutionStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo platform as it lands in the database, and the database as it stands afterwards. */
@IntegrationTest
class DemoPlatformIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InstitutionStore institutions;

    @Test
    void theWholeDemoPlatformIsStored() {
        assertThat(count("select count(*) from region")).isEqualTo(243);
        assertThat(count("select count(*) from institution where kind <> 'PARTNER'"))
                .isEqualTo(444);
        assertThat(count("select count(*) from resource where id <= " + DemoDataLoader.SEED_SCALE_RESOURCES))
                .as("the demo's resources, whatever other tests have added since")
                .isEqualTo(DemoDataLoader.SEED_SCALE_RESOURCES);
        assertThat(count("select count(*) from opening_rules where resource_id <= "
                        + DemoDataLoader.SEED_SCALE_RESOURCES))
                .as("every demo resource has opening rules")
                .isEqualTo(DemoDataLoader.SEED_SCALE_RESOURCES);
        assertThat(count("select count(*) from account where role = 'CITIZEN' and username like 'citizen%'"))
                .as("the demo's citizens, whoever has signed up since")
                .isEqualTo(2000);
        assertThat(count("select count(*) from resource_eligible_organization where resource_id <= "
                        + DemoDataLoader.SEED_SCALE_RESOURCES))
                .as("the demo's eligibility lists, whatever other tests have listed since")
                .isEqualTo(54);
        assertThat(count("select count(*) from sharing_agreement")).isPositive();
        assertThat(count("""
                        select count(distinct r.site_id) from resource r
                        join institution i on i.id = r.institution_id where i.name = '경기도 수원시'
                        """)).isEqualTo(97);
    }

    @Test
    void newRowsContinueAfterTheDemoIds() {
        var before = count("select max(id) from institution");
        var saved = institutions.save(new Institution(
                "TEST-" + System.nanoTime(), "시험기관", InstitutionKind.PUBLIC, new RegionCode("11110"), null));
        try {
            assertThat(saved.id().value()).isGreaterThan(before);
        } finally {
            institutions.delete(saved);
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
