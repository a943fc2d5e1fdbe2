package kr.gongyu.allocation;

import java.util.List;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.reservation.ReservationId;
import org.jspecify.annotations.Nullable;

/**
 * An account's application as it sees it: the round, its choices, what the draw gave it, and the slot it was offered
 * (won, or passed on to it) with the booking to confirm.
 *
 * @param offer the booking held for the applicant, if it was offered a slot
 * @param offerStatus {@code HELD} until confirmed ({@code CLAIMED}) or let pass ({@code PASSED})
 */
public record LotteryApplicationView(
        long lottery,
        ResourceId resource,
        LotteryStatus status,
        long id,
        String publicId,
        @Nullable PriorityPool pool,
        List<SlotTime> choices,
        @Nullable SlotTime won,
        @Nullable SlotTime offered,
        @Nullable ReservationId offer,
        @Nullable String offerStatus) {}
