package kr.gongyu.schedule;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * A part of every year with weekly windows of its own (a summer timetable, a winter closure of an outdoor
 * pitch), from {@code from} to {@code to} inclusive; it may run over the new year (Nov 15 – Feb 28).
 * An empty list of windows closes the resource for the season.
 */
public record Season(String name, MonthDay from, MonthDay to, List<WeeklyWindow> weekly) {

    public Season {
        weekly = List.copyOf(weekly);
    }

    public boolean covers(LocalDate date) {
        var day = MonthDay.from(date);
        return from.isAfter(to) ? !day.isBefore(from) || !day.isAfter(to) : !day.isBefore(from) && !day.isAfter(to);
    }
}
