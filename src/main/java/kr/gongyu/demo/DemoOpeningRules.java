package kr.gongyu.demo;

import java.util.List;
import java.util.Random;
import kr.gongyu.catalog.Category;
import kr.gongyu.schedule.OpeningRulesSpec;
import kr.gongyu.schedule.OpeningRulesSpec.ReleaseSpec;
import kr.gongyu.schedule.OpeningRulesSpec.WindowSpec;
import org.jspecify.annotations.Nullable;

/** Opening rules for the demo resources: each seed case's as the seed describes it, and typical ones for the rest. */
final class DemoOpeningRules {

    private static final List<String> WEEKDAYS = List.of("MON", "TUE", "WED", "THU", "FRI");
    private static final List<String> WEEKEND = List.of("SAT", "SUN");
    private static final List<String> EVERY_DAY = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private DemoOpeningRules() {}

    /** Suwon: open when demand is highest, on weekday nights and at weekends; tennis courts released monthly. */
    static OpeningRulesSpec suwon(Category category) {
        var release = category == Category.TENNIS_COURT ? new ReleaseSpec(1, "10:00", 1) : null;
        return spec(
                List.of(window(WEEKDAYS, "18:00", "22:00"), window(WEEKEND, "09:00", "18:00")),
                List.of(),
                true,
                60,
                4,
                release == null ? 30 : 0,
                release,
                1,
                false);
    }

    /** Sejong: weekday evenings by staff; weekends only when a resident volunteer is on duty. */
    static OpeningRulesSpec sejong() {
        return spec(
                List.of(window(WEEKDAYS, "18:00", "22:00"), new WindowSpec(WEEKEND, "09:00", "18:00", true)),
                List.of(),
                true,
                60,
                3,
                21,
                null,
                1,
                false);
    }

    /** Samcheok's arts centre: whole-day events, booked months ahead, closed on Mondays and holidays. */
    static OpeningRulesSpec samcheokHall() {
        return spec(
                List.of(window(EVERY_DAY, "09:00", "21:00")),
                List.of("매주 월요일"),
                true,
                null,
                1,
                180,
                null,
                24 * 7,
                false);
    }

    /** Danyang's partner car parks: every hour of every day. */
    static OpeningRulesSpec parking() {
        return spec(List.of(window(EVERY_DAY, "00:00", "24:00")), List.of(), false, 60, 24, 14, null, 0, false);
    }

    /** South Chungcheong's lobby rooms: residents at any time, in half hours, confirmed at once. */
    static OpeningRulesSpec lobbyRoom() {
        return spec(List.of(window(EVERY_DAY, "07:00", "22:00")), List.of(), false, 30, 8, 14, null, 0, false);
    }

    /** Eumseong's basement room: office hours. */
    static OpeningRulesSpec officeHours() {
        return spec(List.of(window(WEEKDAYS, "09:00", "18:00")), List.of(), true, 60, 4, 30, null, 1, false);
    }

    /** Yeongdeungpo's rooftop garden: two group visits a day, Tuesday to Saturday. */
    static OpeningRulesSpec gardenVisits() {
        var days = List.of("TUE", "WED", "THU", "FRI", "SAT");
        return spec(
                List.of(window(days, "10:00", "12:00"), window(days, "14:00", "16:00")),
                List.of(),
                true,
                null,
                1,
                30,
                null,
                24,
                false);
    }

    /** Bonghwa's gallery: exhibitions in whole days, up to two weeks. */
    static OpeningRulesSpec gallery() {
        return spec(List.of(window(EVERY_DAY, "09:00", "18:00")), List.of(), false, null, 14, 90, null, 24, true);
    }

    /** Typical rules for a generic resource of the category. */
    static OpeningRulesSpec typical(Category category, Random random) {
        var holidays = random.nextDouble() < 0.7;
        return switch (category.group()) {
            case SPORTS ->
                spec(
                        List.of(window(WEEKDAYS, "06:00", "22:00"), window(WEEKEND, "08:00", "20:00")),
                        random.nextBoolean() ? List.of("매월 첫째·셋째 주 월요일") : List.of(),
                        holidays,
                        60,
                        2,
                        14,
                        null,
                        1,
                        false);
            case CAMPING_LODGING ->
                spec(List.of(window(EVERY_DAY, "14:00", "24:00")), List.of(), false, null, 3, 60, null, 24, true);
            case EQUIPMENT, GOODS ->
                spec(List.of(window(WEEKDAYS, "09:00", "18:00")), List.of(), true, null, 5, 30, null, 24, true);
            case COURSE, EXPERIENCE, PERFORMANCE, EVENT ->
                spec(
                        List.of(
                                window(List.of("SAT"), "10:00", "12:00"),
                                window(List.of("SAT", "SUN"), "14:00", "16:00")),
                        List.of(),
                        true,
                        null,
                        1,
                        30,
                        null,
                        24,
                        false);
            case FACILITY ->
                category == Category.PARKING
                        ? parking()
                        : random.nextBoolean()
                                ? spec(
                                        List.of(window(WEEKDAYS, "09:00", "18:00")),
                                        List.of(),
                                        holidays,
                                        60,
                                        4,
                                        30,
                                        null,
                                        1,
                                        false)
                                : spec(
                                        List.of(window(WEEKDAYS, "18:00", "22:00"), window(WEEKEND, "09:00", "18:00")),
                                        random.nextBoolean() ? List.of("매주 월요일") : List.of(),
                                        holidays,
                                        60,
                                        4,
                                        30,
                                        null,
                                        1,
                                        false);
        };
    }

    private static WindowSpec window(List<String> days, String open, String close) {
        return new WindowSpec(days, open, close, false);
    }

    private static OpeningRulesSpec spec(
            List<WindowSpec> weekly,
            List<String> closedDays,
            boolean closedOnPublicHolidays,
            @Nullable Integer slotMinutes,
            int maxSlots,
            int opensDaysAhead,
            @Nullable ReleaseSpec release,
            int closesHoursBefore,
            boolean multiDay) {
        return new OpeningRulesSpec(
                weekly,
                List.of(),
                closedDays,
                closedOnPublicHolidays,
                List.of(),
                slotMinutes,
                1,
                maxSlots,
                0,
                opensDaysAhead,
                release,
                closesHoursBefore,
                multiDay);
    }
}
