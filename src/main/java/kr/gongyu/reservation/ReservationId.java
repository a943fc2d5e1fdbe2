package kr.gongyu.reservation;

/** Identifies a booking. */
public record ReservationId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
