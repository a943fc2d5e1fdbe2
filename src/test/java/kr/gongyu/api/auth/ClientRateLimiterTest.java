package kr.gongyu.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import kr.gongyu.MutableClock;
import kr.gongyu.identity.SecuritySettings;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-06T09:00:00Z"));
    private final ClientRateLimiter limiter =
            new ClientRateLimiter(new SecuritySettings(null, Duration.ofHours(1), 3), clock);

    @Test
    void refusesAClientOverItsLimitUntilTheMinuteEnds() {
        assertThat(limiter.tryAcquire("203.0.113.1")).isTrue();
        assertThat(limiter.tryAcquire("203.0.113.1")).isTrue();
        assertThat(limiter.tryAcquire("203.0.113.1")).isTrue();
        assertThat(limiter.tryAcquire("203.0.113.1")).isFalse();
        assertThat(limiter.tryAcquire("203.0.113.2")).as("another client").isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire("203.0.113.1")).isTrue();
    }
}
