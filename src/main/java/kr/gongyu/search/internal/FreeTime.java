package kr.gongyu.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.ResourceChanged;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceUnpublished;
import kr.gongyu.catalog.ResourcesImported;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationEvents;
import kr.gongyu.schedule.DayAvailability;
import kr.gongyu.schedule.Interval;
import kr.gongyu.schedule.ResourceSchedules;
import kr.gongyu.schedule.ScheduleChanged;
import kr.gongyu.schedule.SchedulesReplaced;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When each resource is free, day by day, as the availability filter of search asks: the days' free time
 * computed by the schedule module (opening rules, closures, blocks, volunteer shifts, and the bookings that
 * hold time), kept in memory and dropped the moment it may have changed.
 *
 * <p>A day is computed on first use, together with the other unknown days a search asks for (a few queries per
 * {@link #BATCH} resources, not a few per resource), and kept while nothing changes it: each committed booking, cancellation,
 * expiry or no-show drops the days it covers, and a change of rules, blocks, shifts or of the resource drops
 * all its days. A day computed while such a change commits is never used (the resource's generation moved on
 * meanwhile), so a search never keeps seeing time that was taken. Time itself also changes what is bookable
 * (the booking window opens and closes by the hour): a day is recomputed after {@link #FRESH}.
 */
@Component
public class FreeTime {

    static final Duration FRESH = Duration.ofMinutes(5);

    /** A bound on what is kept: beyond it everything is dropped and recomputed as asked. */
    private static final int MAX_DAYS = 500_000;

    /** How many unknown days are computed together: a few queries for each batch, bounded in size. */
    static final int BATCH = 1_000;

    private record Key(long resource, LocalDate date) {}

    /**
     * The free spans of a day, merged, when they were computed, and the resource's generation read before the
     * database was: a day is used only while its resource is still at that generation.
     */
    private record Day(List<Interval> free, Instant computedAt, long generation) {}

    private final ConcurrentHashMap<Key, Day> days = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final ResourceSchedules schedules;
    private final Clock clock;

    FreeTime(ResourceSchedules schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
    }

    /**
     * Those of the resources that can be booked on the date: for the whole of {@code from}–{@code to} when both
     * are given, else for at least one slot within what is given of them. The days not known yet are computed
     * together, a {@link #BATCH} at a time.
     */
    public Set<ResourceId> free(
            List<ResourceId> resources, LocalDate date, @Nullable LocalTime from, @Nullable LocalTime to) {
        var now = clock.instant();
        var known = new HashMap<ResourceId, List<Interval>>();
        var unknown = new ArrayList<ResourceId>();
        for (var resource : resources) {
            var day = days.get(new Key(resource.value(), date));
            if (day != null
                    && day.generation() == generation(resource.value()).get()
                    && day.computedAt().plus(FRESH).isAfter(now)) {
                known.put(resource, day.free());
            } else {
                unknown.add(resource);
            }
        }
        for (var start = 0; start < unknown.size(); start += BATCH) {
            known.putAll(compute(unknown.subList(start, Math.min(unknown.size(), start + BATCH)), date, now));
        }
        var fits = fits(date, from, to);
        var free = new HashSet<ResourceId>();
        known.forEach((resource, spans) -> {
            if (spans.stream().anyMatch(fits)) {
                free.add(resource);
            }
        });
        return free;
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

    /**
     * The free spans of the resources' day, kept with the generation each resource had before they were read: a
     * change that commits meanwhile moves the generation on, so what was read before it is never used again (a
     * check before keeping would not do: the change could commit between the check and the put). A resource no
     * longer published has none.
     */
    private Map<ResourceId, List<Interval>> compute(List<ResourceId> resources, LocalDate date, Instant now) {
        var before = new HashMap<ResourceId, Long>();
        resources.forEach(
                resource -> before.put(resource, generation(resource.value()).get()));
        var calendar = schedules.day(resources, date);
        var computed = new HashMap<ResourceId, List<Interval>>();
        for (var resource : resources) {
            var day = calendar.get(resource);
            var free = day == null ? List.<Interval>of() : freeSpans(day);
            computed.put(resource, free);
            if (days.size() >= MAX_DAYS) {
                days.clear();
            }
            days.put(new Key(resource.value(), date), new Day(free, now, before.get(resource)));
        }
        return computed;
    }

    /** The day's bookable slots, merged where they touch. */
    private static List<Interval> freeSpans(DayAvailability day) {
        var merged = new ArrayList<Interval>();
        day.slots().stream()
                .filter(slot -> slot.remaining() > 0)
                .map(slot -> new Interval(slot.start().toInstant(), slot.end().toInstant()))
                .forEach(slot -> {
                    if (!merged.isEmpty() && !merged.getLast().end().isBefore(slot.start())) {
                        var last = merged.removeLast();
                        merged.add(
                                new Interval(last.start(), slot.end().isAfter(last.end()) ? slot.end() : last.end()));
                    } else {
                        merged.add(slot);
                    }
                });
        return merged;
    }

    private AtomicLong generation(long resource) {
        return generations.computeIfAbsent(resource, id -> new AtomicLong());
    }

    private void forget(ResourceId resource, @Nullable Reservation booking) {
        generation(resource.value()).incrementAndGet();
        if (booking == null) {
            days.keySet().removeIf(key -> key.resource() == resource.value());
            return;
        }
        var first = LocalDate.ofInstant(booking.start(), Seoul.ZONE);
        var last = LocalDate.ofInstant(booking.end().minusNanos(1), Seoul.ZONE);
        first.datesUntil(last.plusDays(1)).forEach(date -> days.remove(new Key(resource.value(), date)));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReservationEvents.ReservationHeld held) {
        forget(held.reservation().resource(), held.reservation());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReservationEvents.ReservationAwaitingPayment awaiting) {
        forget(awaiting.reservation().resource(), awaiting.reservation());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReservationEvents.ReservationConfirmed confirmed) {
        forget(confirmed.reservation().resource(), confirmed.reservation());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReservationEvents.ReservationCancelled cancelled) {
        forget(cancelled.reservation().resource(), cancelled.reservation());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReservationEvents.ReservationNoShow noShow) {
        forget(noShow.reservation().resource(), noShow.reservation());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ScheduleChanged changed) {
        forget(changed.resource(), null);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ResourceChanged changed) {
        forget(changed.resource(), null);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ResourcesImported imported) {
        forget(imported.resources());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SchedulesReplaced replaced) {
        forget(replaced.resources());
    }

    /** Every day of many resources: one pass over the kept days, however many resources. */
    private void forget(Set<ResourceId> resources) {
        var ids = resources.stream().map(ResourceId::value).collect(Collectors.toSet());
        ids.forEach(id -> generation(id).incrementAndGet());
        days.keySet().removeIf(key -> ids.contains(key.resource()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ResourceUnpublished unpublished) {
        forget(unpublished.resource(), null);
    }
}
