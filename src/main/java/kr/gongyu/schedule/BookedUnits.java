package kr.gongyu.schedule;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import kr.gongyu.catalog.ResourceId;

/**
 * The port through which availability learns what is already booked. The reservation module implements it
 * over its active bookings; until a module does, nothing is booked ({@link #NONE}).
 */
public interface BookedUnits {

    BookedUnits NONE = new BookedUnits() {
        @Override
        public List<Booking> overlapping(ResourceId resource, Interval interval) {
            return List.of();
        }

        @Override
        public Map<ResourceId, List<Booking>> overlapping(Collection<ResourceId> resources, Interval interval) {
            return Map.of();
        }
    };

    /** Units of the resource held by active bookings that overlap the interval. */
    List<Booking> overlapping(ResourceId resource, Interval interval);

    /** The same for many resources at once, by resource; a resource with none may be absent. */
    Map<ResourceId, List<Booking>> overlapping(Collection<ResourceId> resources, Interval interval);

    /** An active booking's time and how many units it holds. */
    record Booking(Interval time, int units) {}
}
