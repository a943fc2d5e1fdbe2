package kr.gongyu.reservation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.schedule.BookedUnits;
import kr.gongyu.schedule.Interval;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What availability needs to know of bookings: those that hold their time (held, confirmed, checked in), with
 * their time and units. A hold past its expiry no longer counts, even before the job that ends it has run.
 */
@Component
class ActiveBookings implements BookedUnits {

    private final JdbcClient jdbc;
    private final Clock clock;

    ActiveBookings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Booking> overlapping(ResourceId resource, Interval interval) {
        return overlapping(List.of(resource), interval).getOrDefault(resource, List.of());
    }

    @Override
    public Map<ResourceId, List<Booking>> overlapping(Collection<ResourceId> resources, Interval interval) {
        var bookings = new HashMap<ResourceId, List<Booking>>();
        jdbc.sql("""
                        select resource_id, starts_at, ends_at, units from reservation
                        where resource_id in (:resources) and starts_at < :to and ends_at > :from
                          and status in (:holding) and (status <> :held or hold_expires_at > :now)
                        """)
                .param("holding", ReservationStatus.names(ReservationStatus::holdsTime))
                .param("held", ReservationStatus.HELD.name())
                .param("resources", resources.stream().map(ResourceId::value).toList())
                .param("from", Timestamp.from(interval.start()))
                .param("to", Timestamp.from(interval.end()))
                .param("now", Timestamp.from(clock.instant()))
                .query(rs -> {
                    bookings.computeIfAbsent(new ResourceId(rs.getLong("resource_id")), id -> new ArrayList<>())
                            .add(new Booking(
                                    new Interval(
                                            rs.getTimestamp("starts_at").toInstant(),
                                            rs.getTimestamp("ends_at").toInstant()),
                                    rs.getInt("units")));
                });
        return bookings;
    }
}
