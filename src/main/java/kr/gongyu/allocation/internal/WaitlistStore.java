package kr.gongyu.allocation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import kr.gongyu.allocation.SlotTime;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The waitlists of taken slots, in SQL: an entry per account and slot, in the order they joined. */
@Repository
public class WaitlistStore {

    /**
     * An entry; {@code position} 1 for the first in line.
     *
     * @param reservation the booking held for the account, while offered
     */
    public record Entry(
            long id,
            ResourceId resource,
            AccountId account,
            SlotTime slot,
            int position,
            @Nullable Long reservation) {}

    private final JdbcClient jdbc;

    WaitlistStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts the account in line for the slot; a second entry of the account for the slot breaks the unique key. */
    public long insert(ResourceId resource, AccountId account, SlotTime slot, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into waitlist_entry (resource_id, account_id, starts_at, ends_at, status, created_at)
                        values (:resource, :account, :start, :end, 'WAITING', :now)
                        """)
                .param("resource", resource.value())
                .param("account", account.value())
                .param("start", Timestamp.from(slot.start()))
                .param("end", Timestamp.from(slot.end()))
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static final String ENTRIES = """
            select e.id, e.resource_id, e.account_id, e.starts_at, e.ends_at, e.reservation_id,
                (select count(*) from waitlist_entry f where f.resource_id = e.resource_id
                    and f.starts_at = e.starts_at and f.id <= e.id) as position
            from waitlist_entry e
            """;

    public Optional<Entry> find(long id) {
        return jdbc.sql(ENTRIES + " where e.id = :id")
                .param("id", id)
                .query(WaitlistStore::entry)
                .optional();
    }

    /** The account's entries, the soonest slot first. */
    public List<Entry> of(AccountId account) {
        return jdbc.sql(ENTRIES + " where e.account_id = :account order by e.starts_at, e.id")
                .param("account", account.value())
                .query(WaitlistStore::entry)
                .list();
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from waitlist_entry where id = :id")
                        .param("id", id)
                        .update()
                > 0;
    }

    /** Takes out of line the entry that was offered the booking (claimed or passed); nothing if none was. */
    public void deleteOffered(long reservation) {
        jdbc.sql("delete from waitlist_entry where reservation_id = :reservation")
                .param("reservation", reservation)
                .update();
    }

    /** The slots within the time that someone waits for, and is not offered yet. */
    public List<SlotTime> waitedFor(ResourceId resource, Instant start, Instant end) {
        return jdbc.sql("""
                        select distinct starts_at, ends_at from waitlist_entry
                        where resource_id = :resource and status = 'WAITING' and starts_at >= :start and ends_at <= :end
                        order by starts_at
                        """)
                .param("resource", resource.value())
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query((rs, row) -> new SlotTime(instant(rs, "starts_at"), instant(rs, "ends_at")))
                .list();
    }

    /** The first in line for the slot who has not been offered it. */
    public Optional<Entry> firstWaiting(ResourceId resource, SlotTime slot) {
        return jdbc.sql(ENTRIES + """
                         where e.resource_id = :resource and e.starts_at = :start and e.ends_at = :end
                          and e.status = 'WAITING'
                        order by e.id limit 1
                        """)
                .param("resource", resource.value())
                .param("start", Timestamp.from(slot.start()))
                .param("end", Timestamp.from(slot.end()))
                .query(WaitlistStore::entry)
                .optional();
    }

    public void offered(long id, long reservation) {
        jdbc.sql("update waitlist_entry set status = 'OFFERED', reservation_id = :reservation where id = :id")
                .param("reservation", reservation)
                .param("id", id)
                .update();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getLong("id"),
                new ResourceId(rs.getLong("resource_id")),
                new AccountId(rs.getLong("account_id")),
                new SlotTime(instant(rs, "starts_at"), instant(rs, "ends_at")),
                rs.getInt("position"),
                rs.getObject("reservation_id", Long.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
