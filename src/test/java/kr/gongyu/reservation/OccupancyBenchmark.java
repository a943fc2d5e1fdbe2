package kr.gongyu.reservation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import kr.gongyu.Seoul;
import kr.gongyu.schedule.BookedUnits;
import kr.gongyu.schedule.BookedUnits.Booking;
import kr.gongyu.schedule.Interval;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The overlap check a booking of a pooled resource makes before it is accepted ({@link BookedUnits#fits}): a
 * sports hall of 10 courts with {@code bookings} bookings over the month around the requested hour (a day's
 * worth, 20, or the 600 of a busy month as in the availability benchmark), the requested hour drawn among 64
 * fixed ones. Run with {@code bench/jmh.sh}; not a unit test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OccupancyBenchmark {

    private static final LocalDate FROM = LocalDate.of(2027, 3, 1);

    @Param({"20", "600"})
    public int bookings;

    private List<Booking> held;
    private Interval[] requests;
    private int next;

    @Setup
    public void busyHall() {
        var random = new Random(42);
        var days = bookings <= 20 ? 1 : 31;
        held = new ArrayList<>();
        for (int n = 0; n < bookings; n++) {
            held.add(new Booking(hour(random, days, 1 + random.nextInt(2)), 1 + random.nextInt(3)));
        }
        requests = new Interval[64];
        for (int n = 0; n < requests.length; n++) {
            requests[n] = hour(random, days, 1);
        }
    }

    private static Interval hour(Random random, int days, int hours) {
        var start = FROM.plusDays(random.nextInt(days))
                .atTime(6 + random.nextInt(15), 0)
                .atZone(Seoul.ZONE)
                .toInstant();
        return new Interval(start, start.plusSeconds(3600L * hours));
    }

    @Benchmark
    public boolean fits() {
        next = (next + 1) & (requests.length - 1);
        return BookedUnits.fits(held, requests[next], 1, 10);
    }
}
