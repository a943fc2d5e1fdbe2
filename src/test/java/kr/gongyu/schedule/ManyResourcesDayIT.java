package kr.gongyu.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import kr.gongyu.catalog.ResourceId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The day of many resources at once, as search asks for it, is each resource's own calendar for that day:
 * over the demo platform's rules, holidays, blocks, shifts and bookings.
 */
@IntegrationTest
class ManyResourcesDayIT {

    @Autowired
    ResourceSchedules schedules;

    @Autowired
    JdbcClient jdbc;

    @Test
    void manyAtOnceAreEachAsAlone() {
        // Every 29th resource, published or not, and one that does not exist.
        var ids = new ArrayList<>(
                jdbc.sql("select id from resource where mod(id, 29) = 0 order by id").query(Long.class).list().stream()
                        .map(ResourceId::new)
                        .toList());
        ids.add(new ResourceId(Long.MAX_VALUE));
        assertThat(ids).hasSizeGreaterThan(500);
        var today = TestClock.today();
        // Tomorrow rather than today: late at night, today has no bookable hour left anywhere.
        for (var date : new LocalDate[] {today.plusDays(1), today.plusDays(6), today.plusDays(45)}) {
            var days = schedules.day(ids, date);
            var open = 0;
            for (var id : ids) {
                var alone = schedules.calendar(id, date, date);
                assertThat(days.get(id))
                        .as("%s on %s", id, date)
                        .isEqualTo(alone.map(calendar -> calendar.getFirst()).orElse(null));
                open += alone.map(calendar -> calendar.getFirst().open() ? 1 : 0)
                        .orElse(0);
            }
            if (date.isBefore(today.plusDays(30))) {
                assertThat(open).as("open on %s", date).isPositive();
            }
        }
    }
}
