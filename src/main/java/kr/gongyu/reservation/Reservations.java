package kr.gongyu.reservation;

import static kr.gongyu.reservation.ReservationRefused.Reason.*;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.Confirmation;
import kr.gongyu.catalog.EligibilityType;
import kr.gongyu.catalog.Resource;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceKind;
import kr.gongyu.catalog.Resources;
import kr.gongyu.identity.AccountId;
import kr.gongyu.identity.Accounts;
import kr.gongyu.institution.InstitutionId;
import kr.gongyu.schedule.ClosedReason;
import kr.gongyu.schedule.ResourceSchedules;
import kr.gongyu.schedule.Slot;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking, reading and cancelling. The no-double-booking invariant is kept in the booking transaction: lock
 * the resource's row, compute what is still free with the bookings committed before the lock, and insert only
 * if the requested slots still have the units. On PostgreSQL an exclusion constraint guards spaces as well.
 */
@Service
public class Reservations {

    private static final String COLUMNS = """
            r.id, r.resource_id, r.account_id, r.starts_at, r.ends_at, r.units, r.status, r.headcount, r.purpose,
            r.created_at, r.cancel_reason, r.refund_percent""";

    private final JdbcClient jdbc;
    private final Resources resources;
    private final ResourceSchedules schedules;
    private final BookingPolicies policies;
    private final Accounts accounts;
    private final Clock clock;

    Reservations(
            JdbcClient jdbc,
            Resources resources,
            ResourceSchedules schedules,
            BookingPolicies policies,
            Accounts accounts,
            Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.resources = resources;
        this.schedules = schedules;
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * Books the slots from the request's start to its end: confirmed at once for an instant resource, pending
     * for one that needs approval. Empty when there is no such published resource; refused with the reason
     * when the time is not bookable or no longer free.
     */
    @Transactional
    public Optional<Reservation> book(RequestReservation request) {
        var locked = jdbc.sql("select id from resource where id = :id and published = true for update")
                .param("id", request.resource().value())
                .query(Long.class)
                .optional();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        var resource = resources.findById(request.resource().value()).orElseThrow();
        if (request.headcount() != null && request.headcount() > resource.capacity()) {
            throw new ReservationRefused(CAPACITY_EXCEEDED);
        }
        if (request.units() > resource.quantity()) {
            throw new ReservationRefused(SLOT_UNAVAILABLE);
        }
        checkEligibility(request.account(), resource);
        checkQuota(request, resource.id());
        checkSlots(request, resource);
        var status = resource.confirmation() == Confirmation.INSTANT
                ? ReservationStatus.CONFIRMED
                : ReservationStatus.PENDING_APPROVAL;
        var now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into reservation (resource_id, account_id, starts_at, ends_at, units, exclusive, status,
                            headcount, purpose, created_at)
                        values (:resource, :account, :start, :end, :units, :exclusive, :status, :headcount, :purpose, :now)
                        """)
                .param("resource", request.resource().value())
                .param("account", request.account().value())
                .param("start", Timestamp.from(request.start()))
                .param("end", Timestamp.from(request.end()))
                .param("units", request.units())
                .param("exclusive", resource.kind() == ResourceKind.SPACE)
                .param("status", status.name())
                .param("headcount", request.headcount())
                .param("purpose", request.purpose())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return find(new ReservationId(keys.getKeyAs(Long.class)));
    }

    /**
     * Who may book (Samcheok's hall: only its listed kindergartens and schools, booking through their
     * organisation accounts; a residents-only resource: those living in its region).
     */
    private void checkEligibility(AccountId accountId, Resource resource) {
        if (resource.eligibility() == EligibilityType.EVERYONE) {
            return;
        }
        var account = accounts.findById(accountId.value()).orElseThrow();
        var eligible = switch (resource.eligibility()) {
            case EVERYONE -> true;
            case ORGANIZATIONS ->
                account.organization() != null
                        && resource.eligibleOrganizations().contains(account.organization());
            case RESIDENTS -> {
                var region = resource.eligibleRegion();
                var home = account.residenceRegionCode();
                yield region != null
                        && home != null
                        && (home.equals(region.value())
                                || region.province().equals(region)
                                        && home.startsWith(region.value().substring(0, 2)));
            }
        };
        if (!eligible) {
            throw new ReservationRefused(NOT_ELIGIBLE);
        }
    }

    /** The resource's per-person limits: active bookings at once, and bookings in the month of the start. */
    private void checkQuota(RequestReservation request, ResourceId resource) {
        var policy = policies.of(resource).orElseGet(BookingPolicy::lenient);
        if (policy.maxActivePerUser() != null) {
            var active = jdbc.sql("""
                            select count(*) from reservation where account_id = :account and resource_id = :resource
                              and status in ('HELD', 'PENDING_APPROVAL', 'CONFIRMED') and ends_at > :now
                            """)
                    .param("account", request.account().value())
                    .param("resource", resource.value())
                    .param("now", Timestamp.from(clock.instant()))
                    .query(Long.class)
                    .single();
            if (active >= policy.maxActivePerUser()) {
                throw new ReservationRefused(QUOTA_EXCEEDED);
            }
        }
        if (policy.maxPerUserPerMonth() != null) {
            var month = LocalDate.ofInstant(request.start(), Seoul.ZONE).withDayOfMonth(1);
            var booked = jdbc.sql("""
                            select count(*) from reservation where account_id = :account and resource_id = :resource
                              and status not in ('CANCELLED', 'REJECTED') and starts_at >= :from and starts_at < :to
                            """)
                    .param("account", request.account().value())
                    .param("resource", resource.value())
                    .param("from", Timestamp.from(month.atStartOfDay(Seoul.ZONE).toInstant()))
                    .param(
                            "to",
                            Timestamp.from(
                                    month.plusMonths(1).atStartOfDay(Seoul.ZONE).toInstant()))
                    .query(Long.class)
                    .single();
            if (booked >= policy.maxPerUserPerMonth()) {
                throw new ReservationRefused(QUOTA_EXCEEDED);
            }
        }
    }

    /** The requested time must be whole consecutive slots the calendar offers, each with the units free. */
    private void checkSlots(RequestReservation request, Resource resource) {
        var first = LocalDate.ofInstant(request.start(), Seoul.ZONE);
        var last = LocalDate.ofInstant(request.end().minusNanos(1), Seoul.ZONE);
        if (ChronoUnit.DAYS.between(first, last) > 62) {
            throw new ReservationRefused(OUTSIDE_OPENING_HOURS);
        }
        var days = schedules.calendar(resource.id(), first, last).orElseThrow();
        var covered = new ArrayList<Slot>();
        for (var day : days) {
            if (!day.open()) {
                throw new ReservationRefused(
                        day.reason() == ClosedReason.OUTSIDE_WINDOW ? OUTSIDE_BOOKING_WINDOW : OUTSIDE_OPENING_HOURS);
            }
            day.slots().stream()
                    .filter(slot -> !slot.start().toInstant().isBefore(request.start())
                            && !slot.end().toInstant().isAfter(request.end()))
                    .forEach(covered::add);
        }
        var rules = schedules.rulesOf(resource.id()).orElseThrow().toRules();
        var wholeSlots = !covered.isEmpty()
                && covered.getFirst().start().toInstant().equals(request.start())
                && covered.getLast().end().toInstant().equals(request.end());
        for (int n = 1; wholeSlots && n < covered.size(); n++) {
            // Consecutive slots touch, except that a multi-day booking runs from one day's opening to the next's.
            wholeSlots = rules.multiDay()
                    || covered.get(n - 1).end().equals(covered.get(n).start());
        }
        if (!wholeSlots || covered.size() < rules.minSlots() || covered.size() > rules.maxSlots()) {
            throw new ReservationRefused(OUTSIDE_OPENING_HOURS);
        }
        if (covered.stream().anyMatch(slot -> slot.remaining() < request.units())) {
            throw new ReservationRefused(SLOT_UNAVAILABLE);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Reservation> find(ReservationId id) {
        return jdbc.sql("select " + COLUMNS + " from reservation r where r.id = :id")
                .param("id", id.value())
                .query(Reservations::reservation)
                .optional();
    }

    /** One's own bookings, newest first. */
    @Transactional(readOnly = true)
    public List<Reservation> of(AccountId account, int page, int size) {
        return jdbc.sql("select " + COLUMNS
                        + " from reservation r where r.account_id = :account order by r.created_at desc, r.id desc"
                        + " limit :limit offset :offset")
                .param("account", account.value())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Reservations::reservation)
                .list();
    }

    @Transactional(readOnly = true)
    public long countOf(AccountId account) {
        return jdbc.sql("select count(*) from reservation where account_id = :account")
                .param("account", account.value())
                .query(Long.class)
                .single();
    }

    /** Cancels the account's own booking, with the refund its resource's policy gives; empty if not theirs. */
    @Transactional
    public Optional<Reservation> cancel(ReservationId id, AccountId account, String reason) {
        return find(id).filter(found -> found.account().equals(account)).map(found -> {
            var daysBefore = (int) ChronoUnit.DAYS.between(
                    LocalDate.now(clock.withZone(Seoul.ZONE)), LocalDate.ofInstant(found.start(), Seoul.ZONE));
            var percent = policies.of(found.resource())
                    .orElseGet(BookingPolicy::lenient)
                    .refundPercent(Math.max(0, daysBefore));
            var cancelled = found.cancel(reason, percent);
            jdbc.sql("""
                            update reservation set status = 'CANCELLED', cancelled_at = :now, cancel_reason = :reason,
                                refund_percent = :percent, version = version + 1
                            where id = :id
                            """)
                    .param("now", Timestamp.from(clock.instant()))
                    .param("reason", reason)
                    .param("percent", percent)
                    .param("id", id.value())
                    .update();
            return cancelled;
        });
    }

    /** Which bookings of an institution a console list asks for: by status and resource if given, by start. */
    public record InstitutionFilter(
            InstitutionId institution,
            @Nullable ReservationStatus status,
            @Nullable ResourceId resource,
            Instant from,
            Instant to) {}

    private static final String OF_INSTITUTION = """
             from reservation r join resource s on s.id = r.resource_id
            where s.institution_id = :institution
              and (cast(:status as varchar(20)) is null or r.status = :status)
              and (cast(:resource as bigint) is null or r.resource_id = :resource)
              and r.starts_at >= :from and r.starts_at < :to
            """;

    /** A page of the institution's bookings that the filter selects, by start time. */
    @Transactional(readOnly = true)
    public List<Reservation> ofInstitution(InstitutionFilter filter, int page, int size) {
        return bind(
                        jdbc.sql("select " + COLUMNS + OF_INSTITUTION
                                + " order by r.starts_at, r.id limit :limit offset :offset"),
                        filter)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Reservations::reservation)
                .list();
    }

    @Transactional(readOnly = true)
    public long countOfInstitution(InstitutionFilter filter) {
        return bind(jdbc.sql("select count(*)" + OF_INSTITUTION), filter)
                .query(Long.class)
                .single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, InstitutionFilter filter) {
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

    /** Approves a pending request for one of the institution's resources; empty if it has no such booking. */
    @Transactional
    public Optional<Reservation> approve(InstitutionId institution, ReservationId id) {
        return ofInstitution(institution, id).map(found -> store(found.approve()));
    }

    /** Rejects a pending request for one of the institution's resources; empty if it has no such booking. */
    @Transactional
    public Optional<Reservation> reject(InstitutionId institution, ReservationId id, String reason) {
        return ofInstitution(institution, id).map(found -> store(found.reject(reason)));
    }

    private Optional<Reservation> ofInstitution(InstitutionId institution, ReservationId id) {
        return find(id).filter(found -> resources
                .findById(found.resource().value())
                .filter(resource -> resource.institution().equals(institution))
                .isPresent());
    }

    private Reservation store(Reservation changed) {
        jdbc.sql(
                        "update reservation set status = :status, cancel_reason = :reason, version = version + 1 where id = :id")
                .param("status", changed.status().name())
                .param("reason", changed.cancelReason())
                .param("id", changed.id().value())
                .update();
        return changed;
    }

    private static Reservation reservation(ResultSet rs, int row) throws SQLException {
        return new Reservation(
                new ReservationId(rs.getLong("id")),
                new ResourceId(rs.getLong("resource_id")),
                new AccountId(rs.getLong("account_id")),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getInt("units"),
                ReservationStatus.valueOf(rs.getString("status")),
                rs.getObject("headcount", Integer.class),
                rs.getString("purpose"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("cancel_reason"),
                rs.getObject("refund_percent", Integer.class));
    }
}
