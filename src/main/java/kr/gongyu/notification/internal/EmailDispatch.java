package kr.gongyu.notification.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import kr.gongyu.identity.Accounts;
import kr.gongyu.notification.NotificationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job that sends the outbox's email: a db-scheduler recurring task, so one node at a time runs it. Each
 * message is first claimed (its try counted and its next try set by the backoff), then sent, then marked SENT;
 * a failure leaves it for its next try, or marks it FAILED after the last. A node that dies after sending and
 * before marking leaves the message to be sent again at its next try, with the same Message-ID.
 */
@Configuration(proxyBeanMethods = false)
public class EmailDispatch {

    private static final Logger log = LoggerFactory.getLogger(EmailDispatch.class);

    private final NotificationStore store;
    private final NotificationOutbox outbox;
    private final EmailChannel email;
    private final Accounts accounts;
    private final NotificationSettings settings;
    private final Clock clock;

    EmailDispatch(
            NotificationStore store,
            NotificationOutbox outbox,
            EmailChannel email,
            Accounts accounts,
            NotificationSettings settings,
            Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.email = email;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> notificationDispatchTask(NotificationSettings settings, EmailDispatch dispatch) {
        return Tasks.recurring("notification-dispatch", FixedDelay.of(settings.interval()))
                .execute((instance, context) -> dispatch.run());
    }

    /** One pass: booking notices into messages, then the due email, a batch at most. */
    public void run() {
        outbox.collectBookingNotices(settings.batch());
        var sent = 0;
        for (var row : store.dueEmails(clock.instant(), settings.batch())) {
            sent += deliver(row) ? 1 : 0;
        }
        if (sent > 0) {
            log.info("Sent {} notification emails", sent);
        }
    }

    private boolean deliver(NotificationRow row) {
        var attempt = row.emailAttempts() + 1;
        if (!store.claim(row, clock.instant().plus(settings.backoff(attempt)))) {
            return false;
        }
        var account = accounts.findById(row.account()).orElse(null);
        var to = account == null ? null : account.verifiedEmail().orElse(null);
        if (account == null || to == null || !email.enabled()) {
            log.info("Notification {} not emailed: no account, no verified address, or email off", row.id());
            store.markEmail(row.id(), "SKIPPED", null, null);
            return false;
        }
        try {
            email.send(row, account, to);
            store.markEmail(row.id(), "SENT", null, clock.instant());
            return true;
        } catch (Exception failure) {
            var error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            if (attempt >= settings.maxAttempts()) {
                log.warn("Notification {} FAILED after {} tries: {}", row.id(), attempt, error);
                store.markEmail(row.id(), "FAILED", error, null);
            } else {
                log.info("Notification {} not sent (try {}), retrying: {}", row.id(), attempt, error);
                store.recordFailure(row.id(), error);
            }
            return false;
        }
    }
}
