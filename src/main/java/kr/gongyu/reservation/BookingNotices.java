package kr.gongyu.reservation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.schedule.Interval;
import kr.gongyu.schedule.VolunteerShiftCancelled;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What bookers must be told about their bookings that no booking event says. The need is recorded here, in the
 * transaction of the change that causes it, and the notification module takes it ({@link #takeUnsent}) into a
 * message, so that nobody is forgotten.
 */
@Service
public class BookingNotices {

    /** Why a booker is to be told something. */
    public enum Reason {
        /** The volunteer shift that opened the booked time was cancelled: the facility may be unstaffed. */
        VOLUNTEER_SHIFT_CANCELLED
    }

    /** A booker to tell: the booking, why, and when the need was recorded. */
    public record Notice(ReservationId reservation, Reason reason, Instant recordedAt) {}

    /** A notice to hand to the notification module: its id, the booking, why. */
    public record PendingNotice(long id, ReservationId reservation, Reason reason) {}

    private final JdbcClient jdbc;
    private final ReservationStore store;
    private final Clock clock;

    BookingNotices(JdbcClient jdbc, ReservationStore store, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void on(VolunteerShiftCancelled cancelled) {
        var now = Timestamp.from(clock.instant());
        for (var booking : store.openOverlapping(
                cancelled.resource(), cancelled.time().start(), cancelled.time().end())) {
            jdbc.sql("insert into booking_notice (reservation_id, reason, recorded_at) values (:id, :reason, :now)")
                    .param("id", booking.id().value())
                    .param("reason", Reason.VOLUNTEER_SHIFT_CANCELLED.name())
                    .param("now", now)
                    .update();
        }
    }

    /**
     * The notices recorded for bookings of the resource overlapping the time, oldest first, whether the notification
     * module has taken them yet or not (its job takes them within seconds of being recorded).
     */
    @Transactional(readOnly = true)
    public List<Notice> recorded(ResourceId resource, Interval time) {
        return jdbc.sql("""
                        select n.reservation_id, n.reason, n.recorded_at
                          from booking_notice n join reservation r on r.id = n.reservation_id
                         where r.resource_id = :resource and r.starts_at < :to and r.ends_at > :from
                         order by n.recorded_at, n.id
                        """)
                .param("resource", resource.value())
                .param("from", Timestamp.from(time.start()))
                .param("to", Timestamp.from(time.end()))
                .query((rs, row) -> new Notice(
                        new ReservationId(rs.getLong("reservation_id")),
                        Reason.valueOf(rs.getString("reason")),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /**
     * The oldest notices not sent yet, marked sent in the caller's transaction: the notification module writes its
     * messages in the same one, so a notice is either still unsent or has its message.
     */
    @Transactional
    public List<PendingNotice> takeUnsent(int limit) {
        var notices = jdbc.sql("""
                        select id, reservation_id, reason from booking_notice where sent_at is null
                         order by recorded_at, id fetch first :limit rows only
                        """)
                .param("limit", limit)
                .query((rs, row) -> new PendingNotice(
                        rs.getLong("id"),
                        new ReservationId(rs.getLong("reservation_id")),
                        Reason.valueOf(rs.getString("reason"))))
                .list();
        var now = Timestamp.from(clock.instant());
        for (var notice : notices) {
            jdbc.sql("update booking_notice set sent_at = :now where id = :id and sent_at is null")
                    .param("now", now)
                    .param("id", notice.id())
                    .update();
        }
        return notices;
    }
}
