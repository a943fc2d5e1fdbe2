package kr.gongyu.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brute-force and enumeration protection for log-in and sign-up, kept in the database so that every node counts
 * the same attempts (table {@code throttle_event}, written outside any transaction so a refused log-in still
 * counts):
 *
 * <ul>
 *   <li>at most {@code gongyu.security.token-requests-per-minute} log-in requests (token or form) a minute from one
 *       client address, whatever the usernames: a sprayer is held to that pace;
 *   <li>{@value #MAX_FAILURES} failures for one username from one address within {@link #WINDOW} lock that
 *       address out of that username, even with the right password, until the oldest failure leaves the window;
 *   <li>{@value #MAX_FAILURES} failures for one username from all addresses together only slow every further
 *       attempt at it down ({@code gongyu.security.slow-down}), so an anonymous sprayer cannot lock the owner, who
 *       logs in from elsewhere, out;
 *   <li>at most {@value #MAX_SIGN_UPS} sign-up submissions an hour from one client address, so that the usernames
 *       taken cannot be listed quickly.
 * </ul>
 *
 * Refused attempts do not count, so waiting always works. A success clears its address's failures.
 */
@Component
public class LoginAttempts {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(10);
    public static final int MAX_SIGN_UPS = 20;

    private static final Duration REQUEST_WINDOW = Duration.ofMinutes(1);
    private static final Duration SIGN_UP_WINDOW = Duration.ofHours(1);
    private static final int PURGE_EVERY = 500;

    private enum Kind {
        REQUEST,
        FAILURE,
        ADDRESS_FAILURE,
        SIGN_UP
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int requestsPerMinute;
    private final AtomicLong recorded = new AtomicLong();

    LoginAttempts(JdbcTemplate jdbc, Clock clock, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.requestsPerMinute = settings.tokenRequestsPerMinute();
    }

    /** Counts a log-in request from the address; false (and not counted) when it is over its pace. */
    public boolean allowRequest(String address) {
        return allow(Kind.REQUEST, address, REQUEST_WINDOW, requestsPerMinute);
    }

    /** Counts a sign-up submission from the address; false (and not counted) when it is over its pace. */
    public boolean allowSignUp(String address) {
        return allow(Kind.SIGN_UP, address, SIGN_UP_WINDOW, MAX_SIGN_UPS);
    }

    /** Whether this address failed too often lately for this username. */
    public boolean isLockedOut(String username, String address) {
        return count(Kind.ADDRESS_FAILURE, pair(username, address), WINDOW) >= MAX_FAILURES;
    }

    /** Whether this username failed too often lately, from all addresses together: attempts at it slow down. */
    public boolean isUnderAttack(String username) {
        return count(Kind.FAILURE, key(username), WINDOW) >= MAX_FAILURES;
    }

    public void failed(String username, String address) {
        record(Kind.FAILURE, key(username));
        record(Kind.ADDRESS_FAILURE, pair(username, address));
    }

    public void succeeded(String username, String address) {
        jdbc.update(
                "delete from throttle_event where kind = ? and subject = ?",
                Kind.ADDRESS_FAILURE.name(),
                pair(username, address));
    }

    private boolean allow(Kind kind, String subject, Duration window, int limit) {
        var key = subject(subject);
        if (count(kind, key, window) >= limit) {
            return false;
        }
        record(kind, key);
        return true;
    }

    private long count(Kind kind, String subject, Duration window) {
        var count = jdbc.queryForObject(
                "select count(*) from throttle_event where kind = ? and subject = ? and happened_at > ?",
                Long.class,
                kind.name(),
                subject(subject),
                at(clock.instant().minus(window)));
        return count == null ? 0 : count;
    }

    private void record(Kind kind, String subject) {
        var now = clock.instant();
        jdbc.update(
                "insert into throttle_event (kind, subject, happened_at) values (?, ?, ?)",
                kind.name(),
                subject(subject),
                at(now));
        if (recorded.incrementAndGet() % PURGE_EVERY == 0) {
            jdbc.update("delete from throttle_event where happened_at < ?", at(now.minus(SIGN_UP_WINDOW)));
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static String pair(String username, String address) {
        return key(username) + " " + address;
    }

    private static String subject(String subject) {
        return subject.length() > 200 ? subject.substring(0, 200) : subject;
    }
}
