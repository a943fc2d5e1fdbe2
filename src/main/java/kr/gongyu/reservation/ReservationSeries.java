package kr.gongyu.reservation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kr.gongyu.reservation.ReservationRefused.Reason;
import org.springframework.stereotype.Service;

/**
 * Weekly series (every Tuesday evening for three months): each occurrence is booked on its own, in its own
 * transaction, so the free ones are booked and each one that cannot be is reported with its reason.
 */
@Service
public class ReservationSeries {

    /** The most weeks one series may span: half a year. */
    public static final int MAX_WEEKS = 26;

    private final Reservations reservations;

    ReservationSeries(Reservations reservations) {
        this.reservations = reservations;
    }

    /** An occurrence that was not booked, and why. */
    public record Skipped(Instant start, Instant end, Reason reason) {}

    /** The occurrences booked, each with its price as its transaction stored it (no read after the commits). */
    public record Series(String id, List<Reservations.Booked> booked, List<Skipped> skipped) {}

    /**
     * Books the request and the same time in each of the following weeks, {@code weeks} occurrences in all.
     * Empty when there is no such published resource.
     */
    public Optional<Series> bookWeekly(RequestReservation first, int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("A series has 1 to " + MAX_WEEKS + " weeks");
        }
        var id = UUID.randomUUID().toString();
        var booked = new ArrayList<Reservations.Booked>();
        var skipped = new ArrayList<Skipped>();
        for (int week = 0; week < weeks; week++) {
            var occurrence = first.weeksLater(week);
            try {
                var made = reservations.book(occurrence, id);
                if (made.isEmpty()) {
                    return Optional.empty();
                }
                booked.add(made.get());
            } catch (ReservationRefused refused) {
                skipped.add(new Skipped(occurrence.start(), occurrence.end(), refused.reason()));
            }
        }
        // A retried series finds its earlier bookings, which carry the series' first id.
        var seriesId = booked.isEmpty()
                ? id
                : Objects.requireNonNullElse(booked.getFirst().reservation().seriesId(), id);
        return Optional.of(new Series(seriesId, booked, skipped));
    }
}
