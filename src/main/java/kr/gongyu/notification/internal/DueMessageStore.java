package kr.gongyu.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import kr.gongyu.notification.NotificationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code notification_due} table: the reminders and hold warnings owed, each written with the change that
 * causes it; and the staff digest's mark ({@code staff_digest}).
 */
@Repository
public class DueMessageStore {

    private final JdbcClient jdbc;

    DueMessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A message owed about a booking, from a time on. */
    public record Owed(long reservation, NotificationKind kind, Instant at) {}

    /** Owing a message: the insert, to be followed by {@link #UNLESS_OWED}. */
    static final String OWE =
            "insert into notification_due (reservation_id, kind, due_at) select :reservation," + " :dueKind, :dueAt";

    /** A booking owes one message of each kind: a second is not written. */
    static final String UNLESS_OWED =
            " where not exists (select 1 from notification_due where reservation_id = :reservation and kind = :dueKind)";

    /** Owes the message from the time given; a booking owes one of each kind (a second is not written). */
    public void owe(long reservation, NotificationKind kind, Instant at) {
        jdbc.sql(OWE + UNLESS_OWED)
                .param("reservation", reservation)
                .param("dueKind", kind.name())
                .param("dueAt", Timestamp.from(at))
                .update();
    }

    /** The messages due by now, the longest due first, at most {@code limit}. */
    public List<Owed> due(Instant now, int limit) {
        return jdbc.sql("""
                        select reservation_id, kind, due_at from notification_due where due_at <= :now
                         order by due_at, reservation_id fetch first :limit rows only
                        """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> new Owed(
                        rs.getLong("reservation_id"),
                        NotificationKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("due_at").toInstant()))
                .list();
    }

    /** Moves an owed message to a later time (a hold was extended). */
    public void postpone(Owed owed, Instant at) {
        jdbc.sql("update notification_due set due_at = :at where reservation_id = :reservation and kind = :kind")
                .param("at", Timestamp.from(at))
                .param("reservation", owed.reservation())
                .param("kind", owed.kind().name())
                .update();
    }

    /** Done with: written, or not owed any more. */
    public void settle(Owed owed) {
        jdbc.sql("delete from notification_due where reservation_id = :reservation and kind = :kind")
                .param("reservation", owed.reservation())
                .param("kind", owed.kind().name())
                .update();
    }

    /**
     * Until when requests have been in a digest, the mark locked until the transaction ends: one run at a time
     * writes an hour's digests.
     */
    public Instant lockDigestMark() {
        return jdbc.sql("select covered_until from staff_digest where id = 1 for update")
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .single();
    }

    public void moveDigestMark(Instant coveredUntil) {
        jdbc.sql("update staff_digest set covered_until = :until where id = 1")
                .param("until", Timestamp.from(coveredUntil))
                .update();
    }
}
