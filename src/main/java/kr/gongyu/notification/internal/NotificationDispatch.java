package kr.gongyu.notification.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.util.Optional;
import kr.gongyu.identity.AccountDirectory;
import kr.gongyu.identity.AccountId;
import kr.gongyu.identity.AccountView;
import kr.gongyu.notification.Channel;
import kr.gongyu.notification.NotificationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job that sends the outbox's email and text messages: a db-scheduler recurring task, so one node at a time runs
 * it. Each message is first claimed for a channel (its try counted and its next try set by the backoff), then sent,
 * then marked SENT; a failure leaves it for its next try, or marks it FAILED after the last, or at once when the
 * provider refuses it for good. A node that dies after sending and before marking leaves the message to be sent
 * again at its next try with the same key: the SMS provider takes that key once, and email carries it as its
 * Message-ID.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationDispatch {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatch.class);

    private final NotificationStore store;
    private final NotificationOutbox outbox;
    private final EmailChannel email;
    private final SmsChannel sms;
    private final AccountDirectory accounts;
    private final NotificationSettings settings;
    private final Clock clock;

    NotificationDispatch(
            NotificationStore store,
            NotificationOutbox outbox,
            EmailChannel email,
            SmsChannel sms,
            AccountDirectory accounts,
            NotificationSettings settings,
            Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.email = email;
        this.sms = sms;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> notificationDispatchTask(NotificationSettings settings, NotificationDispatch dispatch) {
        return Tasks.recurring("notification-dispatch", FixedDelay.of(settings.interval()))
                .execute((instance, context) -> dispatch.run());
    }

    /** One pass: booking notices into messages, then each channel's due messages, a batch at most. */
    public void run() {
        outbox.collectBookingNotices(settings.batch());
        for (var channel : Channel.values()) {
            var sent = 0;
            for (var row : store.due(channel, clock.instant(), settings.batch())) {
                sent += deliver(channel, row) ? 1 : 0;
            }
            if (sent > 0) {
                log.info("Sent {} notifications by {}", sent, channel);
            }
        }
    }

    private boolean deliver(Channel channel, NotificationRow row) {
        var attempt = row.attempts(channel) + 1;
        if (!store.claim(channel, row, clock.instant().plus(settings.backoff(attempt)))) {
            return false;
        }
        var account = accounts.find(new AccountId(row.account())).orElse(null);
        var to = account == null ? Optional.<String>empty() : address(channel, account);
        if (account == null || to.isEmpty() || !enabled(channel)) {
            log.info(
                    "Notification {} not sent by {}: no account, no verified address, or channel off",
                    row.id(),
                    channel);
            store.mark(channel, row.id(), "SKIPPED", null, null);
            return false;
        }
        return switch (send(channel, row, account, to.get())) {
            case SendOutcome.Sent() -> {
                store.mark(channel, row.id(), "SENT", null, clock.instant());
                yield true;
            }
            case SendOutcome.Refused(var error) -> {
                log.warn("Notification {} FAILED by {}, refused: {}", row.id(), channel, error);
                store.mark(channel, row.id(), "FAILED", error, null);
                yield false;
            }
            case SendOutcome.Unavailable(var error) -> {
                if (attempt >= settings.maxAttempts()) {
                    log.warn("Notification {} FAILED by {} after {} tries: {}", row.id(), channel, attempt, error);
                    store.mark(channel, row.id(), "FAILED", error, null);
                } else {
                    log.info(
                            "Notification {} not sent by {} (try {}), retrying: {}", row.id(), channel, attempt, error);
                    store.recordFailure(channel, row.id(), error);
                }
                yield false;
            }
        };
    }

    private static Optional<String> address(Channel channel, AccountView account) {
        return switch (channel) {
            case EMAIL -> account.verifiedEmail();
            case SMS -> account.verifiedMobile();
        };
    }

    private boolean enabled(Channel channel) {
        return switch (channel) {
            case EMAIL -> email.enabled();
            case SMS -> sms.enabled();
        };
    }

    private SendOutcome send(Channel channel, NotificationRow row, AccountView account, String to) {
        return switch (channel) {
            case EMAIL -> {
                try {
                    email.send(row, account, to);
                    yield new SendOutcome.Sent();
                } catch (Exception failure) {
                    // A mail server's refusal and its absence look alike to the sender: every failure is tried again.
                    yield new SendOutcome.Unavailable(failure.getClass().getSimpleName() + ": " + failure.getMessage());
                }
            }
            case SMS -> sms.send(row, account.language(), to);
        };
    }
}
