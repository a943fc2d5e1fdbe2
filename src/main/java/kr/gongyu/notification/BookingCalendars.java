package kr.gongyu.notification;

import java.time.Clock;
import java.util.Locale;
import kr.gongyu.catalog.ResourceDirectory;
import kr.gongyu.notification.internal.IcsWriter;
import kr.gongyu.reservation.Reservation;
import kr.gongyu.reservation.ReservationStatus;
import org.springframework.stereotype.Service;

/** A booking as a calendar file (RFC 5545) to download: the same UID and SEQUENCE as its emailed invitations. */
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
        var resource = directory.summary(booking.resource()).orElse(null);
        var name = resource == null ? "" : resource.name();
        var place = resource == null
                ? ""
                : resource.site().name() + ", " + resource.site().address();
        var off = switch (booking.status()) {
            case CANCELLED, REJECTED -> true;
            default -> false;
        };
        var link = settings.baseUrl() + "/my/reservations/" + booking.id().value();
        return IcsWriter.write(
                new IcsWriter.Event(
                        booking.id().value(),
                        (int) Math.min(booking.version(), Integer.MAX_VALUE),
                        booking.start(),
                        booking.end(),
                        name,
                        place,
                        name + (booking.status() == ReservationStatus.CONFIRMED ? "" : " (" + booking.status() + ")"),
                        link,
                        off,
                        clock.instant()),
                null,
                null,
                null);
    }
}
