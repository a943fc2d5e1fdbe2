package kr.gongyu.schedule;

/** A volunteer's sign-up or withdrawal, or a shift offered by staff, that the roster cannot take. */
public class RosterRefused extends RuntimeException {

    /** Why; the pages explain each in the visitor's language. */
    public enum Reason {
        /** No such shift (or not the resource's). */
        NO_SUCH_SHIFT,
        /** The shift has as many volunteers as it needs. */
        FULL,
        ALREADY_SIGNED_UP,
        NOT_SIGNED_UP,
        /** The shift has started or is over: the roster of the past does not change. */
        STARTED,
        /** A shift must start in the future and last at most {@link VolunteerRoster#LONGEST_SHIFT}. */
        INVALID_TIME,
        /** Between 1 and {@link VolunteerRoster#MOST_VOLUNTEERS} volunteers. */
        INVALID_NEEDED
    }

    private final Reason reason;

    RosterRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
