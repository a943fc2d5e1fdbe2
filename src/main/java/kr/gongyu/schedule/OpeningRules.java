package kr.gongyu.schedule;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
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

    /**
     * The rules in words, a line each, for a reader of {@code locale} (English, else Korean): what a resource page
     * shows under its opening hours.
     */
    public List<String> describe(Locale locale) {
        var words = ClosedDays.inEnglish(locale) ? Words.ENGLISH : Words.KOREAN;
        var lines = new ArrayList<String>();
        weekly.forEach(window -> lines.add(words.window(window)));
        for (var season : seasons) {
            var windows = season.weekly().isEmpty()
                    ? words.closed
                    : String.join(
                            ", ", season.weekly().stream().map(words::window).toList());
            lines.add(words.format(
                    words.season,
                    season.name(),
                    season.from().format(words.date),
                    season.to().format(words.date),
                    windows));
        }
        var closed = new ArrayList<>(closedDays.describe(words.locale));
        if (closedOnPublicHolidays) {
            closed.add(words.publicHolidays);
        }
        if (!closed.isEmpty()) {
            lines.add(words.format(words.closedOn, String.join(", ", closed)));
        }
        if (multiDay) {
            lines.add(words.format(words.byTheDay, maxSlots));
        } else if (slotMinutes == null) {
            lines.add(words.bySession);
        } else {
            lines.add(words.format(words.bySlot, slotMinutes, minSlots, maxSlots));
        }
        var release = bookingWindow.release();
        lines.add(
                release == null
                        ? words.format(words.daysAhead, bookingWindow.opensDaysAhead())
                        : words.format(
                                words.monthlyRelease,
                                release.dayOfMonth(),
                                release.at().toString(),
                                release.monthsAhead()));
        if (!bookingWindow.closesBefore().isZero()) {
            lines.add(words.format(
                    words.closesBefore, bookingWindow.closesBefore().toHours()));
        }
        return lines;
    }

    /** The words of {@link #describe(Locale)} in each language the pages speak. */
    private enum Words {
        KOREAN(
                Locale.KOREAN,
                "M월 d일",
                "휴관",
                "{0}({1}–{2}): {3}",
                "휴관: {0}",
                "공휴일",
                "하루 단위 예약, 최대 {0}일",
                "회차 단위 예약",
                "{0}분 단위 예약, {1}–{2}회",
                "{0}일 전부터 예약",
                "매월 {0}일 {1}에 {2}개월 뒤 예약 개시",
                "이용 {0}시간 전 예약 마감",
                " (자원봉사자 근무 시)"),
        ENGLISH(
                Locale.ENGLISH,
                "MMM d",
                "closed",
                "{0} ({1}–{2}): {3}",
                "Closed on {0}",
                "public holidays",
                "Booked by the day, up to {0,choice,1#1 day|1<{0} days}",
                "Booked by the session",
                "Booked in {0}-minute slots, {1}–{2} at a time",
                "Bookable from {0,choice,0#the same day|1#1 day ahead|1<{0} days ahead}",
                "Bookings open on day {0} of each month at {1}, {2,choice,1#1 month|1<{2} months} ahead",
                "Bookings close {0,choice,1#1 hour|1<{0} hours} before the start",
                " (when volunteers are on duty)");

        private final Locale locale;
        private final DateTimeFormatter date;
        private final String closed;
        private final String season;
        private final String closedOn;
        private final String publicHolidays;
        private final String byTheDay;
        private final String bySession;
        private final String bySlot;
        private final String daysAhead;
        private final String monthlyRelease;
        private final String closesBefore;
        private final String volunteer;

        Words(
                Locale locale,
                String date,
                String closed,
                String season,
                String closedOn,
                String publicHolidays,
                String byTheDay,
                String bySession,
                String bySlot,
                String daysAhead,
                String monthlyRelease,
                String closesBefore,
                String volunteer) {
            this.locale = locale;
            this.date = DateTimeFormatter.ofPattern(date, locale);
            this.closed = closed;
            this.season = season;
            this.closedOn = closedOn;
            this.publicHolidays = publicHolidays;
            this.byTheDay = byTheDay;
            this.bySession = bySession;
            this.bySlot = bySlot;
            this.daysAhead = daysAhead;
            this.monthlyRelease = monthlyRelease;
            this.closesBefore = closesBefore;
            this.volunteer = volunteer;
        }

        /** A line of the rules: {@code pattern} in {@link MessageFormat}'s terms, which plural English needs. */
        String format(String pattern, Object... arguments) {
            return new MessageFormat(pattern, locale).format(arguments);
        }

        String window(WeeklyWindow window) {
            var days = window.days().stream()
                    .sorted()
                    .map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                    .toList();
            var close = window.close().equals(LocalTime.MIDNIGHT)
                    ? "24:00"
                    : window.close().toString();
            return String.join("·", days) + " " + window.open() + "–" + close + (window.volunteer() ? volunteer : "");
        }
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
