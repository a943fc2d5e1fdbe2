package kr.gongyu.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A message as its reader sees it, written in the reader's language.
 *
 * @param link the page the message is about, relative to the site (such as {@code /my/reservations/12})
 * @param emailStatus the email channel's state: PENDING, SENT, FAILED or SKIPPED
 * @param smsStatus the SMS / 알림톡 channel's state, the same way
 */
public record NotificationView(
        long id,
        long account,
        NotificationKind kind,
        String title,
        String body,
        @Nullable String link,
        Instant createdAt,
        boolean read,
        String emailStatus,
        int emailAttempts,
        @Nullable String emailLastError,
        String smsStatus,
        int smsAttempts,
        @Nullable String smsLastError) {}
