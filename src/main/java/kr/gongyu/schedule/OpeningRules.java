package kr.gongyu.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When a resource is open for booking: the institution's idle time, in slots.
 *
 * @param weekly the usual weekly windows (weekday evenings, weekend days…)
 * @param seasons parts of the year with windows of their own, replacing {@code weekly} on their dates
 * @param closedDays closed days in the national standard's words (매주 월요일, 매월 첫째·셋째 주 화요일…)
 * @param closedOnPublicHolidays closed on Korean public holidays (and days an operator adds, such as elections)
 * @param closedDates one-off closures
 * @param slotMinutes the length of a slot; null when each window is one session
 * @param minSlots the fewest consecutive slots one booking takes
 * @param maxSlots the most consecutive slots one booking takes
 * @param buffer the time kept free before and after every booking (cleaning, changeover)
 * @param multiDay bookings run in whole days, from the first day's opening to the last day's closing
 */
public record OpeningRules(
        List<WeeklyWindow> weekly,
        List<Season> seasons,
        ClosedDays closedDays,
        boolean closedOnPublicHolidays,
        Set<LocalDate> closedDates,
        @Nullable Integer slotMinutes,
        int minSlots,
        int maxSlots,
        Duration buffer,
        BookingWindow bookingWindow,
        boolean multiDay) {

    public OpeningRules {
        weekly = List.copyOf(weekly);
        seasons = List.copyOf(seasons);
        closedDates = Set.copyOf(closedDates);
    }

    /** The rules in words, in Korean, a line each: what a resource page shows under its opening hours. */
    public List<String> describe() {
        var lines = new ArrayList<String>();
        weekly.forEach(window -> lines.add(describe(window)));
        for (var season : seasons) {
            var windows = season.weekly().isEmpty()
                    ? "휴관"
                    : String.join(
                            ", ",
                            season.weekly().stream().map(OpeningRules::describe).toList());
            lines.add("%s(%d월 %d일–%d월 %d일): %s"
                    .formatted(
                            season.name(),
                            season.from().getMonthValue(),
                            season.from().getDayOfMonth(),
                            season.to().getMonthValue(),
                            season.to().getDayOfMonth(),
                            windows));
        }
        var closed = new ArrayList<>(closedDays.describe());
        if (closedOnPublicHolidays) {
            closed.add("공휴일");
        }
        if (!closed.isEmpty()) {
            lines.add("휴관: " + String.join(", ", closed));
        }
        if (multiDay) {
            lines.add("하루 단위 예약, 최대 %d일".formatted(maxSlots));
        } else if (slotMinutes == null) {
            lines.add("회차 단위 예약");
        } else {
            lines.add("%d분 단위 예약, %d–%d회".formatted(slotMinutes, minSlots, maxSlots));
        }
        var release = bookingWindow.release();
        lines.add(
                release == null
                        ? "%d일 전부터 예약".formatted(bookingWindow.opensDaysAhead())
                        : "매월 %d일 %s에 %d개월 뒤 예약 개시"
                                .formatted(release.dayOfMonth(), release.at(), release.monthsAhead()));
        if (!bookingWindow.closesBefore().isZero()) {
            lines.add("이용 %d시간 전 예약 마감".formatted(bookingWindow.closesBefore().toHours()));
        }
        return lines;
    }

    private static String describe(WeeklyWindow window) {
        var days = window.days().stream()
                .sorted()
                .map(day -> day.getDisplayName(TextStyle.SHORT, Locale.KOREAN))
                .toList();
        var close = window.close().equals(LocalTime.MIDNIGHT)
                ? "24:00"
                : window.close().toString();
        return String.join("·", days) + " " + window.open() + "–" + close + (window.volunteer() ? " (자원봉사자 근무 시)" : "");
    }

    /** The windows of a date, before closures: its season's if a season covers it, else the weekly ones. */
    public List<WeeklyWindow> windowsOn(LocalDate date) {
        var windows = seasons.stream()
                .filter(season -> season.covers(date))
                .findFirst()
                .map(Season::weekly)
                .orElse(weekly);
        return windows.stream()
                .filter(window -> window.days().contains(date.getDayOfWeek()))
                .sorted((a, b) -> a.open().compareTo(b.open()))
                .toList();
    }
}
