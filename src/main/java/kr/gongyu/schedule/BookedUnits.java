package kr.gongyu.schedule;

import java.util.List;
import kr.gongyu.catalog.ResourceId;

/**
 * The port through which availability learns what is already booked. The reservation module implements it
 * over its active bookings; until a module does, nothing is booked.
 */
public interface BookedUnits {

    /** Units of the resource held by active bookings that overlap the interval. */
    List<Booking> overlapping(ResourceId resource, Interval interval);

    /** An active booking's time and how many units it holds. */
    record Booking(Interval time, int units) {}
}
