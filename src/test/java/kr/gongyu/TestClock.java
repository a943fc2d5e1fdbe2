package kr.gongyu;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The time of the application under test and of every integration test: it starts at the instant the system
 * property {@code gongyu.test.now} names (an ISO date-time with its offset, such as {@code 2027-01-29T23:30+09:00};
 * {@link #DEFAULT_START} without it), runs on with the real time that passes, so that jobs keep their pace, and
 * moves on by hand where a test needs time to pass. The demo platform is generated from it, and no test reads the
 * real date, so every day of the year gives the same run.
 */
public final class TestClock extends Clock {

    /** A Wednesday of an ordinary week, at ten in the morning in Seoul. */
    public static final ZonedDateTime DEFAULT_START = ZonedDateTime.of(2027, 3, 10, 10, 0, 0, 0, Seoul.ZONE);

    public static final String START_PROPERTY = "gongyu.test.now";

    private static final TestClock CLOCK = new TestClock(start(), System.nanoTime());

    private final Instant start;
    private final long startNanos;
    private volatile Duration moved = Duration.ZERO;

    private TestClock(Instant start, long startNanos) {
        this.start = start;
        this.startNanos = startNanos;
    }

    private static Instant start() {
        var configured = System.getProperty(START_PROPERTY);
        return configured == null || configured.isBlank()
                ? DEFAULT_START.toInstant()
                : OffsetDateTime.parse(configured).toInstant();
    }

    public static Clock clock() {
        return CLOCK;
    }

    public static Instant now() {
        return CLOCK.instant();
    }

    /** Today in Seoul, by this clock. */
    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    /** Lets time pass for the application and the tests at once (a negative duration turns it back). */
    public static synchronized void advance(Duration duration) {
        CLOCK.moved = CLOCK.moved.plus(duration);
    }

    @Override
    public Instant instant() {
        return start.plus(moved).plusNanos(System.nanoTime() - startNanos);
    }

    @Override
    public ZoneId getZone() {
        return Seoul.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(Seoul.ZONE)) {
            return this;
        }
        var seoul = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return seoul.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return seoul.withZone(other);
            }
        };
    }

    /** Gives the application under test this clock instead of the system's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }
}
