package kr.gongyu.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A weekly opening window: on these days, from {@code open} to {@code close}, local time in Asia/Seoul. A
 * {@code close} of 00:00 means midnight at the end of the day. A volunteer window (Sejong) exists only on dates
 * when a staffed volunteer shift covers it.
 */
public record WeeklyWindow(Set<DayOfWeek> days, LocalTime open, LocalTime close, boolean volunteer) {

    public WeeklyWindow {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("A window needs at least one day");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        if (!close.equals(LocalTime.MIDNIGHT) && !close.isAfter(open)) {
            throw new IllegalArgumentException("A window closes after it opens: " + open + "–" + close);
        }
    }

    /** Minutes from opening to closing. */
    public int minutes() {
        var end = close.equals(LocalTime.MIDNIGHT) ? 24 * 60 : close.getHour() * 60 + close.getMinute();
        return end - (open.getHour() * 60 + open.getMinute());
    }

    /** Whether the two windows share a day and some time. */
    public boolean overlaps(WeeklyWindow other) {
        if (days.stream().noneMatch(other.days::contains)) {
            return false;
        }
        var start = open.toSecondOfDay();
        var end = start + minutes() * 60;
        var otherStart = other.open.toSecondOfDay();
        var otherEnd = otherStart + other.minutes() * 60;
        return start < otherEnd && otherStart < end;
    }
}
