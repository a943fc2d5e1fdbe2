package kr.gongyu.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.gongyu.IntegrationTest;
import kr.gongyu.TestClock;
import kr.gongyu.catalog.ResourceId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The day of many resources at once whatever the time, as search stores it, is each resource's own calendar for
 * that day once its booking window is applied at the moment asked: over the demo platform's rules, holidays,
 * blocks, shifts and bookings.
 */
@IntegrationTest
class ManyResourcesDayIT {

    @Autowired
    ResourceSchedules schedules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

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
            var days = schedules.dayWhateverTheTime(ids, date);
            var open = 0;
            var outsideWindow = 0;
            for (var id : ids) {
                var alone = schedules.calendar(id, date, date).map(List::getFirst);
                assertThat(days.containsKey(id)).as("%s published", id).isEqualTo(alone.isPresent());
                if (alone.isEmpty()) {
                    continue;
                }
                var day = days.get(id);
                var window = day.window();
                var bookableNow = window == null || !window.isOpenFor(date, clock)
                        ? List.<Slot>of()
                        : day.day().slots().stream()
                                .filter(slot -> window.takesBookingsFor(slot.start(), clock.instant()))
                                .toList();
                assertThat(bookableNow)
                        .as("%s on %s", id, date)
                        .isEqualTo(alone.get().slots());
                open += alone.get().open() ? 1 : 0;
                outsideWindow += day.day().open() && !alone.get().open() ? 1 : 0;
            }
            if (date.isBefore(today.plusDays(30))) {
                assertThat(open).as("open on %s", date).isPositive();
            } else {
                assertThat(outsideWindow)
                        .as("open whatever the time, not yet now, on %s", date)
                        .isPositive();
            }
        }
    }
}
