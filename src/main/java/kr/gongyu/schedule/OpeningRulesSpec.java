package kr.gongyu.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import kr.gongyu.InvalidInput;
import kr.gongyu.InvalidInput.Mistake;
import org.jspecify.annotations.Nullable;

/**
 * Opening rules as the API writes them ({@code openingRules} of API.md) and as they are stored: plain values,
 * checked into {@link OpeningRules} by {@link #toRules()}, which names the field of every mistake.
 */
public record OpeningRulesSpec(
        @Nullable List<WindowSpec> weekly,
        @Nullable List<SeasonSpec> seasons,
        @Nullable List<String> closedDays,
        @Nullable Boolean closedOnPublicHolidays,
        @Nullable List<String> closedDates,
        @Nullable Integer slotMinutes,
        @Nullable Integer minSlots,
        @Nullable Integer maxSlots,
        @Nullable Integer bufferMinutes,
        @Nullable Integer bookingOpensDaysAhead,
        @Nullable ReleaseSpec bookingRelease,
        @Nullable Integer bookingClosesHoursBefore,
        @Nullable Boolean multiDay) {

    /** {"days": ["MON", …], "open": "18:00", "close": "22:00", "volunteer": false} */
    public record WindowSpec(
            @Nullable List<String> days,
            @Nullable String open,
            @Nullable String close,
            @Nullable Boolean volunteer) {}

    /** {"name": "하절기", "from": "06-01", "to": "08-31", "weekly": […]} */
    public record SeasonSpec(
            @Nullable String name,
            @Nullable String from,
            @Nullable String to,
            @Nullable List<WindowSpec> weekly) {}

    /** {"dayOfMonth": 1, "at": "10:00", "monthsAhead": 1} */
    public record ReleaseSpec(
            @Nullable Integer dayOfMonth,
            @Nullable String at,
            @Nullable Integer monthsAhead) {}

    /** The checked rules; throws {@link InvalidInput} naming every field at fault. */
    public OpeningRules toRules() {
        var mistakes = new ArrayList<Mistake>();
        var weeklyWindows = windows("weekly", weekly, mistakes);
        var seasonList = new ArrayList<Season>();
        var seasonSpecs = seasons == null ? List.<SeasonSpec>of() : seasons;
        for (int n = 0; n < seasonSpecs.size(); n++) {
            var spec = seasonSpecs.get(n);
            var path = "seasons[" + n + "]";
            var from = monthDay(path + ".from", spec.from(), mistakes);
            var to = monthDay(path + ".to", spec.to(), mistakes);
            var windows = windows(path + ".weekly", spec.weekly(), mistakes);
            if (from != null && to != null) {
                seasonList.add(new Season(spec.name() == null ? "" : spec.name(), from, to, windows));
            }
        }
        if ((weekly == null || weekly.isEmpty()) && seasonSpecs.isEmpty()) {
            mistakes.add(new Mistake("weekly", "mistake.openingRules.weekly"));
        }
        var closed = ClosedDays.none();
        try {
            closed = ClosedDays.parse(closedDays == null ? List.of() : closedDays);
        } catch (IllegalArgumentException e) {
            mistakes.add(new Mistake("closedDays", "mistake.openingRules.closedDays"));
        }
        var dates = new HashSet<LocalDate>();
        var dateTexts = closedDates == null ? List.<String>of() : closedDates;
        for (int n = 0; n < dateTexts.size(); n++) {
            try {
                dates.add(LocalDate.parse(dateTexts.get(n)));
            } catch (DateTimeException | NullPointerException e) {
                mistakes.add(new Mistake("closedDates[" + n + "]", "mistake.openingRules.date"));
            }
        }
        if (slotMinutes != null) {
            if (slotMinutes < 10 || slotMinutes > 24 * 60) {
                mistakes.add(new Mistake("slotMinutes", "mistake.openingRules.slotMinutes"));
            } else {
                var all = new ArrayList<>(weeklyWindows);
                seasonList.forEach(season -> all.addAll(season.weekly()));
                for (var window : all) {
                    if (window.minutes() % slotMinutes != 0) {
                        mistakes.add(new Mistake(
                                "slotMinutes",
                                "mistake.openingRules.slotMinutesDivide",
                                List.of(window.open().toString(), window.close().toString(), window.minutes())));
                        break;
                    }
                }
            }
        }
        var min = minSlots == null ? 1 : minSlots;
        var max = maxSlots == null ? Math.max(min, 1) : maxSlots;
        if (min < 1) {
            mistakes.add(new Mistake("minSlots", "mistake.openingRules.minSlots"));
        }
        if (max < min || max > 1_000) {
            mistakes.add(new Mistake("maxSlots", "mistake.openingRules.maxSlots"));
        }
        var buffer = bufferMinutes == null ? 0 : bufferMinutes;
        if (buffer < 0 || buffer > 24 * 60) {
            mistakes.add(new Mistake("bufferMinutes", "mistake.openingRules.bufferMinutes"));
        }
        var daysAhead = bookingOpensDaysAhead == null ? 30 : bookingOpensDaysAhead;
        if (daysAhead < 0 || daysAhead > 730) {
            mistakes.add(new Mistake("bookingOpensDaysAhead", "mistake.openingRules.bookingOpensDaysAhead"));
        }
        var hoursBefore = bookingClosesHoursBefore == null ? 0 : bookingClosesHoursBefore;
        if (hoursBefore < 0 || hoursBefore > 24 * 60) {
            mistakes.add(new Mistake("bookingClosesHoursBefore", "mistake.openingRules.bookingClosesHoursBefore"));
        }
        BookingWindow.MonthlyRelease release = null;
        if (bookingRelease != null) {
            var at = time("bookingRelease.at", bookingRelease.at(), mistakes);
            try {
                if (at != null) {
                    release = new BookingWindow.MonthlyRelease(
                            bookingRelease.dayOfMonth() == null ? 1 : bookingRelease.dayOfMonth(),
                            at,
                            bookingRelease.monthsAhead() == null ? 1 : bookingRelease.monthsAhead());
                }
            } catch (IllegalArgumentException e) {
                mistakes.add(new Mistake("bookingRelease", "mistake.openingRules.bookingRelease"));
            }
        }
        if (!mistakes.isEmpty()) {
            throw new InvalidInput(mistakes);
        }
        return new OpeningRules(
                weeklyWindows,
                seasonList,
                closed,
                Boolean.TRUE.equals(closedOnPublicHolidays),
                dates,
                slotMinutes,
                min,
                max,
                Duration.ofMinutes(buffer),
                new BookingWindow(daysAhead, release, Duration.ofHours(hoursBefore)),
                Boolean.TRUE.equals(multiDay));
    }

    private static List<WeeklyWindow> windows(String path, @Nullable List<WindowSpec> specs, List<Mistake> mistakes) {
        var windows = new ArrayList<WeeklyWindow>();
        if (specs == null) {
            return windows;
        }
        for (int n = 0; n < specs.size(); n++) {
            var spec = specs.get(n);
            var at = path + "[" + n + "]";
            var days = days(at + ".days", spec.days(), mistakes);
            var open = time(at + ".open", spec.open(), mistakes);
            var close = time(at + ".close", spec.close(), mistakes);
            if (days == null || open == null || close == null) {
                continue;
            }
            if (!close.equals(LocalTime.MIDNIGHT) && !close.isAfter(open)) {
                mistakes.add(
                        new Mistake(at + ".close", "mistake.openingRules.closeAfterOpen", List.of(open.toString())));
                continue;
            }
            var window = new WeeklyWindow(days, open, close, Boolean.TRUE.equals(spec.volunteer()));
            for (int earlier = 0; earlier < windows.size(); earlier++) {
                if (windows.get(earlier).overlaps(window)) {
                    mistakes.add(new Mistake(at, "mistake.openingRules.overlap"));
                }
            }
            windows.add(window);
        }
        return windows;
    }

    private static @Nullable EnumSet<DayOfWeek> days(
            String path, @Nullable List<String> names, List<Mistake> mistakes) {
        if (names == null || names.isEmpty()) {
            mistakes.add(new Mistake(path, "mistake.openingRules.days"));
            return null;
        }
        var days = EnumSet.noneOf(DayOfWeek.class);
        for (var name : names) {
            var day = name == null ? null : dayOf(name.strip().toUpperCase(Locale.ROOT));
            if (day == null) {
                mistakes.add(new Mistake(path, "mistake.openingRules.day", List.of(String.valueOf(name))));
                return null;
            }
            days.add(day);
        }
        return days;
    }

    private static @Nullable DayOfWeek dayOf(String name) {
        for (var day : DayOfWeek.values()) {
            if (day.name().startsWith(name) && name.length() >= 3) {
                return day;
            }
        }
        return null;
    }

    private static @Nullable LocalTime time(String path, @Nullable String text, List<Mistake> mistakes) {
        if (text != null && text.matches("\\d{2}:\\d{2}")) {
            if (text.equals("24:00")) {
                return LocalTime.MIDNIGHT;
            }
            try {
                return LocalTime.parse(text);
            } catch (DateTimeException e) {
                // falls through to the mistake below
            }
        }
        mistakes.add(new Mistake(path, "mistake.openingRules.time"));
        return null;
    }

    private static @Nullable MonthDay monthDay(String path, @Nullable String text, List<Mistake> mistakes) {
        try {
            return MonthDay.parse("--" + text);
        } catch (DateTimeException | NullPointerException e) {
            mistakes.add(new Mistake(path, "mistake.openingRules.monthDay"));
            return null;
        }
    }
}
