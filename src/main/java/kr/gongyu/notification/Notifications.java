package kr.gongyu.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import kr.gongyu.identity.AccountId;
import kr.gongyu.notification.internal.MessageTexts;
import kr.gongyu.notification.internal.NotificationRow;
import kr.gongyu.notification.internal.NotificationStore;
import org.springframework.stereotype.Service;

/** One's messages (in-app), and the operators' view of email that could not be sent. */
@Service
public class Notifications {

    private final NotificationStore store;
    private final MessageTexts texts;
    private final Clock clock;

    Notifications(NotificationStore store, MessageTexts texts, Clock clock) {
        this.store = store;
        this.texts = texts;
        this.clock = clock;
    }

    /** The account's messages, newest first, written in the reader's language. */
    public List<NotificationView> of(AccountId account, int page, int size, Locale locale) {
        return store.ofAccount(account.value(), page, size).stream()
                .map(row -> view(row, locale))
                .toList();
    }

    public long countOf(AccountId account) {
        return store.countOf(account.value());
    }

    /** How many of the account's messages are unread: one indexed count. */
    public long unreadOf(AccountId account) {
        return store.unreadOf(account.value());
    }

    /** Marks one of the account's messages read; false if it has no such message. */
    public boolean markRead(long id, AccountId account) {
        return store.markRead(id, account.value(), clock.instant());
    }

    /** Messages whose email or text message is in the state given (PENDING, SENT, FAILED, SKIPPED), newest first. */
    public List<NotificationView> withStatus(String status, int page, int size, Locale locale) {
        return store.withStatus(status, page, size).stream()
                .map(row -> view(row, locale))
                .toList();
    }

    public long countWithStatus(String status) {
        return store.countWithStatus(status);
    }

    /** Queues a message's FAILED channels again with fresh tries; false if none is FAILED (or there is no message). */
    public boolean resend(long id) {
        return store.resend(id, clock.instant());
    }

    public boolean exists(long id) {
        return store.find(id).isPresent();
    }

    private NotificationView view(NotificationRow row, Locale locale) {
        var text = texts.of(row, locale);
        return new NotificationView(
                row.id(),
                row.account(),
                row.kind(),
                text.title(),
                text.body(texts.source(), locale),
                text.link(),
                row.createdAt(),
                row.readAt() != null,
                row.emailStatus(),
                row.emailAttempts(),
                row.emailLastError(),
                row.smsStatus(),
                row.smsAttempts(),
                row.smsLastError());
    }
}
