package kr.gongyu.reservation;

import java.time.Instant;
import kr.gongyu.catalog.ResourceId;

/**
 * Time another module keeps out of first-come booking (a lottery round's slots): booking any of it is refused
 * with {@code IN_LOTTERY}. A port, so that this module needs to know nothing of lotteries.
 */
public interface SetAsideSlots {

    /** Whether any of the time from {@code start} to {@code end} is set aside at {@code now}. */
    boolean covers(ResourceId resource, Instant start, Instant end, Instant now);
}
