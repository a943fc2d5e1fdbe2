package kr.gongyu.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import kr.gongyu.Seoul;
import kr.gongyu.notification.NotificationKind;

/**
 * When the clock's messages about a booking are due. A booking is reminded at 18:00 (Seoul) the day before its
 * start; one confirmed after that moment (booked the same day, or the evening before) is reminded 2 hours before
 * its start instead; one confirmed later still has just been told of it and gets no reminder. A hold is warned
 * 5 minutes before it runs out.
 */
public final class ReminderTimes {

    static final LocalTime DAY_BEFORE_AT = LocalTime.of(18, 0);
    static final Duration SOON_BEFORE = Duration.ofHours(2);
    static final Duration HOLD_WARNING_BEFORE = Duration.ofMinutes(5);

    private ReminderTimes() {}

    /** A message due: which, and from when. */
    public record Due(NotificationKind kind, Instant at) {}

    /** The reminder of a booking that starts at {@code start}, confirmed at {@code confirmedAt}; if any. */
    public static Optional<Due> reminder(Instant start, Instant confirmedAt) {
        var dayBefore = start.atZone(Seoul.ZONE)
                .toLocalDate()
                .minusDays(1)
                .atTime(DAY_BEFORE_AT)
                .atZone(Seoul.ZONE)
                .toInstant();
        if (confirmedAt.isBefore(dayBefore)) {
            return Optional.of(new Due(NotificationKind.REMINDER_DAY_BEFORE, dayBefore));
        }
        var soon = start.minus(SOON_BEFORE);
        if (confirmedAt.isBefore(soon)) {
            return Optional.of(new Due(NotificationKind.REMINDER_TWO_HOURS, soon));
        }
        return Optional.empty();
    }

    /** The warning of a hold that runs out at {@code expiresAt}. */
    public static Due holdWarning(Instant expiresAt) {
        return new Due(NotificationKind.HOLD_EXPIRING, expiresAt.minus(HOLD_WARNING_BEFORE));
    }
}
