package kr.gongyu.reservation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import kr.gongyu.institution.InstitutionId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lists of bookings that pages and feeds read, a page at a time: the module's one query class for lists. */
@Repository
class ReservationListStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReservationListStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One's own bookings, newest first. */
    List<Reservation> of(AccountId account, int page, int size) {
        return jdbc.sql("select " + ReservationStore.COLUMNS
                        + " from reservation r where r.account_id = :account order by r.created_at desc, r.id desc"
                        + " limit :limit offset :offset")
                .param("account", account.value())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ReservationStore::reservation)
                .list();
    }

    /**
     * A page of the account's bookings that have not ended ({@code upcoming}: the soonest first) or have (the
     * latest first), as the booker's list shows them.
     */
    List<Reservation> of(AccountId account, boolean upcoming, int page, int size) {
        return jdbc.sql("select " + ReservationStore.COLUMNS
                        + " from reservation r where r.account_id = :account and "
                        + (upcoming
                                ? "r.ends_at > :now order by r.starts_at, r.id"
                                : "r.ends_at <= :now order by r.starts_at desc, r.id desc")
                        + " limit :limit offset :offset")
                .param("account", account.value())
                .param("now", Timestamp.from(clock.instant()))
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ReservationStore::reservation)
                .list();
    }

    /** How many of the account's bookings have not ended ({@code upcoming}), or have. */
    long countOf(AccountId account, boolean upcoming) {
        return jdbc.sql("select count(*) from reservation where account_id = :account and ends_at "
                        + (upcoming ? ">" : "<=") + " :now")
                .param("account", account.value())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    long countOf(AccountId account) {
        return jdbc.sql("select count(*) from reservation where account_id = :account")
                .param("account", account.value())
                .query(Long.class)
                .single();
    }

    /**
     * A page of the institution's requests waiting for approval, the longest waiting first; of one of its
     * resources if given.
     */
    List<Reservation> awaitingApproval(InstitutionId institution, @Nullable ResourceId resource, int page, int size) {
        return jdbc.sql("select " + ReservationStore.COLUMNS + AWAITING_APPROVAL
                        + " order by r.created_at, r.id limit :limit offset :offset")
                .param("institution", institution.value())
                .param("pending", ReservationStatus.PENDING_APPROVAL.name())
                .param("resource", resource == null ? null : resource.value())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ReservationStore::reservation)
                .list();
    }

    long countAwaitingApproval(InstitutionId institution, @Nullable ResourceId resource) {
        return jdbc.sql("select count(*)" + AWAITING_APPROVAL)
                .param("institution", institution.value())
                .param("pending", ReservationStatus.PENDING_APPROVAL.name())
                .param("resource", resource == null ? null : resource.value())
                .query(Long.class)
                .single();
    }

    /**
     * Institutions with a request still waiting for approval that arrived from {@code from} until before {@code to}:
     * those whose staff have news for their digest.
     */
    Set<InstitutionId> withRequestsArrived(Instant from, Instant to) {
        return Set.copyOf(jdbc.sql("""
                        select distinct s.institution_id from reservation r join resource s on s.id = r.resource_id
                         where r.status = :pending and r.created_at >= :from and r.created_at < :to
                        """)
                .param("pending", ReservationStatus.PENDING_APPROVAL.name())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> new InstitutionId(rs.getLong(1)))
                .list());
    }

    /**
     * The account's bookings for its calendar feed, by start: waiting for approval or payment, confirmed, checked in
     * or done, ending after {@code since}; at most {@code limit}.
     */
    List<Reservation> forCalendar(AccountId account, Instant since, int limit) {
        return endingAfter(
                "account_id",
                account.value(),
                ReservationStatus.names(status ->
                        status.wasMade() && status != ReservationStatus.HELD && status != ReservationStatus.NO_SHOW),
                since,
                limit);
    }

    /**
     * The resource's bookings that took or take its time (waiting for payment, confirmed, checked in or done), ending
     * after {@code since}, by start; at most {@code limit}.
     */
    List<Reservation> bookedTimes(ResourceId resource, Instant since, int limit) {
        return endingAfter(
                "resource_id",
                resource.value(),
                ReservationStatus.names(status -> status.holdsTime() && status != ReservationStatus.HELD
                        || status == ReservationStatus.COMPLETED),
                since,
                limit);
    }

    /** The bookings of one account or resource ({@code owner}: its column) in the statuses, ending after a time. */
    private List<Reservation> endingAfter(String owner, long id, List<String> statuses, Instant since, int limit) {
        return jdbc.sql("select " + ReservationStore.COLUMNS + " from reservation r where r." + owner + """
                         = :id and r.ends_at > :since and r.status in (:statuses)
                        order by r.starts_at, r.id limit :limit
                        """)
                .param("id", id)
                .param("since", Timestamp.from(since))
                .param("statuses", statuses)
                .param("limit", limit)
                .query(ReservationStore::reservation)
                .list();
    }

    private static final String AWAITING_APPROVAL = """
             from reservation r join resource s on s.id = r.resource_id
            where s.institution_id = :institution and r.status = :pending
              and (cast(:resource as bigint) is null or r.resource_id = :resource)
            """;

    private static final String OF_INSTITUTION = """
             from reservation r join resource s on s.id = r.resource_id
            where s.institution_id = :institution
              and (cast(:status as varchar(20)) is null or r.status = :status)
              and (cast(:resource as bigint) is null or r.resource_id = :resource)
              and r.starts_at >= :from and r.starts_at < :to
            """;

    /** A page of the institution's bookings that the filter selects, by start time. */
    List<Reservation> ofInstitution(Reservations.InstitutionFilter filter, int page, int size) {
        return bind(
                        jdbc.sql("select " + ReservationStore.COLUMNS + OF_INSTITUTION
                                + " order by r.starts_at, r.id limit :limit offset :offset"),
                        filter)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ReservationStore::reservation)
                .list();
    }

    long countOfInstitution(Reservations.InstitutionFilter filter) {
        return bind(jdbc.sql("select count(*)" + OF_INSTITUTION), filter)
                .query(Long.class)
                .single();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement, Reservations.InstitutionFilter filter) {
        return statement
                .param("institution", filter.institution().value())
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param(
                        "resource",
                        filter.resource() == null ? null : filter.resource().value())
                .param("from", Timestamp.from(filter.from()))
                .param("to", Timestamp.from(filter.to()));
    }
}
