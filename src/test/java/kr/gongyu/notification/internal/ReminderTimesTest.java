package kr.gongyu.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import kr.gongyu.Seoul;
import kr.gongyu.notification.NotificationKind;
import org.junit.jupiter.api.Test;

/** When a booking is reminded and a hold warned. */
class ReminderTimesTest {

    private static Instant seoul(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), Seoul.ZONE)
                .toInstant();
    }

    @Test
    void aBookingMadeDaysAheadIsRemindedAtSixInTheEveningTheDayBefore() {
        assertThat(ReminderTimes.reminder(seoul("2027-03-12T10:00"), seoul("2027-03-01T09:00")))
                .contains(new ReminderTimes.Due(NotificationKind.REMINDER_DAY_BEFORE, seoul("2027-03-11T18:00")));
    }

    @Test
    void aBookingJustAfterMidnightIsRemindedTheEveningBefore() {
        assertThat(ReminderTimes.reminder(seoul("2027-03-12T00:30"), seoul("2027-03-11T09:00")))
                .contains(new ReminderTimes.Due(NotificationKind.REMINDER_DAY_BEFORE, seoul("2027-03-11T18:00")));
    }

    @Test
    void aBookingMadeTheSameDayIsRemindedTwoHoursBefore() {
        assertThat(ReminderTimes.reminder(seoul("2027-03-12T15:00"), seoul("2027-03-12T09:00")))
                .contains(new ReminderTimes.Due(NotificationKind.REMINDER_TWO_HOURS, seoul("2027-03-12T13:00")));
    }

    @Test
    void aBookingMadeAfterSixTheEveningBeforeIsRemindedTwoHoursBefore() {
        assertThat(ReminderTimes.reminder(seoul("2027-03-12T10:00"), seoul("2027-03-11T18:00")))
                .contains(new ReminderTimes.Due(NotificationKind.REMINDER_TWO_HOURS, seoul("2027-03-12T08:00")));
    }

    @Test
    void aBookingMadeWithinTwoHoursOfItsStartIsNotReminded() {
        assertThat(ReminderTimes.reminder(seoul("2027-03-12T10:00"), seoul("2027-03-12T08:00")))
                .isEmpty();
        assertThat(ReminderTimes.reminder(seoul("2027-03-12T10:00"), seoul("2027-03-12T09:30")))
                .isEmpty();
    }

    @Test
    void aHoldIsWarnedFiveMinutesBeforeItRunsOut() {
        assertThat(ReminderTimes.holdWarning(seoul("2027-03-12T10:10")))
                .isEqualTo(new ReminderTimes.Due(NotificationKind.HOLD_EXPIRING, seoul("2027-03-12T10:05")));
    }
}
