package kr.gongyu.schedule;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kr.gongyu.InvalidInput;
import kr.gongyu.MultiRowInsert;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceEntryView;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.SiteId;
import kr.gongyu.institution.SharingAgreementView;
import kr.gongyu.institution.SharingAgreements;
import kr.gongyu.schedule.BookedUnits.Booking;
import kr.gongyu.schedule.SlotCalculator.Dates;
import kr.gongyu.schedule.SlotCalculator.Occupancy;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each resource's schedule: its opening rules, the institution's internal-use blocks, volunteer shifts, and
 * the availability calendar they make together with what is booked.
 */
@Service
public class ResourceSchedules {

    /** Distinct rule texts kept parsed; past that, the cache starts again empty. */
    private static final int RULES_KEPT = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;
    private final ResourceDirectory directory;
    private final Holidays holidays;
    private final SharingAgreements agreements;
    /**
     * What is booked, for the calendars this module shows (a resource page, search's availability): the reservation
     * module implements it. A booking does not come back through it: it reads its bookings with its other facts and
     * hands them in ({@link CalendarFacts}).
     */
    private final BookedUnits bookedUnits;

    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, OpeningRules> parsedRules = new ConcurrentHashMap<>();

    ResourceSchedules(
            JdbcClient jdbc,
            JdbcTemplate batches,
            JsonMapper json,
            ResourceDirectory directory,
            Holidays holidays,
            SharingAgreements agreements,
            BookedUnits bookedUnits,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
        this.directory = directory;
        this.holidays = holidays;
        this.agreements = agreements;
        this.bookedUnits = bookedUnits;
        this.events = events;
        this.clock = clock;
    }

    /** The rules of a resource as they were written, if it has any. */
    @Transactional(readOnly = true)
    public Optional<OpeningRulesSpec> rulesOf(ResourceId resource) {
        return jdbc.sql("select spec from opening_rules where resource_id = :id")
                .param("id", resource.value())
                .query(String.class)
                .optional()
                .map(spec -> json.readValue(spec, OpeningRulesSpec.class));
    }

    /** Checks and stores a resource's rules; throws {@link InvalidInput} naming the fields at fault. */
    @Transactional
    public OpeningRules setRules(ResourceId resource, OpeningRulesSpec spec) {
        var rules = spec.toRules();
        var text = json.writeValueAsString(spec);
        var updated = jdbc.sql("update opening_rules set spec = :spec, version = version + 1 where resource_id = :id")
                .param("spec", text)
                .param("id", resource.value())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into opening_rules (resource_id, spec) values (:id, :spec)")
                    .param("id", resource.value())
                    .param("spec", text)
                    .update();
        }
        events.publishEvent(new ScheduleChanged(resource));
        return rules;
    }

    /** The rules of those of the resources that have any, as they were written. */
    @Transactional(readOnly = true)
    public Map<ResourceId, OpeningRulesSpec> rulesOf(Collection<ResourceId> resources) {
        var rules = new HashMap<ResourceId, OpeningRulesSpec>();
        jdbc.sql(
                        "select o.resource_id, o.spec from unnest(:ids) as ids(id) join opening_rules o on o.resource_id = ids.id")
                .param("ids", resources.stream().map(ResourceId::value).toArray(Long[]::new))
                .query((rs, row) -> rules.put(
                        new ResourceId(rs.getLong("resource_id")),
                        json.readValue(rs.getString("spec"), OpeningRulesSpec.class)))
                .list();
        return rules;
    }

    /**
     * Checks and stores the rules of many resources at once, for an import; throws {@link InvalidInput}
     * for the first that is wrong, having written nothing. One {@link SchedulesReplaced} event for them all.
     */
    @Transactional
    public void setRules(Map<ResourceId, OpeningRulesSpec> specs) {
        if (specs.isEmpty()) {
            return;
        }
        var texts = new LinkedHashMap<Long, String>();
        specs.forEach((resource, spec) -> {
            spec.toRules();
            texts.put(resource.value(), json.writeValueAsString(spec));
        });
        var existing =
                rulesOf(specs.keySet()).keySet().stream().map(ResourceId::value).collect(Collectors.toSet());
        var updates = new ArrayList<Object[]>();
        var inserts = new ArrayList<Object[]>();
        texts.forEach((id, text) -> (existing.contains(id) ? updates : inserts).add(new Object[] {text, id}));
        batches.batchUpdate("update opening_rules set spec = ?, version = version + 1 where resource_id = ?", updates);
        MultiRowInsert.insert(batches, "opening_rules", "spec, resource_id", inserts);
        events.publishEvent(new SchedulesReplaced(specs.keySet()));
    }

    /**
     * The calendar of a published resource from {@code from} to {@code to} inclusive: each day open with its
     * slots and remaining units, or closed with the reason. Empty when there is no such published resource.
     */
    @Transactional(readOnly = true)
    public Optional<List<DayAvailability>> calendar(ResourceId id, LocalDate from, LocalDate to) {
        return directory
                .bookable(id)
                .map(resource -> calendar(id, resource.site(), resource.quantity(), from, to)
                        .days());
    }

    /** A calendar and the rules it was computed by; no rules when the resource has none (every day closed). */
    public record Calendar(@Nullable OpeningRules rules, List<DayAvailability> days) {}

    /** The calendar of a resource the caller has already loaded. */
    @Transactional(readOnly = true)
    public Calendar calendar(ResourceEntryView resource, LocalDate from, LocalDate to) {
        return calendar(resource.id(), resource.site(), resource.quantity(), from, to);
    }

    /** The calendar of a resource of so many units, as the caller knows it (having locked it, to book it). */
    @Transactional(readOnly = true)
    public Calendar calendar(ResourceId id, SiteId site, int quantity, LocalDate from, LocalDate to) {
        var span = span(from, to);
        return calendar(
                quantity,
                parsedRulesOf(id),
                agreements.covering(List.of(site.value())).get(site.value()),
                from,
                to,
                () -> {
                    var kept = timeKept(List.of(id.value()), span);
                    return new Occupancy(
                            kept.blocks().getOrDefault(id.value(), List.of()),
                            kept.shifts().getOrDefault(id.value(), List.of()),
                            bookedUnits().overlapping(id, span));
                },
                clock);
    }

    /**
     * What a resource's calendar is made from besides its size, as a caller reads it with facts of its own in one
     * statement (the booking path, under the resource's lock): the rules' text as stored ({@code opening_rules.spec},
     * null without rules), and the internal-use blocks, staffed volunteer shifts and bookings that touch the
     * calendar's {@link #span}.
     */
    public record CalendarFacts(
            @Nullable String rules, List<Interval> blocks, List<Interval> shifts, List<Booking> bookings) {}

    /**
     * The calendar of a resource from facts its caller read. {@code underAgreement} says whether a sharing agreement
     * names the resource's site: only then are the agreements read, to open the days one is in force.
     */
    public Calendar calendar(
            SiteId site, boolean underAgreement, int quantity, LocalDate from, LocalDate to, CalendarFacts facts) {
        return calendar(
                quantity,
                facts.rules() == null ? null : parsed(facts.rules()),
                underAgreement ? agreements.covering(List.of(site.value())).get(site.value()) : null,
                from,
                to,
                () -> new Occupancy(facts.blocks(), facts.shifts(), facts.bookings()),
                clock);
    }

    /**
     * A day of a resource whatever the time: its slots with the units left as if the booking window were open for
     * each (past ones too), and the window, which decides at the reader's own "now" which of them can be booked;
     * no window for a resource without rules (every day closed).
     */
    public record UntimedDay(DayAvailability day, @Nullable BookingWindow window) {}

    /**
     * One day of each of many resources whatever the time, as search's stored free time keeps it: one query per
     * kind of fact for all of them, where {@link #calendar(Resource, LocalDate, LocalDate)} makes three per
     * resource. Resources that are not published are left out.
     */
    @Transactional(readOnly = true)
    public Map<ResourceId, UntimedDay> dayWhateverTheTime(Collection<ResourceId> ids, LocalDate date) {
        var values = ids.stream().map(ResourceId::value).distinct().toList();
        var days = new HashMap<ResourceId, UntimedDay>();
        if (values.isEmpty()) {
            return days;
        }
        var span = span(date, date);
        var rules = parsedRulesOf(values);
        var kept = timeKept(values, span);
        var bookings = bookedUnits().overlapping(ids, span);
        var published = directory.bookable(ids);
        var agreementsBySite = agreements.covering(
                published.stream().map(resource -> resource.site().value()).collect(Collectors.toSet()));
        for (var resource : published) {
            var id = resource.id();
            var calendar = calendar(
                    resource.quantity(),
                    rules.get(id.value()),
                    agreementsBySite.get(resource.site().value()),
                    date,
                    date,
                    () -> new Occupancy(
                            kept.blocks().getOrDefault(id.value(), List.of()),
                            kept.shifts().getOrDefault(id.value(), List.of()),
                            bookings.getOrDefault(id, List.of())),
                    null);
            var window = calendar.rules() == null ? null : calendar.rules().bookingWindow();
            days.put(id, new UntimedDay(calendar.days().getFirst(), window));
        }
        return days;
    }

    /** What can touch the days from {@code from} to {@code to}: a slot may run past midnight. */
    public static Interval span(LocalDate from, LocalDate to) {
        return new Interval(
                from.atStartOfDay(Seoul.ZONE).toInstant(),
                to.plusDays(2).atStartOfDay(Seoul.ZONE).toInstant());
    }

    /**
     * @param siteAgreements the sharing agreements covering the resource's site, if any does: then it opens only
     *     on the days one of them is in force
     * @param at now, or null for the calendar whatever the time ({@link UntimedDay})
     */
    private Calendar calendar(
            int quantity,
            @Nullable OpeningRules rules,
            @Nullable List<SharingAgreementView> siteAgreements,
            LocalDate from,
            LocalDate to,
            Supplier<Occupancy> occupancy,
            @Nullable Clock at) {
        if (rules == null) {
            return new Calendar(
                    null,
                    from.datesUntil(to.plusDays(1))
                            .map(date -> DayAvailability.closed(date, ClosedReason.CLOSED_DAY))
                            .toList());
        }
        Predicate<LocalDate> outsideAgreement = siteAgreements == null
                ? date -> false
                : date -> siteAgreements.stream().noneMatch(agreement -> agreement.isInForceOn(date));
        var dates = new Dates(
                holidays::isPublicHoliday,
                date -> rules.closedDays().closes(date, holidays.calendar()),
                outsideAgreement);
        return new Calendar(rules, SlotCalculator.calendar(rules, quantity, from, to, dates, occupancy.get(), at));
    }

    /**
     * The resource's rules, checked: read at every booking, and parsed from their text once per text (most
     * resources share a few; parsing and checking them cost about a twentieth of a booking's CPU).
     */
    private @Nullable OpeningRules parsedRulesOf(ResourceId resource) {
        var text = jdbc.sql("select spec from opening_rules where resource_id = :id")
                .param("id", resource.value())
                .query(String.class)
                .optional();
        return text.map(this::parsed).orElse(null);
    }

    /**
     * The rules of many resources, as {@link #parsedRulesOf(ResourceId)}; a resource without rules is left out.
     * The ids are joined as an array, here and in the other reads of many resources: an {@code in} list of
     * thousands is checked again for each row found, element by element, on H2.
     */
    private Map<Long, OpeningRules> parsedRulesOf(List<Long> resources) {
        var rules = new HashMap<Long, OpeningRules>();
        jdbc.sql(
                        "select o.resource_id, o.spec from unnest(:ids) as ids(id) join opening_rules o on o.resource_id = ids.id")
                .param("ids", resources.toArray(Long[]::new))
                .query((rs, row) -> rules.put(rs.getLong("resource_id"), parsed(rs.getString("spec"))))
                .list();
        return rules;
    }

    private OpeningRules parsed(String text) {
        var known = parsedRules.get(text);
        if (known != null) {
            return known;
        }
        var rules = json.readValue(text, OpeningRulesSpec.class).toRules();
        if (parsedRules.size() >= RULES_KEPT) {
            parsedRules.clear();
        }
        parsedRules.put(text, rules);
        return rules;
    }

    private BookedUnits bookedUnits() {
        return bookedUnits;
    }

    /** Time the institution keeps for itself, or a volunteer's shift: a stored span of a resource's time. */
    public record Entry(long id, Interval time, String note) {}

    /** The internal-use blocks overlapping the span. */
    @Transactional(readOnly = true)
    public List<Entry> blocks(ResourceId resource, Interval span) {
        return entries("internal_block", "reason", resource, span);
    }

    @Transactional
    public Entry block(ResourceId resource, Interval time, String reason) {
        return add("internal_block", "reason", resource, time, reason);
    }

    @Transactional
    public boolean unblock(ResourceId resource, long blockId) {
        return remove("internal_block", resource, blockId);
    }

    /** The staffed volunteer shifts overlapping the span. */
    @Transactional(readOnly = true)
    public List<Entry> shifts(ResourceId resource, Interval span) {
        return entries("volunteer_shift", "volunteer_name", resource, span);
    }

    @Transactional
    public Entry staff(ResourceId resource, Interval time, String volunteerName) {
        return add("volunteer_shift", "volunteer_name", resource, time, volunteerName);
    }

    /**
     * Cancels a shift: its volunteer-only windows close again, and {@link VolunteerShiftCancelled} tells the
     * bookers' side, which must tell those who booked them.
     */
    @Transactional
    public boolean unstaff(ResourceId resource, long shiftId) {
        var time = jdbc.sql("select starts_at, ends_at from volunteer_shift where id = :id and resource_id = :resource")
                .param("id", shiftId)
                .param("resource", resource.value())
                .query((rs, row) -> new Interval(
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant()))
                .optional();
        var removed = time.isPresent() && remove("volunteer_shift", resource, shiftId);
        if (removed) {
            events.publishEvent(new VolunteerShiftCancelled(resource, time.get()));
        }
        return removed;
    }

    private List<Entry> entries(String table, String note, ResourceId resource, Interval span) {
        return jdbc.sql("select id, starts_at, ends_at, " + note + " as note from " + table
                        + " where resource_id = :id and starts_at < :to and ends_at > :from order by starts_at")
                .param("id", resource.value())
                .param("from", Timestamp.from(span.start()))
                .param("to", Timestamp.from(span.end()))
                .query((rs, row) -> new Entry(
                        rs.getLong("id"),
                        new Interval(
                                rs.getTimestamp("starts_at").toInstant(),
                                rs.getTimestamp("ends_at").toInstant()),
                        rs.getString("note")))
                .list();
    }

    private Entry add(String table, String note, ResourceId resource, Interval time, String text) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into " + table + " (resource_id, starts_at, ends_at, " + note
                        + ") values (:id, :from, :to, :note)")
                .param("id", resource.value())
                .param("from", Timestamp.from(time.start()))
                .param("to", Timestamp.from(time.end()))
                .param("note", text)
                .update(keys, "id");
        events.publishEvent(new ScheduleChanged(resource));
        return new Entry(keys.getKeyAs(Long.class), time, text);
    }

    private boolean remove(String table, ResourceId resource, long id) {
        var removed = jdbc.sql("delete from " + table + " where id = :id and resource_id = :resource")
                        .param("id", id)
                        .param("resource", resource.value())
                        .update()
                > 0;
        if (removed) {
            events.publishEvent(new ScheduleChanged(resource));
        }
        return removed;
    }

    /** The internal-use blocks and the staffed volunteer shifts overlapping a span, by resource. */
    private record TimeKept(Map<Long, List<Interval>> blocks, Map<Long, List<Interval>> shifts) {}

    /** Blocks and shifts in one statement: every booking asks, and a round trip costs more than either query. */
    private TimeKept timeKept(List<Long> resources, Interval span) {
        var kept = new TimeKept(new HashMap<>(), new HashMap<>());
        jdbc.sql("""
                        select 'block' as kind, b.resource_id, b.starts_at, b.ends_at
                          from unnest(:ids) as ids(id) join internal_block b on b.resource_id = ids.id
                         where b.starts_at < :to and b.ends_at > :from
                        union all
                        select 'shift', v.resource_id, v.starts_at, v.ends_at
                          from unnest(:ids) as ids(id) join volunteer_shift v on v.resource_id = ids.id
                         where v.starts_at < :to and v.ends_at > :from
                        """)
                .param("ids", resources.toArray(Long[]::new))
                .param("from", Timestamp.from(span.start()))
                .param("to", Timestamp.from(span.end()))
                .query(rs -> {
                    var spans = "block".equals(rs.getString("kind")) ? kept.blocks() : kept.shifts();
                    spans.computeIfAbsent(rs.getLong("resource_id"), id -> new ArrayList<>())
                            .add(new Interval(
                                    rs.getTimestamp("starts_at").toInstant(),
                                    rs.getTimestamp("ends_at").toInstant()));
                });
        return kept;
    }
}
