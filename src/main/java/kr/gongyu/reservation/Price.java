package kr.gongyu.reservation;

import java.util.List;

/**
 * What a booking costs, in won: the amount to pay, the lines it adds up from, and the deposit (보증금) paid beside
 * it and given back after the use.
 */
public record Price(long amount, long deposit, List<Line> lines) {

    public static final Price FREE = new Price(0, 0, List.of());

    public Price {
        lines = List.copyOf(lines);
    }

    /**
     * One line of a price.
     *
     * @param quantity for the fee: how many hours, sessions, days or units; for a surcharge: its percent
     */
    public record Line(Kind kind, long quantity, long amount) {

        /** The message key of the line's label, whose one argument is the quantity. */
        public String labelKey() {
            return "price.line." + kind.name();
        }
    }

    /** What a line charges for: the fee per hour, session, day or unit, or a surcharge. */
    public enum Kind {
        HOUR,
        SESSION,
        DAY,
        UNIT,
        NIGHT,
        WEEKEND,
        HOLIDAY
    }
}
