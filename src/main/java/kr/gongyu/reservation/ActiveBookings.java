package kr.gongyu.reservation;

import java.sql.Timestamp;
import java.util.List;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.schedule.BookedUnits;
import kr.gongyu.schedule.Interval;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What availability needs to know of bookings: the active ones, their time and units. */
@Component
class ActiveBookings implements BookedUnits {

    private final JdbcClient jdbc;

    ActiveBookings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Booking> overlapping(ResourceId resource, Interval interval) {
        return jdbc.sql("""
                        select starts_at, ends_at, units from reservation
                        where resource_id = :resource and starts_at < :to and ends_at > :from
                          and status in ('HELD', 'PENDING_APPROVAL', 'CONFIRMED')
                        """)
                .param("resource", resource.value())
                .param("from", Timestamp.from(interval.start()))
                .param("to", Timestamp.from(interval.end()))
                .query((rs, row) -> new Booking(
                        new Interval(
                                rs.getTimestamp("starts_at").toInstant(),
                                rs.getTimestamp("ends_at").toInstant()),
                        rs.getInt("units")))
                .list();
    }
}
