package kr.gongyu.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kr.gongyu.catalog.ResourceId;

/**
 * The port through which availability learns what is already booked, and the one calculation of how many units
 * bookings hold at once. The reservation module implements it over its active bookings.
 */
public interface BookedUnits {

    /** Units of the resource held by active bookings that overlap the interval. */
    List<Booking> overlapping(ResourceId resource, Interval interval);

    /** The same for many resources at once, by resource; a resource with none may be absent. */
    Map<ResourceId, List<Booking>> overlapping(Collection<ResourceId> resources, Interval interval);

    /** An active booking's time and how many units it holds. */
    record Booking(Interval time, int units) {}

    /**
     * Whether {@code units} more fit in the interval beside the bookings, never exceeding the quantity: whether
     * approving a request, or holding time for a lottery's winner, still leaves room.
     */
    static boolean fits(List<Booking> bookings, Interval interval, int units, int quantity) {
        return units <= quantity && peak(bookings, interval) + units <= quantity;
    }

    /** The most units held at any one instant of the interval by the bookings that overlap it. */
    static int peak(List<Booking> bookings, Interval interval) {
        var overlapping =
                bookings.stream().filter(b -> b.time().overlaps(interval)).toList();
        if (overlapping.size() <= 1) {
            return overlapping.isEmpty() ? 0 : overlapping.getFirst().units();
        }
        // Sweep: +units at each start, -units at each end; ends sort before starts at the same instant.
        record Edge(Instant at, int delta) {}
        var edges = new ArrayList<Edge>();
        for (var booking : overlapping) {
            edges.add(new Edge(booking.time().start(), booking.units()));
            edges.add(new Edge(booking.time().end(), -booking.units()));
        }
        edges.sort(Comparator.comparing(Edge::at).thenComparingInt(Edge::delta));
        var held = 0;
        var peak = 0;
        for (var edge : edges) {
            held += edge.delta();
            peak = Math.max(peak, held);
        }
        return peak;
    }
}
