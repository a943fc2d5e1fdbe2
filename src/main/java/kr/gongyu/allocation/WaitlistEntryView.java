package kr.gongyu.allocation;

import java.time.Instant;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.reservation.ReservationId;
import org.jspecify.annotations.Nullable;

/**
 * An account's place on a slot's waitlist: 1 for the first in line (the one offered the slot, while an offer runs).
 *
 * @param offer the booking held for the account, while offered; completed as any hold is
 * @param offerExpiresAt when the offer passes to the next in line
 */
public record WaitlistEntryView(
        long id,
        ResourceId resource,
        SlotTime slot,
        int position,
        @Nullable ReservationId offer,
        @Nullable Instant offerExpiresAt) {}
