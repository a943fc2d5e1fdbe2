package kr.gongyu.reservation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import kr.gongyu.DatabaseVendor;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.BookableResourceView;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import kr.gongyu.identity.OrganizationType;
import kr.gongyu.reservation.BookingFacts.Booker;
import kr.gongyu.schedule.BookedUnits.Booking;
import kr.gongyu.schedule.Interval;
import kr.gongyu.schedule.ResourceSchedules.CalendarFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
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
    private final DatabaseVendor vendor;

    ReservationStore(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
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
                        where r.resource_id = :resource and r.status = :held and r.hold_expires_at <= :now
                        """)
                .param("resource", resource.value())
                .param("held", ReservationStatus.HELD.name())
                .param("now", Timestamp.from(now))
                .query(ReservationStore::reservation)
                .list();
    }

    /** Holds of any resource whose time ran out, oldest first, at most {@code limit}. */
    List<Reservation> expiredHolds(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from reservation r
                        where r.status = :held and r.hold_expires_at <= :now
                        order by r.hold_expires_at limit :limit
                        """)
                .param("held", ReservationStatus.HELD.name())
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(ReservationStore::reservation)
                .list();
    }

    /** Confirmed or checked-in bookings whose time is over, oldest first. */
    List<Reservation> ended(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from reservation r
                        where r.status in (:taking) and r.ends_at <= :now
                        order by r.ends_at limit :limit
                        """)
                .param(
                        "taking",
                        ReservationStatus.names(
                                EnumSet.of(ReservationStatus.CONFIRMED, ReservationStatus.CHECKED_IN)::contains))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(ReservationStore::reservation)
                .list();
    }

    /** Bookings whose payment deadline has passed unpaid, the earliest deadline first. */
    List<Reservation> paymentOverdue(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from reservation r
                        where r.status = :due and r.payment_due_at <= :now
                        order by r.payment_due_at limit :limit
                        """)
                .param("due", ReservationStatus.PAYMENT_DUE.name())
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(ReservationStore::reservation)
                .list();
    }

    /** Requests waiting for approval that overlap the time, of one resource. */
    List<Reservation> pendingOverlapping(ResourceId resource, Instant start, Instant end) {
        return jdbc.sql("select " + COLUMNS + """
                         from reservation r
                        where r.resource_id = :resource and r.status = :pending
                          and r.starts_at < :end and r.ends_at > :start
                        order by r.created_at, r.id
                        """)
                .param("pending", ReservationStatus.PENDING_APPROVAL.name())
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
                        where s.site_id in (:sites) and r.status in (:open)
                          and r.starts_at >= :from
                        order by r.starts_at, r.id
                        """)
                .param("sites", sites)
                .param("open", ReservationStatus.names(ReservationStatus::isOpen))
                .param("from", Timestamp.from(from))
                .query(ReservationStore::reservation)
                .list();
    }

    /** Open bookings (held, pending, awaiting payment or confirmed) of one resource overlapping the time. */
    List<Reservation> openOverlapping(ResourceId resource, Instant start, Instant end) {
        return overlapping(resource, start, end, ReservationStatus.names(ReservationStatus::isOpen));
    }

    /** Bookings of one resource that hold their time (held, awaiting payment, confirmed, checked in) and overlap it, by start. */
    List<Reservation> holdingOverlapping(ResourceId resource, Instant start, Instant end) {
        return overlapping(resource, start, end, ReservationStatus.names(ReservationStatus::holdsTime));
    }

    /** Whether the account has a booking of the resource that holds time overlapping it. */
    boolean holdsTime(AccountId account, ResourceId resource, Instant start, Instant end) {
        return jdbc.sql("""
                        select count(*) from reservation r
                         where r.resource_id = :resource and r.account_id = :account and r.status in (:statuses)
                           and r.starts_at < :end and r.ends_at > :start
                        """)
                        .param("resource", resource.value())
                        .param("account", account.value())
                        .param("statuses", ReservationStatus.names(ReservationStatus::holdsTime))
                        .param("start", Timestamp.from(start))
                        .param("end", Timestamp.from(end))
                        .query(Long.class)
                        .single()
                > 0;
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

    /**
     * What {@link #factsFor} reads: the facts of a first-come booking besides the resource's own terms.
     *
     * @param policy the resource's policy, lenient when staff set none
     * @param expiredHolds whether holds of the resource ran out that nobody ended yet (then they are ended, and the
     *     facts read again: they would count against the booker's quota)
     * @param underAgreement whether a sharing agreement names the resource's site
     * @param earlier the account's booking with the request's idempotency key, if it made one
     */
    record StoredFacts(
            BookingPolicy policy,
            Booker booker,
            long activeBookings,
            long bookingsInMonth,
            boolean expiredHolds,
            boolean underAgreement,
            @Nullable ReservationId earlier,
            boolean setAside,
            CalendarFacts calendar) {}

    /** The resource's terms, read with its lock, and the facts of a booking read after it. */
    record Locked(BookableResourceView resource, StoredFacts facts) {}

    /**
     * Whether {@link #lockWithFacts} locks the resource and reads the facts in one statement: on PostgreSQL, whose
     * function {@code booking_facts} does both, each in a snapshot of its own. Elsewhere (H2) the caller locks the
     * resource in a statement of its own ({@code ResourceDirectory.lockBookable}) and then asks {@link #factsFor}.
     */
    boolean locksWithFacts() {
        return vendor.postgres();
    }

    /**
     * The published resource locked until the transaction ends, its terms, and then what {@link #factsFor} reads, in
     * one statement (PostgreSQL only, see {@link #locksWithFacts}); empty if the resource is not published. The
     * set-aside condition is asked by the calling statement, as of its start: no lock orders another module's
     * set-aside time against bookings, so reading it before the lock rather than after loses nothing.
     */
    Optional<Locked> lockWithFacts(RequestReservation request, Interval span, String setAside, Instant now) {
        return factsParameters(jdbc.sql("select f.*, case when " + setAside + """
                                 then 1 else 0 end as set_aside
                                  from booking_facts(:resource, :account, :key, :active, :made, :holding, :held, :now,
                                                     :monthFrom, :monthTo, :from, :to) f
                                """), request, span, now)
                .param(
                        "active",
                        ReservationStatus.names(ReservationStatus::countsAsActive)
                                .toArray(String[]::new))
                .param(
                        "made",
                        ReservationStatus.names(ReservationStatus::wasMade).toArray(String[]::new))
                .param(
                        "holding",
                        ReservationStatus.names(ReservationStatus::holdsTime).toArray(String[]::new))
                .query((ResultSetExtractor<Optional<Locked>>) rs -> facts(rs, null));
    }

    /**
     * Everything a first-come booking is decided by besides the resource's terms, in one statement: its policy, the
     * booker's eligibility and quota counts, the opening rules, blocks, shifts and bookings over the calendar's span,
     * and whether the time is set aside ({@code setAside}: a condition in SQL over {@code :resource}, {@code :start},
     * {@code :end} and {@code :now}). It reads other modules' tables on purpose, to make one round trip of what
     * would be a dozen; and only after the resource's lock, in a statement of its own: a locking statement that read
     * them too would see the bookings as they were before it waited for the lock. H2's first read, and on every
     * database the read again after ran-out holds were ended. PostgreSQL's first read is the same query in the
     * function {@code booking_facts} ({@link #lockWithFacts}): a fact added here is added there, by a migration.
     */
    StoredFacts factsFor(
            RequestReservation request, BookableResourceView resource, Interval span, String setAside, Instant now) {
        return factsParameters(
                        jdbc.sql(
                                "select p.resource_id as policy_of, " + BookingPolicies.COLUMNS + """
                        ,
                          (select organization_id from account where id = :account) as organization,
                          (select o.type from account a join organization o on o.id = a.organization_id
                            where a.id = :account) as organization_type,
                          (select count(*) from account a join resource_eligible_organization e
                              on e.organization_id = a.organization_id
                            where a.id = :account and e.resource_id = :resource) as organization_listed,
                          (select residence_region_code from account where id = :account) as residence,
                          (select count(*) from reservation where account_id = :account and resource_id = :resource
                              and status in (:active) and ends_at > :now) as active,
                          (select count(*) from reservation where account_id = :account and resource_id = :resource
                              and status in (:made) and starts_at >= :monthFrom and starts_at < :monthTo) as in_month,
                          (select count(*) from reservation where resource_id = :resource and status = :held
                              and hold_expires_at <= :now) as expired_holds,
                          (select count(*) from sharing_agreement_site where site_id = :site) as agreements,
                          (select id from reservation where account_id = :account and idempotency_key = :key) as earlier,
                          case when """ + setAside + """
                         then 1 else 0 end as set_aside,
                          (select spec from opening_rules where resource_id = :resource) as rules,
                          x.entry, x.starts_at, x.ends_at, x.units
                        from resource r
                        left join booking_policy p on p.resource_id = r.id
                        left join (
                          select 'booking' as entry, starts_at, ends_at, units from reservation
                           where resource_id = :resource and starts_at < :to and ends_at > :from
                             and status in (:holding) and (status <> :held or hold_expires_at > :now)
                          union all
                          select 'block', starts_at, ends_at, 0 from internal_block
                           where resource_id = :resource and starts_at < :to and ends_at > :from
                          union all
                          select 'shift', starts_at, ends_at, 0 from volunteer_shift
                           where resource_id = :resource and starts_at < :to and ends_at > :from
                        ) x on 1 = 1
                        where r.id = :resource
                        """),
                        request,
                        span,
                        now)
                .param("site", resource.site().value())
                .param("active", ReservationStatus.names(ReservationStatus::countsAsActive))
                .param("made", ReservationStatus.names(ReservationStatus::wasMade))
                .param("holding", ReservationStatus.names(ReservationStatus::holdsTime))
                .query((ResultSetExtractor<Optional<Locked>>) rs -> facts(rs, resource))
                .orElseThrow()
                .facts();
    }

    /** The parameters both statements of the facts bind alike: all but the status lists (and H2's site). */
    private static StatementSpec factsParameters(
            StatementSpec statement, RequestReservation request, Interval span, Instant now) {
        var month = LocalDate.ofInstant(request.start(), Seoul.ZONE).withDayOfMonth(1);
        return statement
                .param("resource", request.resource().value())
                .param("account", request.account().value())
                .param("key", request.idempotencyKey())
                .param("held", ReservationStatus.HELD.name())
                .param("now", Timestamp.from(now))
                .param(
                        "monthFrom",
                        Timestamp.from(month.atStartOfDay(Seoul.ZONE).toInstant()))
                .param(
                        "monthTo",
                        Timestamp.from(
                                month.plusMonths(1).atStartOfDay(Seoul.ZONE).toInstant()))
                .param("start", Timestamp.from(request.start()))
                .param("end", Timestamp.from(request.end()))
                .param("from", Timestamp.from(span.start()))
                .param("to", Timestamp.from(span.end()));
    }

    /**
     * The facts in their rows, one per booking, block or shift (one without any), each with the same one-off facts;
     * with the resource's terms given, or read from the first row. Empty without a row: no such published resource.
     */
    private static Optional<Locked> facts(ResultSet rs, @Nullable BookableResourceView resource) throws SQLException {
        var blocks = new ArrayList<Interval>();
        var shifts = new ArrayList<Interval>();
        var bookings = new ArrayList<Booking>();
        @Nullable Locked locked = null;
        while (rs.next()) {
            if (locked == null) {
                locked = new Locked(
                        resource != null ? resource : ResourceDirectory.bookable(rs, 0),
                        storedFacts(rs, new CalendarFacts(rs.getString("rules"), blocks, shifts, bookings)));
            }
            var entry = rs.getString("entry");
            if (entry != null) {
                var time = new Interval(
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant());
                switch (entry) {
                    case "booking" -> bookings.add(new Booking(time, rs.getInt("units")));
                    case "block" -> blocks.add(time);
                    default -> shifts.add(time);
                }
            }
        }
        return Optional.ofNullable(locked);
    }

    private static StoredFacts storedFacts(ResultSet rs, CalendarFacts calendar) throws SQLException {
        var type = rs.getString("organization_type");
        var earlier = rs.getObject("earlier", Long.class);
        return new StoredFacts(
                rs.getObject("policy_of") == null ? BookingPolicy.lenient() : BookingPolicies.policy(rs),
                new Booker(
                        rs.getObject("organization", Long.class),
                        type == null ? null : OrganizationType.valueOf(type),
                        rs.getLong("organization_listed") > 0,
                        rs.getString("residence")),
                rs.getLong("active"),
                rs.getLong("in_month"),
                rs.getLong("expired_holds") > 0,
                rs.getLong("agreements") > 0,
                earlier == null ? null : new ReservationId(earlier),
                rs.getInt("set_aside") == 1,
                calendar);
    }

    /** Stores a new booking at its price (whose lines {@link ReservationPrices#fixLines} keeps) and returns it as stored ({@code now} in microseconds, as the databases keep it). */
    Reservation insert(
            RequestReservation request,
            boolean exclusive,
            ReservationStatus status,
            @Nullable Instant holdExpiresAt,
            @Nullable Instant paymentDueAt,
            @Nullable String seriesId,
            Price price,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into reservation (resource_id, account_id, organization_id, starts_at, ends_at, units,
                            exclusive, status, headcount, purpose, created_at, hold_expires_at, idempotency_key,
                            request_fingerprint, series_id, payment_due_at, price_amount, price_deposit)
                        values (:resource, :account, :organization, :start, :end, :units, :exclusive, :status,
                            :headcount, :purpose, :now, :holdExpiresAt, :key, :fingerprint, :series, :paymentDueAt,
                            :priceAmount, :priceDeposit)
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
                .param("priceAmount", price.amount())
                .param("priceDeposit", price.deposit())
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
                            cancelled_at = case when :status = :cancelled then :now else cancelled_at end,
                            version = version + 1
                        where id = :id and version = :version
                        """)
                .param("status", changed.status().name())
                .param("cancelled", ReservationStatus.CANCELLED.name())
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
