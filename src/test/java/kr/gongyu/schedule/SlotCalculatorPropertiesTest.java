package kr.gongyu.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kr.gongyu.Seoul;
import kr.gongyu.schedule.OpeningRulesSpec.WindowSpec;
import kr.gongyu.schedule.SlotCalculator.Dates;
import kr.gongyu.schedule.SlotCalculator.Occupancy;
import org.junit.jupiter.api.Test;

/**
 * Properties of the slot calculation over many random rule sets (a fixed seed, so a failure repeats): no slot
 * is ever offered outside the weekly windows, on a closed date, or on a holiday of a resource closed on
 * holidays; every slot has the rules' length and lies within one day's window; and on an open day with nothing
 * booked, every slot of every window is offered.
 */
class SlotCalculatorPropertiesTest {

    private static final int CASES = 400;
    private static final String[] DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

    @Test
    void slotsLieOnlyInsideTheWeeklyWindowsAndNeverOnClosedDatesOrHolidays() {
        var random = new Random(20270301L);
        for (int n = 0; n < CASES; n++) {
            var slotMinutes = List.of(30, 60, 120).get(random.nextInt(3));
            var windows = randomWindows(random, slotMinutes);
            var start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(1500));
            var closedDates = new ArrayList<String>();
            for (int c = 0; c < 5; c++) {
                closedDates.add(start.plusDays(random.nextInt(62)).toString());
            }
            var closedOnHolidays = random.nextBoolean();
            var spec = new OpeningRulesSpec(
                    windows, null, null, closedOnHolidays, closedDates, slotMinutes, 1, 4, 0, 400, null, 0, false);
            var rules = spec.toRules();
            var clock = Clock.fixed(start.atStartOfDay(Seoul.ZONE).toInstant(), Seoul.ZONE);
            var calendar = SlotCalculator.calendar(
                    rules,
                    1,
                    start,
                    start.plusDays(61),
                    new Dates(KoreanPublicHolidays::isHoliday, date -> false),
                    new Occupancy(List.of(), List.of(), List.of()),
                    clock);

            for (var day : calendar) {
                var date = day.date();
                if (closedDates.contains(date.toString()) || closedOnHolidays && KoreanPublicHolidays.isHoliday(date)) {
                    assertThat(day.slots()).as("case %d, %s closed", n, date).isEmpty();
                } else {
                    // Nothing booked and the whole period bookable: every slot of every window is offered.
                    var everySlot = new ArrayList<LocalTime>();
                    for (var window : rules.windowsOn(date)) {
                        for (var at = window.open(); at.isBefore(window.close()); at = at.plusMinutes(slotMinutes)) {
                            everySlot.add(at);
                        }
                    }
                    assertThat(day.slots())
                            .as("case %d: the slots of %s", n, date)
                            .extracting(slot -> slot.start().atZone(Seoul.ZONE).toLocalTime())
                            .containsExactlyInAnyOrderElementsOf(everySlot);
                }
                for (var slot : day.slots()) {
                    assertThat(slot.start().atZone(Seoul.ZONE).toLocalDate()).isEqualTo(date);
                    assertThat(java.time.Duration.between(slot.start(), slot.end())
                                    .toMinutes())
                            .isEqualTo((long) slotMinutes);
                    var inAWindow = rules.windowsOn(date).stream()
                            .anyMatch(window -> !slot.start()
                                            .atZone(Seoul.ZONE)
                                            .toLocalTime()
                                            .isBefore(window.open())
                                    && (window.close().equals(LocalTime.MIDNIGHT)
                                            || !slot.end()
                                                    .atZone(Seoul.ZONE)
                                                    .toLocalTime()
                                                    .isAfter(window.close())));
                    assertThat(inAWindow)
                            .as("case %d: slot %s inside a window of %s", n, slot, date.getDayOfWeek())
                            .isTrue();
                    assertThat(rules.windowsOn(date)).isNotEmpty();
                }
            }
        }
    }

    /** One to three windows on random days, not overlapping, each a whole number of slots long. */
    private static List<WindowSpec> randomWindows(Random random, int slotMinutes) {
        var windows = new ArrayList<WindowSpec>();
        var hour = 6 + random.nextInt(4);
        var count = 1 + random.nextInt(3);
        for (int w = 0; w < count && hour < 22; w++) {
            var slots = 1 + random.nextInt(6);
            var open = LocalTime.of(hour, 0);
            var close = open.plusMinutes((long) slots * slotMinutes);
            if (close.isBefore(open) || close.getHour() >= 23 || close.equals(LocalTime.MIDNIGHT)) {
                break;
            }
            var days = new ArrayList<String>();
            for (var day : DAYS) {
                if (random.nextInt(3) > 0) {
                    days.add(day);
                }
            }
            if (days.isEmpty()) {
                days.add(DayOfWeek.of(1 + random.nextInt(7)).name().substring(0, 3));
            }
            windows.add(new WindowSpec(days, open.toString(), close.toString(), false));
            hour = close.getHour() + 1 + random.nextInt(2);
        }
        return windows;
    }
}
