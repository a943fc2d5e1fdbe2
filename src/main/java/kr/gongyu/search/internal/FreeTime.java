package kr.gongyu.search.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.gongyu.MultiRowInsert;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.schedule.Interval;
import kr.gongyu.schedule.ResourceSchedules;
import kr.gongyu.schedule.ResourceSchedules.UntimedDay;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When each resource is free, day by day, as the availability filter of search asks: the days' free time
 * computed by the schedule module (opening rules, closures, holidays, agreements, blocks, volunteer shifts, and
 * the bookings that hold time), stored in the database ({@code free_day}), so that every node reads the same days
 * and they outlive a restart; {@link FreeDaysJob} computes the coming days before anyone asks.
 *
 * <p>A stored day is used only while its version is the resource's current one ({@code free_day_version}), which
 * {@link FreeTimeChanges} raises inside every transaction that changes the resource's free time. A day is computed
 * after its resource's version was read, and stored with that version: a change that commits before the read is
 * in what is computed; one that commits after it has raised the version, so the day is never used. A search on any
 * node therefore sees a booking as soon as it has committed, and a stored day needs no expiry.
 *
 * <p>A day is stored whatever the time, with its booking window: which of its slots can be booked is decided when
 * it is read, at that moment's "now" (the date opening at its release or so many days ahead, a slot closing some
 * time before it starts). Only a hold that runs out is seen late: its time stays taken until the hold sweep ends
 * it, as the booking itself would commit it.
 */
@Component
public class FreeTime {

    private static final Logger log = LoggerFactory.getLogger(FreeTime.class);

    /** How many unknown days are computed together: a few queries for each batch, bounded in size. */
    static final int BATCH = 1_000;

    /** The row of {@code free_day_version} that is every resource's, raised by a holiday. */
    private static final long EVERY_RESOURCE = 0;

    /**
     * Free slots back to back of one length, in minutes from the day's start: {@code count} slots of {@code
     * length} minutes from {@code start}.
     */
    record Run(int start, int length, int count) {

        @Override
        public String toString() {
            return start + ":" + length + ":" + count;
        }

        static Run parse(String text) {
            var parts = text.split(":");
            return new Run(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }
    }

    /**
     * A resource's day whatever the time: its free slots, when the date opens for booking (null: never, the
     * resource has no rules or is not published), and how long before its start a slot stops taking bookings.
     */
    record Day(List<Run> free, @Nullable Instant opensAt, Duration closesBefore) {

        static final Day NONE = new Day(List.of(), null, Duration.ZERO);

        static Day of(@Nullable UntimedDay day, LocalDate date) {
            if (day == null || day.window() == null) {
                return NONE;
            }
            var dayStart = date.atStartOfDay(Seoul.ZONE).toInstant();
            var runs = new ArrayList<Run>();
            day.day().slots().stream().filter(slot -> slot.remaining() > 0).forEach(slot -> {
                var start = (int) Duration.between(dayStart, slot.start()).toMinutes();
                var length = (int) Duration.between(slot.start(), slot.end()).toMinutes();
                var last = runs.isEmpty() ? null : runs.getLast();
                if (last != null && last.length() == length && last.start() + last.length() * last.count() == start) {
                    runs.set(runs.size() - 1, new Run(last.start(), length, last.count() + 1));
                } else {
                    runs.add(new Run(start, length, 1));
                }
            });
            return new Day(runs, day.window().opensAt(date), day.window().closesBefore());
        }

        /**
         * The free spans that can be booked at {@code now}, merged where they touch: none before the date opens,
         * and none of a slot that starts too soon (or has started).
         */
        List<Interval> bookable(LocalDate date, Instant now) {
            if (opensAt == null || now.isBefore(opensAt)) {
                return List.of();
            }
            var dayStart = date.atStartOfDay(Seoul.ZONE).toInstant();
            var earliest = now.plus(closesBefore);
            var spans = new ArrayList<Interval>();
            for (var run : free) {
                var length = Duration.ofMinutes(run.length());
                var first = dayStart.plus(Duration.ofMinutes(run.start()));
                var late = first.isBefore(earliest)
                        ? (Duration.between(first, earliest).toSeconds() + length.toSeconds() - 1) / length.toSeconds()
                        : 0;
                if (late < run.count()) {
                    spans.add(new Interval(
                            first.plus(length.multipliedBy(late)), first.plus(length.multipliedBy(run.count()))));
                }
            }
            spans.sort(Comparator.comparing(Interval::start));
            var merged = new ArrayList<Interval>();
            for (var span : spans) {
                if (!merged.isEmpty() && !merged.getLast().end().isBefore(span.start())) {
                    var last = merged.removeLast();
                    merged.add(new Interval(last.start(), span.end().isAfter(last.end()) ? span.end() : last.end()));
                } else {
                    merged.add(span);
                }
            }
            return merged;
        }

        String freeText() {
            return free.stream().map(Run::toString).collect(Collectors.joining(" "));
        }

        static List<Run> parseFree(String text) {
            return text.isEmpty()
                    ? List.of()
                    : Arrays.stream(text.split(" ")).map(Run::parse).toList();
        }
    }

    /** A resource's day as read: the stored one if still current, and the version a day computed now is stored at. */
    private record Read(
            @Nullable Day day, long version, @Nullable Long stored) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ResourceSchedules schedules;
    private final Clock clock;
    private final LocalDays local;

    /** What {@link #fillAhead} saw before its last complete pass on this node, null before the first. */
    private final AtomicReference<@Nullable Filled> filled = new AtomicReference<>();

    /** The dates a pass of {@link #fillAhead} covered, and what it read of the catalogue and the versions first. */
    private record Filled(LocalDate today, int ahead, long resources, long versioned, long versions) {}

    /** The first date of the days this node's job last kept: the days before it were removed then. */
    private final AtomicReference<@Nullable LocalDate> keptFrom = new AtomicReference<>();

    FreeTime(
            JdbcClient jdbc,
            JdbcTemplate batches,
            ResourceSchedules schedules,
            Clock clock,
            FreeDaysSettings settings) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.schedules = schedules;
        this.clock = clock;
        this.local = new LocalDays(settings.kept());
    }

    /**
     * Those of the resources that can be booked on the date: for the whole of {@code from}–{@code to} when both
     * are given, else for at least one slot within what is given of them.
     */
    public Set<ResourceId> free(
            List<ResourceId> resources, LocalDate date, @Nullable LocalTime from, @Nullable LocalTime to) {
        var now = clock.instant();
        var fits = fits(date, from, to);
        var free = new HashSet<ResourceId>();
        days(resources, date).forEach((resource, day) -> {
            if (day.bookable(date, now).stream().anyMatch(fits)) {
                free.add(resource);
            }
        });
        return free;
    }

    /**
     * The resources' days: their current versions read in one statement, the days this node keeps at those
     * versions taken from its copy, the others read in a second statement, and those not stored or out of date
     * computed and stored. What is read or computed is kept at the version it is true at.
     */
    Map<ResourceId, Day> days(List<ResourceId> resources, LocalDate date) {
        var versions = versions(resources);
        var days = new HashMap<ResourceId, Day>();
        var unknown = new ArrayList<ResourceId>();
        versions.forEach((resource, version) -> {
            var kept = local.get(date, resource.value(), version);
            if (kept != null) {
                days.put(resource, kept);
            } else {
                unknown.add(resource);
            }
        });
        if (unknown.isEmpty()) {
            return days;
        }
        var read = read(unknown, date);
        read.forEach((resource, found) -> {
            if (found.day() != null) {
                days.put(resource, found.day());
                local.put(date, resource.value(), found.version(), found.day());
            }
        });
        computed(read, date).forEach((resource, day) -> {
            days.put(resource, day);
            local.put(date, resource.value(), read.get(resource).version(), day);
        });
        return days;
    }

    /**
     * Each resource's current version, its own plus every resource's: one statement that reads only {@code
     * free_day_version}, which holds rows only for the resources ever changed, so for most of a search's matches
     * it finds nothing to read. A change that commits after it is not seen by this search, as it would not be if
     * it committed a moment later.
     */
    private Map<ResourceId, Long> versions(List<ResourceId> resources) {
        var ids = resources.stream().map(ResourceId::value).distinct().toList();
        var own = new HashMap<Long, Long>();
        jdbc.sql("""
                        select v.resource_id, v.version
                          from unnest(:ids) as w(id)
                          join free_day_version v on v.resource_id = w.id
                        """)
                .param(
                        "ids",
                        Stream.concat(Stream.of(EVERY_RESOURCE), ids.stream()).toArray(Long[]::new))
                .query(rs -> {
                    own.put(rs.getLong(1), rs.getLong(2));
                });
        var every = own.getOrDefault(EVERY_RESOURCE, 0L);
        var versions = new HashMap<ResourceId, Long>();
        ids.forEach(id -> versions.put(new ResourceId(id), own.getOrDefault(id, 0L) + every));
        return versions;
    }

    /**
     * Computes and stores the days from {@code today} to {@code ahead} days after it that are not stored or out of
     * date ({@link #fill(LocalDate)} for each date); returns how many. Looking costs a statement over every
     * published resource per date, so it is skipped while nothing can have changed since this node's last complete
     * pass: the same dates, the same number of published resources, and the same versions. Every change of free
     * time raises a version and versions never go down, so the versions' count and sum change with any of them,
     * on whichever node it was made; they are read before the pass, so a change during it is looked for next time.
     * The first pass of each date removes the days before it.
     */
    int fillAhead(LocalDate today, int ahead) {
        var now = jdbc.sql("""
                        select (select count(*) from resource_search), count(*), sum(version) from free_day_version
                        """)
                .query((rs, row) -> new Filled(today, ahead, rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
        if (now.equals(filled.get())) {
            return 0;
        }
        if (!today.equals(keptFrom.get())) {
            // Days gone by are never searched again: without this the table would grow by a day of the whole
            // catalogue every day. Once per date on the node running the job (one scan of the table).
            jdbc.sql("delete from free_day where calendar_day < :today")
                    .param("today", Date.valueOf(today))
                    .update();
            keptFrom.set(today);
        }
        var computed = 0;
        for (var date = today; !date.isAfter(today.plusDays(ahead)); date = date.plusDays(1)) {
            computed += fill(date);
        }
        filled.set(now);
        return computed;
    }

    /**
     * Computes and stores the date's days of the published resources that are not stored or out of date (found
     * in one statement), a {@link #BATCH} at a time; returns how many.
     */
    int fill(LocalDate date) {
        var missing = jdbc.sql("""
                        select s.resource_id
                          from resource_search s
                          join free_day_version g on g.resource_id = 0
                          left join free_day_version v on v.resource_id = s.resource_id
                          left join free_day f on f.resource_id = s.resource_id and f.calendar_day = :day
                         where f.version is null or f.version <> coalesce(v.version, 0) + g.version
                         order by s.resource_id
                        """)
                .param("day", Date.valueOf(date))
                .query((rs, row) -> new ResourceId(rs.getLong(1)))
                .list();
        var computed = 0;
        for (var start = 0; start < missing.size(); start += BATCH) {
            computed += computed(read(missing.subList(start, Math.min(missing.size(), start + BATCH)), date), date)
                    .size();
        }
        return computed;
    }

    /** The days read that were not stored or out of date, computed a {@link #BATCH} at a time, and stored. */
    private Map<ResourceId, Day> computed(Map<ResourceId, Read> read, LocalDate date) {
        var unknown = read.entrySet().stream()
                .filter(found -> found.getValue().day() == null)
                .map(Map.Entry::getKey)
                .toList();
        var days = new HashMap<ResourceId, Day>();
        for (var start = 0; start < unknown.size(); start += BATCH) {
            var batch = unknown.subList(start, Math.min(unknown.size(), start + BATCH));
            var computed = schedules.dayWhateverTheTime(batch, date);
            var fresh = new HashMap<ResourceId, Day>();
            batch.forEach(resource -> fresh.put(resource, Day.of(computed.get(resource), date)));
            store(fresh, read, date);
            days.putAll(fresh);
        }
        return days;
    }

    /**
     * Each resource's stored day, if its version is the resource's current one, and that version: one statement,
     * so what it says of the day and of the version is of one moment.
     */
    private Map<ResourceId, Read> read(List<ResourceId> resources, LocalDate date) {
        var read = new HashMap<ResourceId, Read>();
        jdbc.sql("""
                        select w.id, coalesce(v.version, 0) + g.version as current_version,
                               f.version, f.free_slots, f.opens_at, f.closes_before_s
                          from unnest(:ids) as w(id)
                          join free_day_version g on g.resource_id = 0
                          left join free_day_version v on v.resource_id = w.id
                          left join free_day f on f.resource_id = w.id and f.calendar_day = :day
                        """)
                .param(
                        "ids",
                        resources.stream().map(ResourceId::value).distinct().toArray(Long[]::new))
                .param("day", Date.valueOf(date))
                .query(rs -> {
                    var current = rs.getLong("current_version");
                    var stored = rs.getObject("version") == null ? null : rs.getLong("version");
                    Day day = null;
                    if (stored != null && stored == current) {
                        var opensAt = rs.getTimestamp("opens_at");
                        day = new Day(
                                Day.parseFree(rs.getString("free_slots")),
                                opensAt == null ? null : opensAt.toInstant(),
                                Duration.ofSeconds(rs.getLong("closes_before_s")));
                    }
                    read.put(new ResourceId(rs.getLong("id")), new Read(day, current, stored));
                });
        return read;
    }

    /**
     * Stores computed days at the versions read before they were computed: out-of-date rows are replaced, and a
     * row another search stored meanwhile is kept. Storing is only a saving: a day not stored is computed again.
     */
    private void store(Map<ResourceId, Day> days, Map<ResourceId, Read> read, LocalDate date) {
        var outOfDate = days.keySet().stream()
                .filter(resource -> read.get(resource).stored() != null)
                .map(ResourceId::value)
                .toArray(Long[]::new);
        var rows = new ArrayList<Object[]>();
        days.forEach((resource, day) -> rows.add(new Object[] {
            resource.value(),
            Date.valueOf(date),
            read.get(resource).version(),
            day.freeText(),
            day.opensAt() == null ? null : Timestamp.from(day.opensAt()),
            day.closesBefore().toSeconds()
        }));
        try {
            if (outOfDate.length > 0) {
                jdbc.sql("delete from free_day where calendar_day = :day"
                                + " and resource_id in (select id from unnest(:ids) as w(id))")
                        .param("day", Date.valueOf(date))
                        .param("ids", outOfDate)
                        .update();
            }
            MultiRowInsert.insert(
                    batches,
                    "free_day",
                    "resource_id, calendar_day, version, free_slots, opens_at, closes_before_s",
                    rows,
                    "on conflict do nothing");
        } catch (DataAccessException raced) {
            log.debug("Free days of {} not stored, another search stored them meanwhile", date, raced);
        }
    }

    /** Whether a free span covers the whole window, or with only one end given, meets what is given. */
    private static Predicate<Interval> fits(LocalDate date, @Nullable LocalTime from, @Nullable LocalTime to) {
        var start = date.atTime(from == null ? LocalTime.MIDNIGHT : from)
                .atZone(Seoul.ZONE)
                .toInstant();
        var end = to == null
                ? date.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant()
                : date.atTime(to).atZone(Seoul.ZONE).toInstant();
        if (from != null && to != null) {
            var window = new Interval(start, end);
            return span -> span.covers(window);
        }
        return span -> span.start().isBefore(end) && span.end().isAfter(start);
    }
}
