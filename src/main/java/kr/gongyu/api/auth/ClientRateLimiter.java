package kr.gongyu.api.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import kr.gongyu.identity.SecuritySettings;
import org.springframework.stereotype.Component;

/**
 * At most {@code gongyu.security.token-requests-per-minute} token requests per client address in any fixed
 * minute, so one client cannot spray passwords over many usernames. In memory, per node; Redis takes it over
 * when the platform runs on several (ARCHITECTURE.md, scale path).
 */
@Component
class ClientRateLimiter {

    private static final Duration PERIOD = Duration.ofMinutes(1);
    private static final int SWEEP_THRESHOLD = 100_000;

    private record Window(Instant start, int count) {}

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final Clock clock;

    ClientRateLimiter(SecuritySettings settings, Clock clock) {
        this.limit = settings.tokenRequestsPerMinute();
        this.clock = clock;
    }

    /** Counts a request from the client; false when it is over its limit for the current minute. */
    boolean tryAcquire(String client) {
        var now = clock.instant();
        var window = windows.compute(
                client,
                (key, current) -> current == null || expired(current, now)
                        ? new Window(now, 1)
                        : new Window(current.start(), current.count() + 1));
        if (windows.size() > SWEEP_THRESHOLD) {
            windows.values().removeIf(w -> expired(w, now));
        }
        return window.count() <= limit;
    }

    private static boolean expired(Window window, Instant now) {
        return !now.isBefore(window.start().plus(PERIOD));
    }
}
