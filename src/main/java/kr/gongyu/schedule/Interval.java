package kr.gongyu.schedule;

import java.time.Instant;

/** A span of time, start inclusive and end exclusive. */
public record Interval(Instant start, Instant end) {

    public Interval {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("An interval ends after it starts: " + start + "–" + end);
        }
    }

    public boolean overlaps(Interval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean covers(Interval other) {
        return !start.isAfter(other.start) && !end.isBefore(other.end);
    }
}
