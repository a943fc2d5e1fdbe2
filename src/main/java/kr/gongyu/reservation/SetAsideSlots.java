package kr.gongyu.reservation;

/**
 * Time another module keeps out of first-come booking (a lottery round's slots): booking any of it is refused
 * with {@code IN_LOTTERY}. A port, so that this module needs to know nothing of lotteries.
 */
public interface SetAsideSlots {

    /**
     * The condition, in SQL, that some of a resource's time is set aside: over the named parameters {@code :resource}
     * (its id), {@code :start} and {@code :end} (the time) and {@code :now}, all but the id timestamps. A condition
     * rather than a call, so that a booking asks it with the rest of its facts, in one statement.
     */
    String coversCondition();
}
