package kr.gongyu.notification.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A message's words in a language: its title, and its text naming the resource, the time (Seoul's, written the
 * reader's way), the place and, where there is one, the reason and the refund. Messages are written when read or
 * sent, from the facts the row keeps, so each reader gets their own language.
 */
@Component
public class MessageTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;
    private final ResourceDirectory directory;

    MessageTexts(MessageSource messages, ResourceDirectory directory) {
        this.messages = messages;
        this.directory = directory;
    }

    /** The words of one message. */
    public record Text(
            String title,
            String summary,
            String resource,
            String when,
            String where,
            @Nullable String link) {

        /** The whole text: the summary, then the time, place and link on lines of their own. */
        public String body(MessageSource messages, Locale locale) {
            var lines = new StringBuilder(summary);
            if (!when.isEmpty()) {
                lines.append('\n').append(messages.getMessage("notification.when", new Object[] {when}, locale));
            }
            if (!where.isEmpty()) {
                lines.append('\n').append(messages.getMessage("notification.where", new Object[] {where}, locale));
            }
            return lines.toString();
        }
    }

    public Text of(NotificationRow row, Locale locale) {
        var summary = row.resource() == null
                ? null
                : directory.summary(new ResourceId(row.resource())).orElse(null);
        var resource = summary == null ? "" : summary.name();
        var where = summary == null
                ? ""
                : summary.site().name() + ", " + summary.site().address();
        var when = row.start() == null || row.end() == null ? "" : when(row.start(), row.end(), locale);
        var reason = row.reason() == null || row.reason().isBlank() ? "-" : row.reason();
        var refund = row.refundPercent() == null ? 0 : row.refundPercent();
        Object[] arguments = {resource, when, where, reason, refund};
        var key = "notification." + row.kind().name();
        return new Text(
                messages.getMessage(key + ".title", arguments, locale),
                messages.getMessage(key + ".text", arguments, locale),
                resource,
                when,
                where,
                row.reservation() == null ? null : "/my/reservations/" + row.reservation());
    }

    public String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    public MessageSource source() {
        return messages;
    }

    /** 2027년 3월 17일 수요일 10:00–12:00, or Wednesday, March 17, 2027 10:00–12:00 (Seoul's time). */
    static String when(Instant start, Instant end, Locale locale) {
        var from = start.atZone(Seoul.ZONE);
        var to = end.atZone(Seoul.ZONE);
        var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return date.format(from) + " " + TIME.format(from) + "–" + TIME.format(to);
        }
        return date.format(from) + " " + TIME.format(from) + " – " + date.format(to) + " " + TIME.format(to);
    }
}
