package kr.gongyu.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.catalog.ResourceSummaryView;
import kr.gongyu.notification.internal.IcsWriter;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Bookings as calendar files (RFC 5545): one booking to download, with the same UID and SEQUENCE as its emailed
 * invitations, and the feeds, whose events are built the same way.
 */
@Service
public class BookingCalendars {

    private final ResourceDirectory directory;
    private final NotificationSettings settings;
    private final Clock clock;

    BookingCalendars(ResourceDirectory directory, NotificationSettings settings, Clock clock) {
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    public String ics(Reservation booking, Locale locale) {
        return IcsWriter.write(
                event(booking, directory.summary(booking.resource()).orElse(null), clock.instant()), null, null, null);
    }

    /** Many bookings in one calendar, each event as its own download has it: an account's feed. */
    String feed(List<Reservation> bookings) {
        var resources =
                directory.summaries(bookings.stream().map(Reservation::resource).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(ResourceSummaryView::id, Function.identity()));
        var now = clock.instant();
        return IcsWriter.write(bookings.stream()
                .map(booking -> event(booking, resources.get(booking.resource()), now))
                .toList());
    }

    /**
     * A resource's booked times as events that say only {@code summary} ("booked"): the same UID and time as the
     * booking's own event, and nothing of who booked or why.
     */
    String busyTimes(ResourceSummaryView resource, List<Reservation> bookings, String summary) {
        var now = clock.instant();
        var link = settings.baseUrl() + "/resources/" + resource.id().value();
        return IcsWriter.write(bookings.stream()
                .map(booking -> new IcsWriter.Event(
                        booking.id().value(),
                        sequence(booking),
                        booking.start(),
                        booking.end(),
                        summary,
                        place(resource),
                        summary,
                        link,
                        false,
                        now))
                .toList());
    }

    private IcsWriter.Event event(Reservation booking, @Nullable ResourceSummaryView resource, Instant now) {
        var name = resource == null ? "" : resource.name();
        var off = switch (booking.status()) {
            case CANCELLED, REJECTED -> true;
            default -> false;
        };
        return new IcsWriter.Event(
                booking.id().value(),
                sequence(booking),
                booking.start(),
                booking.end(),
                name,
                resource == null ? "" : place(resource),
                name + (booking.status() == ReservationStatus.CONFIRMED ? "" : " (" + booking.status() + ")"),
                settings.baseUrl() + "/my/reservations/" + booking.id().value(),
                off,
                now);
    }

    private static int sequence(Reservation booking) {
        return (int) Math.min(booking.version(), Integer.MAX_VALUE);
    }

    private static String place(ResourceSummaryView resource) {
        return resource.site().name() + ", " + resource.site().address();
    }
}
