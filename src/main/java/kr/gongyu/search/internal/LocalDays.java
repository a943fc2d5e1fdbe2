package kr.gongyu.search.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A node's copy of the days {@link FreeTime} has read or computed, each with the version of its resource it is
 * true at: a day is given back only for the version the caller has just read from the database, so a copy can be
 * out of date but is then never used. At most {@code max} days are kept: past that, the dates least recently asked
 * about are dropped whole (a search asks about one date, so its days are kept or dropped together).
 *
 * <p>Equal days of a date are kept once: most resources of a date have the free time their opening rules give, so
 * a kept day costs its entry (a map entry, its key and version: about 80 bytes, estimated) rather than its own
 * runs (at 100,000 resources, 303 MB of heap after the bench's phases, where unshared days took 441 MB).
 */
final class LocalDays {

    private record Kept(long version, FreeTime.Day day) {}

    /** One date's days, and when that date was last asked about (a tick of {@link #ticks}). */
    private static final class OfDate {

        final Map<Long, Kept> days = new ConcurrentHashMap<>();
        /** Each distinct day of the date, the one instance the entries share. */
        final Map<FreeTime.Day, FreeTime.Day> distinct = new ConcurrentHashMap<>();

        volatile long used;
    }

    private final int max;
    private final Map<LocalDate, OfDate> dates = new ConcurrentHashMap<>();
    private final AtomicLong ticks = new AtomicLong();

    /** About how many days are kept: raised by each new one, set to the true count when dates are dropped. */
    private final AtomicInteger size = new AtomicInteger();

    LocalDays(int max) {
        this.max = max;
    }

    /** The resource's day if it is kept at exactly {@code version}. */
    FreeTime.@Nullable Day get(LocalDate date, long resource, long version) {
        var ofDate = dates.get(date);
        if (ofDate == null) {
            return null;
        }
        ofDate.used = ticks.incrementAndGet();
        var kept = ofDate.days.get(resource);
        return kept != null && kept.version() == version ? kept.day() : null;
    }

    /** Keeps the resource's day, true at {@code version}, in place of what was kept of it. */
    void put(LocalDate date, long resource, long version, FreeTime.Day day) {
        if (max <= 0) {
            return;
        }
        var ofDate = dates.computeIfAbsent(date, unused -> new OfDate());
        ofDate.used = ticks.incrementAndGet();
        if (ofDate.distinct.size() > 2 * ofDate.days.size() + 16) {
            // Days replaced by changes leave their shapes behind: start sharing again rather than grow.
            ofDate.distinct.clear();
        }
        var shared = ofDate.distinct.computeIfAbsent(day, unused -> day);
        if (ofDate.days.put(resource, new Kept(version, shared)) == null && size.incrementAndGet() > max) {
            dropOldDates(date);
        }
    }

    /** How many distinct days of the date are shared. */
    int distinctDays(LocalDate date) {
        var ofDate = dates.get(date);
        return ofDate == null ? 0 : ofDate.distinct.size();
    }

    /** How many days are kept. */
    int size() {
        return dates.values().stream().mapToInt(ofDate -> ofDate.days.size()).sum();
    }

    /**
     * Drops the dates least recently asked about until at most {@link #max} days are left; the date being filled
     * goes last, when it alone is more than that. A day put meanwhile into a date just dropped is lost, which
     * only costs reading it again.
     */
    private synchronized void dropOldDates(LocalDate filling) {
        var kept = size();
        while (kept > max && !dates.isEmpty()) {
            var oldest = dates.entrySet().stream()
                    .filter(entry -> !entry.getKey().equals(filling))
                    .min(Comparator.comparingLong(entry -> entry.getValue().used))
                    .map(Map.Entry::getKey)
                    .orElse(filling);
            var dropped = dates.remove(oldest);
            kept -= dropped == null ? 0 : dropped.days.size();
        }
        size.set(kept);
    }
}
