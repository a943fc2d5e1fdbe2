package kr.gongyu.reservation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The reservation table: reads, the insert of a booking, and changes that lose to a concurrent change. */
@Repository
class ReservationStore {

    static final String COLUMNS = """
            r.id, r.resource_id, r.account_id, r.organization_id, r.starts_at, r.ends_at, r.units, r.status,
            r.headcount, r.purpose, r.created_at, r.hold_expires_at, r.hold_extensions, r.cancelled_by,
            r.cancel_reason, r.refund_percent, r.checked_in_at, r.series_id, r.payment_due_at, r.version""";

    private final JdbcClient jdbc;

    ReservationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Reservation> find(ReservationId id) {
        return jdbc.sql("select " + COLUMNS + " from reservation r where r.id = :id")
                .param("id", id.value())
                .query(ReservationStore::reservation)
                .optional();
    }

    Optional<Reservation> findByKey(AccountId account, String idempotencyKey) {
        return jdbc.sql("select " + COLUMNS
                        + " from reservation r where r.account_id = :account and r.idempotency_key = :key")
                .param("account", account.value())
                .param("key", idempotencyKey)
                .query(ReservationStore::reservation)
                .optional();
    }

    @Nullable
    String fingerprintOf(ReservationId id) {
        return jdbc.sql("select request_fingerprint from reservation where id = :id")
                .param("id", id.value())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** The holds of one resource whose time ran out: on its index, since every booking asks. */
    List<Reservation> expiredHolds(ResourceId resource, Instant now) {
        return jdbc.sql("select " + COLUMNS + """
                         from reservation r
                        where r.resource_id = :resource and r.status = 'HELD' and r.hold_expires_at <= :now
                        """)
                .param("resource", resource.value())
                .param("now", Timestamp.from(now))
                .query(ReservationStore::reservation)
                .list();
    }

    /** Holds of any resource whose time ran out, oldest first, at most {@code limit}. */
    List<Reservation> expiredHolds(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from reservation r
                        where r.status = 'HELD' and r.hold_expires_at <= :now
                        order by r.hold_expires_at limit :limit
                        """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(ReservationStore::reservation)
                .list();
    }

    /** Confirmed or checked-in bookings whose time is over, oldest first. */
    List<Reservation> ended(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from reservation r
                        where r.status in ('CONFIRMED', 'CHECKED_IN') and r.ends_at <= :now
                        order by r.ends_at limit :limit
                        """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(ReservationStore::reservation)
                .list();
    }

    /** Bookings whose payment deadline has passed unpaid, the earliest deadline first. */
    List<Reservation> paymentOverdue(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from reservation r
                        where r.status = 'PAYMENT_DUE' and r.payment_due_at <= :now
                        order by r.payment_due_at limit :limit
                        """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(ReservationStore::reservation)
                .list();
    }

    /** Requests waiting for approval that overlap the time, of one resource. */
    List<Reservation> pendingOverlapping(ResourceId resource, Instant start, Instant end) {
        return jdbc.sql("select " + COLUMNS + """
                         from reservation r
                        where r.resource_id = :resource and r.status = 'PENDING_APPROVAL'
                          and r.starts_at < :end and r.ends_at > :start
                        order by r.created_at, r.id
                        """)
                .param("resource", resource.value())
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query(ReservationStore::reservation)
                .list();
    }

    /** Open bookings (held, pending, awaiting payment or confirmed) of any resource at the sites, starting at or after the time. */
    List<Reservation> openAtSitesFrom(Collection<Long> sites, Instant from) {
        return jdbc.sql("select " + COLUMNS + """
                         from reservation r join resource s on s.id = r.resource_id
                        where s.site_id in (:sites) and r.status in ('HELD', 'PENDING_APPROVAL', 'PAYMENT_DUE', 'CONFIRMED')
                          and r.starts_at >= :from
                        order by r.starts_at, r.id
                        """)
                .param("sites", sites)
                .param("from", Timestamp.from(from))
                .query(ReservationStore::reservation)
                .list();
    }

    /** Open bookings (held, pending, awaiting payment or confirmed) of one resource overlapping the time. */
    List<Reservation> openOverlapping(ResourceId resource, Instant start, Instant end) {
        return overlapping(resource, start, end, List.of("HELD", "PENDING_APPROVAL", "PAYMENT_DUE", "CONFIRMED"));
    }

    /** Bookings of one resource that hold their time (held, awaiting payment, confirmed, checked in) and overlap it, by start. */
    List<Reservation> holdingOverlapping(ResourceId resource, Instant start, Instant end) {
        return overlapping(resource, start, end, List.of("HELD", "PAYMENT_DUE", "CONFIRMED", "CHECKED_IN"));
    }

    private List<Reservation> overlapping(ResourceId resource, Instant start, Instant end, List<String> statuses) {
        return jdbc.sql("select " + COLUMNS + """
                         from reservation r
                        where r.resource_id = :resource and r.status in (:statuses)
                          and r.starts_at < :end and r.ends_at > :start
                        order by r.starts_at, r.id
                        """)
                .param("resource", resource.value())
                .param("statuses", statuses)
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query(ReservationStore::reservation)
                .list();
    }

    /** The booker's bookings of a resource, as its quota counts them. */
    record QuotaCounts(long active, long inMonth) {}

    /**
     * The account's bookings of the resource that are active (open or checked in) and not over at {@code now},
     * and those ever made that start in the month (Asia/Seoul) of {@code start}: in one statement.
     */
    QuotaCounts quotaCounts(AccountId account, ResourceId resource, Instant start, Instant now) {
        var month = LocalDate.ofInstant(start, Seoul.ZONE).withDayOfMonth(1);
        return jdbc.sql("""
                        select
                          (select count(*) from reservation where account_id = :account and resource_id = :resource
                              and status in (:active) and ends_at > :now) as active,
                          (select count(*) from reservation where account_id = :account and resource_id = :resource
                              and status in (:made) and starts_at >= :from and starts_at < :to) as in_month
                        """)
                .param("account", account.value())
                .param("resource", resource.value())
                .param("active", ReservationStatus.names(ReservationStatus::countsAsActive))
                .param("made", ReservationStatus.names(ReservationStatus::wasMade))
                .param("now", Timestamp.from(now))
                .param("from", Timestamp.from(month.atStartOfDay(Seoul.ZONE).toInstant()))
                .param(
                        "to",
                        Timestamp.from(
                                month.plusMonths(1).atStartOfDay(Seoul.ZONE).toInstant()))
                .query((rs, row) -> new QuotaCounts(rs.getLong("active"), rs.getLong("in_month")))
                .single();
    }

    /** Stores a new booking and returns it as stored ({@code now} in microseconds, as the databases keep it). */
    Reservation insert(
            RequestReservation request,
            boolean exclusive,
            ReservationStatus status,
            @Nullable Instant holdExpiresAt,
            @Nullable Instant paymentDueAt,
            @Nullable String seriesId,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into reservation (resource_id, account_id, organization_id, starts_at, ends_at, units,
                            exclusive, status, headcount, purpose, created_at, hold_expires_at, idempotency_key,
                            request_fingerprint, series_id, payment_due_at)
                        values (:resource, :account, :organization, :start, :end, :units, :exclusive, :status,
                            :headcount, :purpose, :now, :holdExpiresAt, :key, :fingerprint, :series, :paymentDueAt)
                        """)
                .param("resource", request.resource().value())
                .param("account", request.account().value())
                .param("organization", request.organization())
                .param("start", Timestamp.from(request.start()))
                .param("end", Timestamp.from(request.end()))
                .param("units", request.units())
                .param("exclusive", exclusive)
                .param("status", status.name())
                .param("headcount", request.headcount())
                .param("purpose", request.purpose())
                .param("now", Timestamp.from(now))
                .param("holdExpiresAt", holdExpiresAt == null ? null : Timestamp.from(holdExpiresAt))
                .param("key", request.idempotencyKey())
                .param("fingerprint", request.idempotencyKey() == null ? null : request.fingerprint())
                .param("series", seriesId)
                .param("paymentDueAt", timestamp(paymentDueAt))
                .update(keys, "id");
        return new Reservation(
                new ReservationId(keys.getKeyAs(Long.class)),
                request.resource(),
                request.account(),
                request.organization(),
                request.start(),
                request.end(),
                request.units(),
                status,
                request.headcount(),
                request.purpose(),
                now,
                holdExpiresAt,
                0,
                null,
                null,
                null,
                null,
                seriesId,
                paymentDueAt,
                0);
    }

    /**
     * Stores the booking's new state if it is still the version it was read at; otherwise somebody changed it
     * meanwhile (the booker cancelled while staff approved) and the change is refused.
     */
    Reservation update(Reservation changed, Instant now) {
        var updated = jdbc.sql("""
                        update reservation set status = :status, headcount = :headcount, purpose = :purpose,
                            hold_expires_at = :holdExpiresAt, hold_extensions = :holdExtensions,
                            cancelled_by = :cancelledBy, cancel_reason = :reason, refund_percent = :refund,
                            checked_in_at = :checkedInAt, payment_due_at = :paymentDueAt,
                            cancelled_at = case when :status = 'CANCELLED' then :now else cancelled_at end,
                            version = version + 1
                        where id = :id and version = :version
                        """)
                .param("status", changed.status().name())
                .param("headcount", changed.headcount())
                .param("purpose", changed.purpose())
                .param("holdExpiresAt", timestamp(changed.holdExpiresAt()))
                .param("holdExtensions", changed.holdExtensions())
                .param(
                        "cancelledBy",
                        changed.cancelledBy() == null
                                ? null
                                : changed.cancelledBy().name())
                .param("reason", changed.cancelReason())
                .param("refund", changed.refundPercent())
                .param("checkedInAt", timestamp(changed.checkedInAt()))
                .param("paymentDueAt", timestamp(changed.paymentDueAt()))
                .param("now", Timestamp.from(now))
                .param("id", changed.id().value())
                .param("version", changed.version())
                .update();
        if (updated == 0) {
            throw new ReservationRefused(ReservationRefused.Reason.INVALID_STATE);
        }
        return find(changed.id()).orElseThrow();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Reservation reservation(ResultSet rs, int row) throws SQLException {
        var cancelledBy = rs.getString("cancelled_by");
        return new Reservation(
                new ReservationId(rs.getLong("id")),
                new ResourceId(rs.getLong("resource_id")),
                new AccountId(rs.getLong("account_id")),
                rs.getObject("organization_id", Long.class),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getInt("units"),
                ReservationStatus.valueOf(rs.getString("status")),
                rs.getObject("headcount", Integer.class),
                rs.getString("purpose"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs, "hold_expires_at"),
                rs.getInt("hold_extensions"),
                cancelledBy == null ? null : CancelledBy.valueOf(cancelledBy),
                rs.getString("cancel_reason"),
                rs.getObject("refund_percent", Integer.class),
                instant(rs, "checked_in_at"),
                rs.getString("series_id"),
                instant(rs, "payment_due_at"),
                rs.getLong("version"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
