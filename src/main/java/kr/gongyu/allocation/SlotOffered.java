package kr.gongyu.allocation;

import kr.gongyu.reservation.Reservation;

/**
 * A slot held for an account that did not book it first-come: a lottery's winner, the next applicant in rank order
 * after a winner let it pass, or the first in line on the slot's waitlist. The booker must be told; published in the
 * transaction that holds the slot.
 */
public record SlotOffered(Reservation reservation, Source source) {

    /** Why the account was offered the slot. */
    public enum Source {
        LOTTERY,
        WAITLIST
    }
}
