package kr.gongyu.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.schedule.RosterRefused.Reason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The volunteer roster (Sejong): staff offer the shifts a facility needs volunteers for, residents sign up,
 * and a shift with as many volunteers as it needs is staffed, which opens the facility's volunteer-only windows.
 * When a staffed shift loses a volunteer or is cancelled, the windows close and {@link VolunteerShiftCancelled}
 * tells the bookers' side.
 *
 * <p>Every change of one shift runs under a lock of the shift's row, so racing sign-ups never take more places
 * than it has, and the shift is staffed exactly once.
 */
@Service
public class VolunteerRoster {

    public static final Duration LONGEST_SHIFT = Duration.ofHours(12);

    public static final int MOST_VOLUNTEERS = 20;

    /** A volunteer signed up for a shift: the account and the name staff see (masked in lists). */
    public record Volunteer(long account, String name) {}

    /** A shift staff offered, with the volunteers signed up so far. */
    public record Shift(long id, ResourceId resource, Interval time, int needed, List<Volunteer> volunteers) {

        public boolean staffed() {
            return volunteers.size() >= needed;
        }

        public boolean hasVolunteer(long account) {
            return volunteers.stream().anyMatch(volunteer -> volunteer.account() == account);
        }
    }

    private static final String SHIFTS = "select id, resource_id, starts_at, ends_at, needed from volunteer_need";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VolunteerRoster(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Offers a shift of the resource that needs the number of volunteers; the caller owns the resource. */
    @Transactional
    public Shift offer(ResourceId resource, Interval time, int needed) {
        if (!time.start().isAfter(clock.instant())
                || Duration.between(time.start(), time.end()).compareTo(LONGEST_SHIFT) > 0) {
            throw new RosterRefused(Reason.INVALID_TIME);
        }
        if (needed < 1 || needed > MOST_VOLUNTEERS) {
            throw new RosterRefused(Reason.INVALID_NEEDED);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into volunteer_need (resource_id, starts_at, ends_at, needed)"
                        + " values (:resource, :from, :to, :needed)")
                .param("resource", resource.value())
                .param("from", Timestamp.from(time.start()))
                .param("to", Timestamp.from(time.end()))
                .param("needed", needed)
                .update(keys, "id");
        return new Shift(keys.getKeyAs(Long.class), resource, time, needed, List.of());
    }

    /** The resource's shifts overlapping the span, by start. */
    @Transactional(readOnly = true)
    public List<Shift> shifts(ResourceId resource, Interval span) {
        return withVolunteers(jdbc.sql(SHIFTS + " where resource_id = :resource and starts_at < :to and ends_at > :from"
                        + " order by starts_at, id")
                .param("resource", resource.value())
                .param("from", Timestamp.from(span.start()))
                .param("to", Timestamp.from(span.end()))
                .query((rs, row) -> shift(rs))
                .list());
    }

    /** Shifts of every facility starting within the span, by start: what residents may sign up for. */
    @Transactional(readOnly = true)
    public List<Shift> starting(Interval span, int limit) {
        return withVolunteers(jdbc.sql(SHIFTS + " where starts_at >= :from and starts_at < :to"
                        + " order by starts_at, id limit :limit")
                .param("from", Timestamp.from(span.start()))
                .param("to", Timestamp.from(span.end()))
                .param("limit", limit)
                .query((rs, row) -> shift(rs))
                .list());
    }

    /** One shift, if it exists. */
    @Transactional(readOnly = true)
    public Optional<Shift> shift(long id) {
        return withVolunteers(jdbc.sql(SHIFTS + " where id = :id")
                        .param("id", id)
                        .query((rs, row) -> shift(rs))
                        .list())
                .stream()
                .findFirst();
    }

    /** Signs the account up; the shift is staffed when this volunteer completes it. */
    @Transactional
    public Shift signUp(long shiftId, long account, String name) {
        var shift = locked(shiftId);
        if (!shift.time().start().isAfter(clock.instant())) {
            throw new RosterRefused(Reason.STARTED);
        }
        if (shift.hasVolunteer(account)) {
            throw new RosterRefused(Reason.ALREADY_SIGNED_UP);
        }
        if (shift.staffed()) {
            throw new RosterRefused(Reason.FULL);
        }
        jdbc.sql("insert into volunteer_signup (need_id, account_id, volunteer_name, signed_up_at)"
                        + " values (:shift, :account, :name, :now)")
                .param("shift", shiftId)
                .param("account", account)
                .param("name", name)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        var volunteers = new ArrayList<>(shift.volunteers());
        volunteers.add(new Volunteer(account, name));
        var signedUp = new Shift(shift.id(), shift.resource(), shift.time(), shift.needed(), volunteers);
        if (signedUp.staffed()) {
            jdbc.sql("insert into volunteer_shift (resource_id, starts_at, ends_at, volunteer_name, need_id)"
                            + " values (:resource, :from, :to, :names, :shift)")
                    .param("resource", shift.resource().value())
                    .param("from", Timestamp.from(shift.time().start()))
                    .param("to", Timestamp.from(shift.time().end()))
                    .param("names", names(volunteers))
                    .param("shift", shiftId)
                    .update();
            events.publishEvent(new ScheduleChanged(shift.resource()));
        }
        return signedUp;
    }

    /** Takes the account off the shift; a staffed shift it leaves short closes its windows again. */
    @Transactional
    public Shift withdraw(long shiftId, long account) {
        var shift = locked(shiftId);
        if (!shift.time().start().isAfter(clock.instant())) {
            throw new RosterRefused(Reason.STARTED);
        }
        if (!shift.hasVolunteer(account)) {
            throw new RosterRefused(Reason.NOT_SIGNED_UP);
        }
        jdbc.sql("delete from volunteer_signup where need_id = :shift and account_id = :account")
                .param("shift", shiftId)
                .param("account", account)
                .update();
        var left = new Shift(
                shift.id(),
                shift.resource(),
                shift.time(),
                shift.needed(),
                shift.volunteers().stream()
                        .filter(volunteer -> volunteer.account() != account)
                        .toList());
        if (shift.staffed() && !left.staffed()) {
            closeWindows(shift);
        }
        return left;
    }

    /** Cancels one of the resource's shifts, staffed or not; false if it has no such shift. */
    @Transactional
    public boolean cancel(ResourceId resource, long shiftId) {
        var shift = lockedIfAny(shiftId).filter(found -> found.resource().equals(resource));
        shift.ifPresent(found -> {
            if (found.staffed()) {
                closeWindows(found);
            }
            jdbc.sql("delete from volunteer_need where id = :id")
                    .param("id", shiftId)
                    .update();
        });
        return shift.isPresent();
    }

    private void closeWindows(Shift shift) {
        jdbc.sql("delete from volunteer_shift where need_id = :shift")
                .param("shift", shift.id())
                .update();
        events.publishEvent(new ScheduleChanged(shift.resource()));
        events.publishEvent(new VolunteerShiftCancelled(shift.resource(), shift.time()));
    }

    private Shift locked(long shiftId) {
        return lockedIfAny(shiftId).orElseThrow(() -> new RosterRefused(Reason.NO_SUCH_SHIFT));
    }

    private Optional<Shift> lockedIfAny(long shiftId) {
        var rows = jdbc.sql(SHIFTS + " where id = :id for update")
                .param("id", shiftId)
                .query((rs, row) -> shift(rs))
                .list();
        return withVolunteers(rows).stream().findFirst();
    }

    private static Shift shift(ResultSet rs) throws SQLException {
        return new Shift(
                rs.getLong("id"),
                new ResourceId(rs.getLong("resource_id")),
                new Interval(
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant()),
                rs.getInt("needed"),
                List.of());
    }

    /** The shifts with their volunteers, in the order they signed up. */
    private List<Shift> withVolunteers(List<Shift> shifts) {
        if (shifts.isEmpty()) {
            return shifts;
        }
        var volunteers = new HashMap<Long, List<Volunteer>>();
        jdbc.sql("select need_id, account_id, volunteer_name from volunteer_signup where need_id in (:ids)"
                        + " order by signed_up_at, id")
                .param("ids", shifts.stream().map(Shift::id).toList())
                .query(rs -> {
                    volunteers
                            .computeIfAbsent(rs.getLong("need_id"), id -> new ArrayList<>())
                            .add(new Volunteer(rs.getLong("account_id"), rs.getString("volunteer_name")));
                });
        return shifts.stream()
                .map(shift -> new Shift(
                        shift.id(),
                        shift.resource(),
                        shift.time(),
                        shift.needed(),
                        List.copyOf(volunteers.getOrDefault(shift.id(), List.of()))))
                .toList();
    }

    /** The staffed shift's note: its volunteers' names, within the column's 50 characters. */
    private static String names(List<Volunteer> volunteers) {
        var names = String.join(", ", volunteers.stream().map(Volunteer::name).toList());
        return names.length() <= 50 ? names : names.substring(0, 49) + "…";
    }
}
