package kr.gongyu.notification.internal;

import java.time.Instant;
import java.util.List;
import kr.gongyu.notification.Channel;
import kr.gongyu.notification.NotificationKind;
import org.jspecify.annotations.Nullable;

/**
 * One row of the {@code notification} table: the message's facts and its email's and text message's delivery
 * states.
 *
 * @param listed the bookings a staff digest lists, the longest waiting first (empty for other messages)
 */
public record NotificationRow(
        long id,
        long account,
        NotificationKind kind,
        @Nullable Long reservation,
        @Nullable Long resource,
        @Nullable Instant start,
        @Nullable Instant end,
        @Nullable String reason,
        @Nullable Integer refundPercent,
        int icsSequence,
        String idempotencyKey,
        Instant createdAt,
        @Nullable Instant readAt,
        String emailStatus,
        int emailAttempts,
        @Nullable String emailLastError,
        String smsStatus,
        int smsAttempts,
        @Nullable String smsLastError,
        List<Long> listed) {

    /** How many tries the channel has made. */
    public int attempts(Channel channel) {
        return switch (channel) {
            case EMAIL -> emailAttempts;
            case SMS -> smsAttempts;
        };
    }
}
