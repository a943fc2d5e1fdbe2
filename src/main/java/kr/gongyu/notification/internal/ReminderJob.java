package kr.gongyu.notification.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Instant;
import kr.gongyu.notification.NotificationKind;
import kr.gongyu.notification.NotificationSettings;
import kr.gongyu.notification.internal.DueMessageStore.Owed;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationId;
import kr.gongyu.reservation.ReservationStatus;
import kr.gongyu.reservation.Reservations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job that writes the messages the clock brings: each reminder and hold warning owed whose time has come,
 * unless its booking changed meanwhile, and then the staff's hourly digest. A db-scheduler recurring task, so one
 * node at a time runs it; it takes whatever is due, so after downtime it catches up, yet a reminder of a booking
 * that has started (or a warning of a hold that ran out) is dropped. Each message's idempotency key is one per
 * booking and kind ({@code reminder-12-REMINDER_DAY_BEFORE}, {@code hold-expiring-12-0} per extension of the hold),
 * so a rerun, or a second run racing it, writes nothing twice.
 */
@Configuration(proxyBeanMethods = false)
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final DueMessageStore dueMessages;
    private final NotificationOutbox outbox;
    private final Reservations reservations;
    private final NotificationSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReminderJob(
            DueMessageStore dueMessages,
            NotificationOutbox outbox,
            Reservations reservations,
            NotificationSettings settings,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.dueMessages = dueMessages;
        this.outbox = outbox;
        this.reservations = reservations;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> notificationRemindersTask(
            NotificationSettings settings, ReminderJob reminders, StaffDigest digest) {
        return Tasks.recurring("notification-reminders", FixedDelay.of(settings.reminderInterval()))
                .execute((instance, context) -> {
                    reminders.run();
                    digest.run();
                });
    }

    /** One pass over the reminders and warnings due, a batch at most; how many messages it wrote. */
    public int run() {
        var now = clock.instant();
        var written = 0;
        for (var owed : dueMessages.due(now, settings.batch())) {
            try {
                written += Boolean.TRUE.equals(transactions.execute(status -> take(owed, now))) ? 1 : 0;
            } catch (DuplicateKeyException writtenMeanwhile) {
                // Another run wrote this very message and settled it: nothing is left to do.
            }
        }
        if (written > 0) {
            log.info("Wrote {} reminders and hold warnings", written);
        }
        return written;
    }

    /** Writes the owed message if its booking still calls for it, and settles it; true if written. */
    private boolean take(Owed owed, Instant now) {
        var booking = reservations.find(new ReservationId(owed.reservation())).orElse(null);
        if (booking == null) {
            dueMessages.settle(owed);
            return false;
        }
        if (owed.kind() == NotificationKind.HOLD_EXPIRING) {
            return warnOfHold(owed, booking, now);
        }
        dueMessages.settle(owed);
        // Cancelled, rejected or started: a reminder is no use any more.
        if (booking.status() != ReservationStatus.CONFIRMED || !booking.start().isAfter(now)) {
            return false;
        }
        outbox.write(booking, owed.kind(), "reminder-%d-%s".formatted(owed.reservation(), owed.kind()));
        return true;
    }

    private boolean warnOfHold(Owed owed, Reservation booking, Instant now) {
        var expires = booking.holdExpiresAt();
        if (booking.status() != ReservationStatus.HELD || expires == null || !expires.isAfter(now)) {
            dueMessages.settle(owed);
            return false;
        }
        var due = ReminderTimes.holdWarning(expires);
        if (due.at().isAfter(now)) {
            dueMessages.postpone(owed, due.at()); // the booker extended the hold: warn before its new end
            return false;
        }
        dueMessages.settle(owed);
        outbox.write(
                booking,
                NotificationKind.HOLD_EXPIRING,
                "hold-expiring-%d-%d".formatted(owed.reservation(), booking.holdExtensions()));
        return true;
    }
}
