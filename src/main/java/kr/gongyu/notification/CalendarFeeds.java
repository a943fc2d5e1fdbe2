package kr.gongyu.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.identity.AccountId;
import kr.gongyu.notification.internal.CalendarFeedTokenStore;
import kr.gongyu.reservation.Reservations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar feeds (RFC 5545) that calendar apps subscribe to: an account's own bookings at a secret address it can
 * replace or turn off, and a published resource's booked times for anyone, saying only that the time is booked.
 * Both show the last {@link #PAST} and everything ahead, at most {@link #MAX_EVENTS} events.
 */
@Service
public class CalendarFeeds {

    static final Duration PAST = Duration.ofDays(30);
    static final int MAX_EVENTS = 1000;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CalendarFeedTokenStore tokens;
    private final Reservations reservations;
    private final ResourceDirectory directory;
    private final BookingCalendars calendars;
    private final MessageSource messages;
    private final Clock clock;

    CalendarFeeds(
            CalendarFeedTokenStore tokens,
            Reservations reservations,
            ResourceDirectory directory,
            BookingCalendars calendars,
            MessageSource messages,
            Clock clock) {
        this.tokens = tokens;
        this.reservations = reservations;
        this.directory = directory;
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    /** The account's feed token, if it made one. */
    @Transactional(readOnly = true)
    public Optional<String> tokenOf(AccountId account) {
        return tokens.of(account.value());
    }

    /** A new token for the account: the old address, if any, stops working at once. */
    @Transactional
    public String renew(AccountId account) {
        return tokens.renew(account.value(), clock.instant());
    }

    /** Turns the account's feed off: its address stops working. */
    @Transactional
    public void revoke(AccountId account) {
        tokens.revoke(account.value());
    }

    /** The feed of the account whose token this is: its bookings waiting, confirmed or done; empty if none. */
    @Transactional(readOnly = true)
    public Optional<String> ofToken(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return tokens.accountOf(token)
                .map(account -> calendars.feed(reservations.forCalendar(
                        new AccountId(account), clock.instant().minus(PAST), MAX_EVENTS)));
    }

    /** The booked times of a published resource, named only "booked" in the reader's language; empty if none. */
    @Transactional(readOnly = true)
    public Optional<String> ofResource(ResourceId resource, Locale locale) {
        return directory
                .summary(resource)
                .map(summary -> calendars.busyTimes(
                        summary,
                        reservations.bookedTimes(resource, clock.instant().minus(PAST), MAX_EVENTS),
                        messages.getMessage("calendar.booked", null, locale)));
    }
}
