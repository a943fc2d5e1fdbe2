package kr.gongyu.imports.internal;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Opening times as the standard's cells write them: "09:00", "9:00", "0900", "9", "9시", "9시 30분", "9시반",
 * "09:00:00", "오후 6시", "6:30 PM", "24:00" (midnight at the end of the day), and a whole range in one cell,
 * "09:00~18:00" or "9시-18시".
 */
public final class Times {

    /** A day's opening hours; a close of 00:00 is midnight at the end of the day. */
    public record Hours(LocalTime open, LocalTime close) {}

    private static final Pattern RANGE = Pattern.compile("^(.+?)\\s*[~∼〜～\\-–—]\\s*(.+)$");
    private static final Pattern CLOCK = Pattern.compile("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$");
    private static final Pattern KOREAN = Pattern.compile("^(\\d{1,2})시(?:(\\d{1,2})분|(반))?$");
    private static final Pattern AFTER_UNIT = Pattern.compile("(?<=[시분:])\\s+");
    private static final Pattern BEFORE_UNIT = Pattern.compile("\\s+(?=[시분:])");
    private static final Pattern DIGITS = Pattern.compile("^\\d{1,4}$");

    private Times() {}

    /**
     * The hours of one kind of day from its start and end cells; empty when both are blank. Either cell may hold
     * the whole range. "00:00" to "00:00" (or "24:00") is the whole day.
     */
    public static Optional<Hours> hours(
            String openCell, String closeCell, StandardColumn openColumn, StandardColumn closeColumn) {
        if (isBlank(openCell) && isBlank(closeCell)) {
            return Optional.empty();
        }
        var openRange = range(openCell, openColumn);
        var closeRange = range(closeCell, closeColumn);
        LocalTime open;
        LocalTime close;
        if (openRange.isPresent()) {
            open = openRange.get().open();
            close = openRange.get().close();
        } else if (closeRange.isPresent() && isBlank(openCell)) {
            open = closeRange.get().open();
            close = closeRange.get().close();
        } else if (isBlank(openCell)) {
            throw new BadCell(openColumn, "시작시각이 비어 있습니다 (종료시각만 있음)");
        } else if (isBlank(closeCell)) {
            throw new BadCell(closeColumn, "종료시각이 비어 있습니다 (시작시각만 있음)");
        } else {
            open = time(openCell, openColumn);
            close = time(closeCell, closeColumn);
        }
        return Optional.of(checked(open, close, openColumn, closeColumn));
    }

    private static Hours checked(
            LocalTime open, LocalTime close, StandardColumn openColumn, StandardColumn closeColumn) {
        if (open.equals(LocalTime.MIDNIGHT) && close.equals(LocalTime.MIDNIGHT)) {
            return new Hours(open, close);
        }
        if (!close.equals(LocalTime.MIDNIGHT) && !close.isAfter(open)) {
            throw new BadCell(
                    closeColumn, "종료시각 " + close + "이(가) 시작시각 " + open + "보다 늦어야 합니다 (자정을 넘겨 운영하면 24:00까지로 적어 주세요)");
        }
        return new Hours(open, close);
    }

    private static Optional<Hours> range(String cell, StandardColumn column) {
        var matcher = RANGE.matcher(normalized(cell));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Hours(time(matcher.group(1), column), time(matcher.group(2), column)));
    }

    /** One time of day; 24:00 is {@link LocalTime#MIDNIGHT}. Throws {@link BadCell} when it is no time. */
    public static LocalTime time(String cell, StandardColumn column) {
        var text = normalized(cell);
        var afternoon = false;
        var meridiem = false;
        var upper = text.toUpperCase(Locale.ROOT);
        for (var prefix : new String[] {"오전", "AM"}) {
            if (upper.startsWith(prefix) || upper.endsWith(prefix)) {
                text = strip(text, prefix);
                meridiem = true;
            }
        }
        for (var prefix : new String[] {"오후", "PM"}) {
            if (upper.startsWith(prefix) || upper.endsWith(prefix)) {
                text = strip(text, prefix);
                meridiem = true;
                afternoon = true;
            }
        }
        int hour;
        int minute = 0;
        var clock = CLOCK.matcher(text);
        var korean = KOREAN.matcher(text);
        if (clock.matches()) {
            hour = Integer.parseInt(clock.group(1));
            minute = Integer.parseInt(clock.group(2));
            if (clock.group(3) != null && Integer.parseInt(clock.group(3)) != 0) {
                throw unreadable(cell, column);
            }
        } else if (korean.matches()) {
            hour = Integer.parseInt(korean.group(1));
            minute = korean.group(2) != null ? Integer.parseInt(korean.group(2)) : korean.group(3) != null ? 30 : 0;
        } else if (DIGITS.matcher(text).matches()) {
            var number = Integer.parseInt(text);
            hour = text.length() <= 2 ? number : number / 100;
            minute = text.length() <= 2 ? 0 : number % 100;
        } else {
            throw unreadable(cell, column);
        }
        if (meridiem && (hour < 1 || hour > 12)) {
            throw unreadable(cell, column);
        }
        if (afternoon && hour < 12) {
            hour += 12;
        } else if (meridiem && !afternoon && hour == 12) {
            hour = 0;
        }
        if (hour == 24 && minute == 0) {
            return LocalTime.MIDNIGHT;
        }
        if (hour > 23 || minute > 59) {
            throw new BadCell(column, "있을 수 없는 시각입니다: '" + cell.strip() + "'");
        }
        return LocalTime.of(hour, minute);
    }

    private static String strip(String text, String word) {
        var upper = text.toUpperCase(Locale.ROOT);
        if (upper.startsWith(word)) {
            return text.substring(word.length()).strip();
        }
        return text.substring(0, text.length() - word.length()).strip();
    }

    private static BadCell unreadable(String cell, StandardColumn column) {
        return new BadCell(column, "시각을 읽을 수 없습니다: '" + cell.strip() + "' (예: 09:00, 0900, 9시)");
    }

    private static String normalized(String cell) {
        var text = cell.strip().replace('：', ':').replace('\u00A0', ' ');
        return BEFORE_UNIT.matcher(AFTER_UNIT.matcher(text).replaceAll("")).replaceAll("");
    }

    private static boolean isBlank(String cell) {
        var text = cell.strip();
        return text.isEmpty() || text.equals("-") || text.equals("없음");
    }
}
