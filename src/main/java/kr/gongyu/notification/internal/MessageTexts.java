package kr.gongyu.notification.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.gongyu.Seoul;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.catalog.ResourceSummaryView;
import kr.gongyu.notification.NotificationKind;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationId;
import kr.gongyu.reservation.Reservations;
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
    private final Reservations reservations;

    MessageTexts(MessageSource messages, ResourceDirectory directory, Reservations reservations) {
        this.messages = messages;
        this.directory = directory;
        this.reservations = reservations;
    }

    /**
     * The words of one message.
     *
     * @param items the bookings a digest lists, one line each (resource, time and place)
     */
    public record Text(
            String title,
            String summary,
            String resource,
            String when,
            String where,
            @Nullable String link,
            List<String> items) {

        /** The whole text: the summary, then the listed bookings, the time and place, on lines of their own. */
        public String body(MessageSource messages, Locale locale) {
            var lines = new StringBuilder(summary);
            items.forEach(item -> lines.append("\n- ").append(item));
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
        var items = items(row, locale);
        Object[] arguments = {resource, when, where, reason, refund, items.size()};
        var key = "notification." + row.kind().name();
        return new Text(
                messages.getMessage(key + ".title", arguments, locale),
                messages.getMessage(key + ".text", arguments, locale),
                resource,
                when,
                where,
                link(row),
                items);
    }

    private static @Nullable String link(NotificationRow row) {
        if (row.kind() == NotificationKind.STAFF_DIGEST) {
            return "/console/approvals";
        }
        return row.reservation() == null ? null : "/my/reservations/" + row.reservation();
    }

    /** The bookings a digest lists, as they are now, each as "resource, time (place)". */
    private List<String> items(NotificationRow row, Locale locale) {
        if (row.listed().isEmpty()) {
            return List.of();
        }
        var bookings = row.listed().stream()
                .map(id -> reservations.find(new ReservationId(id)))
                .flatMap(Optional::stream)
                .toList();
        var resources =
                directory.summaries(bookings.stream().map(Reservation::resource).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(ResourceSummaryView::id, Function.identity()));
        return bookings.stream()
                .map(booking -> {
                    var resource = resources.get(booking.resource());
                    var time = when(booking.start(), booking.end(), locale);
                    return resource == null
                            ? time
                            : resource.name() + ", " + time + " ("
                                    + resource.site().name() + ")";
                })
                .toList();
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
