package kr.gongyu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import kr.gongyu.MutableClock;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-06T09:00:00Z"));
    private final LoginAttempts attempts = new LoginAttempts(clock);

    @Test
    void blocksAUsernameAfterTenFailuresWithinTenMinutes() {
        for (int n = 0; n < 9; n++) {
            attempts.failed("citizen0001");
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(attempts.isBlocked("citizen0001")).isFalse();
        attempts.failed("citizen0001");
        assertThat(attempts.isBlocked("citizen0001")).isTrue();
        assertThat(attempts.isBlocked("CITIZEN0001 "))
                .as("the same username, however typed")
                .isTrue();
        assertThat(attempts.isBlocked("citizen0002")).isFalse();
    }

    @Test
    void unblocksWhenTheOldestFailureLeavesTheWindow() {
        for (int n = 0; n < 10; n++) {
            attempts.failed("citizen0001");
        }
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(attempts.isBlocked("citizen0001")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.isBlocked("citizen0001")).isFalse();
    }

    @Test
    void doesNotCountFailuresOlderThanTheWindow() {
        for (int n = 0; n < 9; n++) {
            attempts.failed("citizen0001");
        }
        clock.advance(Duration.ofMinutes(11));
        attempts.failed("citizen0001");
        assertThat(attempts.isBlocked("citizen0001")).isFalse();
    }

    @Test
    void aSuccessfulLogInForgetsEarlierFailures() {
        for (int n = 0; n < 9; n++) {
            attempts.failed("citizen0001");
        }
        attempts.succeeded("citizen0001");
        attempts.failed("citizen0001");
        assertThat(attempts.isBlocked("citizen0001")).isFalse();
    }
}
