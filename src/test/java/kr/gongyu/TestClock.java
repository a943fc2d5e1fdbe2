package kr.gongyu;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The time of the application under test and of every integration test: it starts at the instant the system
 * property {@code gongyu.test.now} names (an ISO date-time with its offset, such as {@code 2027-01-29T23:30+09:00};
 * {@link #DEFAULT_START} without it), stands still until the application is ready, so that the demo platform is
 * generated on {@link #startDay()} however long the start takes, then runs on with the real time that passes, so that
 * jobs keep their pace, and moves on by hand where a test needs time to pass. No test reads the real date, so every day
 * of the year gives the same run.
 */
public final class TestClock extends Clock {

    /** A Wednesday of an ordinary week, at ten in the morning in Seoul. */
    public static final ZonedDateTime DEFAULT_START = ZonedDateTime.of(2027, 3, 10, 10, 0, 0, 0, Seoul.ZONE);

    public static final String START_PROPERTY = "gongyu.test.now";

    private static final TestClock CLOCK = new TestClock(start());

    private final Instant start;
    private volatile long tickingSinceNanos;
    private volatile boolean ticking;
    private volatile Duration moved = Duration.ZERO;

    private TestClock(Instant start) {
        this.start = start;
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

    /** The day the run started on, in Seoul: the day the demo platform was generated for. */
    public static LocalDate startDay() {
        return LocalDate.ofInstant(CLOCK.start, Seoul.ZONE);
    }

    /** Today in Seoul, by this clock. */
    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    /**
     * Lets time pass for the application and the tests at once. Time only moves on: turned back, it would leave the
     * jobs' next runs, scheduled by the later time, far ahead.
     */
    public static synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("The test clock does not go back: " + duration);
        }
        CLOCK.moved = CLOCK.moved.plus(duration);
    }

    private static synchronized void startTicking() {
        if (!CLOCK.ticking) {
            CLOCK.tickingSinceNanos = System.nanoTime();
            CLOCK.ticking = true;
        }
    }

    @Override
    public Instant instant() {
        var at = start.plus(moved);
        return ticking ? at.plusNanos(System.nanoTime() - tickingSinceNanos) : at;
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

        @Bean
        ApplicationListener<ApplicationReadyEvent> testClockTicks() {
            return ready -> startTicking();
        }
    }
}
