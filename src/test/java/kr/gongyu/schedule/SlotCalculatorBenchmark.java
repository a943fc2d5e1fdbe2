package kr.gongyu.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import kr.gongyu.Seoul;
import kr.gongyu.schedule.BookedUnits.Booking;
import kr.gongyu.schedule.OpeningRulesSpec.WindowSpec;
import kr.gongyu.schedule.SlotCalculator.Dates;
import kr.gongyu.schedule.SlotCalculator.Occupancy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The 31-day calendar of a busy resource (PERFORMANCE.md, figure 4), in process: a sports hall open 06:00–22:00
 * every day in hours, a pool of 10 courts, 600 bookings over the month, two internal-use blocks, closed on
 * holidays and on the first and third Monday. Run with {@code bench/availability.sh}; not a unit test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SlotCalculatorBenchmark {

    private static final LocalDate FROM = LocalDate.of(2027, 3, 1);

    private OpeningRules rules;
    private Occupancy occupancy;
    private Dates dates;
    private Clock clock;

    @Setup
    public void busyMonth() {
        var every = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
        rules = new OpeningRulesSpec(
                        List.of(new WindowSpec(every, "06:00", "22:00", false)),
                        null,
                        List.of("매월 첫째·셋째 주 월요일"),
                        true,
                        null,
                        60,
                        1,
                        3,
                        10,
                        60,
                        null,
                        1,
                        false)
                .toRules();
        var random = new Random(42);
        var bookings = new ArrayList<Booking>();
        for (int n = 0; n < 600; n++) {
            var start = FROM.plusDays(random.nextInt(31))
                    .atTime(6 + random.nextInt(15), 0)
                    .atZone(Seoul.ZONE)
                    .toInstant();
            bookings.add(new Booking(
                    new Interval(start, start.plusSeconds(3600L * (1 + random.nextInt(2)))), 1 + random.nextInt(3)));
        }
        var blocks = List.of(
                new Interval(
                        FROM.plusDays(5).atTime(9, 0).atZone(Seoul.ZONE).toInstant(),
                        FROM.plusDays(5).atTime(13, 0).atZone(Seoul.ZONE).toInstant()),
                new Interval(
                        FROM.plusDays(20).atStartOfDay(Seoul.ZONE).toInstant(),
                        FROM.plusDays(21).atStartOfDay(Seoul.ZONE).toInstant()));
        occupancy = new Occupancy(blocks, List.of(), bookings);
        var closedDays = rules.closedDays();
        var calendar =
                new ClosedDays.HolidayCalendar(KoreanPublicHolidays::isHoliday, year -> List.of(), year -> List.of());
        dates = new Dates(KoreanPublicHolidays::isHoliday, date -> closedDays.closes(date, calendar));
        clock = Clock.fixed(FROM.minusDays(1).atStartOfDay(Seoul.ZONE).toInstant(), Seoul.ZONE);
    }

    @Benchmark
    public List<DayAvailability> thirtyOneDaysOfABusyResource() {
        return SlotCalculator.calendar(rules, 10, FROM, FROM.plusDays(30), dates, occupancy, clock);
    }
}
