package kr.gongyu.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gongyu.notification.*}: how messages are sent. The SMTP server itself is Spring's {@code spring.mail.*}.
 *
 * @param from the sender of every email
 * @param baseUrl the site's address, for the links in messages
 * @param interval how often the sending job looks for messages due
 * @param maxAttempts how many tries before a message is FAILED for operators to see
 * @param firstRetry the wait after the first failed try; each further wait doubles, up to {@code maxRetry}
 * @param maxRetry the longest wait between two tries
 * @param batch how many messages one run of the job sends at most
 * @param reminderInterval how often the job that writes the messages the clock brings (reminders, hold warnings, the
 *     staff digest) looks for those due; a reminder is at most this late
 */
@ConfigurationProperties("gongyu.notification")
public record NotificationSettings(
        @DefaultValue("공유 <no-reply@gongyu.example>") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("PT10S") Duration interval,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT1H") Duration maxRetry,
        @DefaultValue("100") int batch,
        @DefaultValue("PT1M") Duration reminderInterval) {

    /** The wait after the {@code attempts}-th failed try: {@code firstRetry} doubled each time, capped. */
    public Duration backoff(int attempts) {
        var wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
