package kr.gongyu.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection: after {@value #MAX_FAILURES} failed log-ins for one username within
 * {@link #WINDOW}, every further attempt for that username is refused, even with the right password, until
 * the oldest of those failures leaves the window. Refused attempts do not count, so waiting always works.
 *
 * <p>Kept in memory: one node guards its own log-ins. With several nodes behind a load balancer the counts
 * move to Redis (ARCHITECTURE.md, scale path).
 */
@Component
public class LoginAttempts {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(10);

    /** Beyond this many tracked usernames, stale entries are swept, so that random usernames cannot fill memory. */
    private static final int SWEEP_THRESHOLD = 100_000;

    private final ConcurrentHashMap<String, ArrayDeque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String username) {
        var now = clock.instant();
        var recent = failures.computeIfPresent(key(username), (k, times) -> pruned(times, now));
        return recent != null && recent.size() >= MAX_FAILURES;
    }

    public void failed(String username) {
        var now = clock.instant();
        failures.compute(key(username), (k, times) -> {
            var recent = times == null ? new ArrayDeque<Instant>() : pruned(times, now);
            recent.addLast(now);
            return recent;
        });
        if (failures.size() > SWEEP_THRESHOLD) {
            failures.replaceAll((k, times) -> pruned(times, now));
            failures.values().removeIf(ArrayDeque::isEmpty);
        }
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static ArrayDeque<Instant> pruned(ArrayDeque<Instant> times, Instant now) {
        var start = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.pollFirst();
        }
        return times;
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
