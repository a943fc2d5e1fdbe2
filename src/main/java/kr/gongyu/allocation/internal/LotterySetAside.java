package kr.gongyu.allocation.internal;

import java.time.Instant;
import kr.gongyu.catalog.ResourceId;
import kr.gongyu.reservation.SetAsideSlots;
import org.springframework.stereotype.Component;

/** Keeps a round's slots from first-come booking until its leftover instant, unless it is cancelled. */
@Component
class LotterySetAside implements SetAsideSlots {

    private final LotteryStore store;

    LotterySetAside(LotteryStore store) {
        this.store = store;
    }

    @Override
    public boolean covers(ResourceId resource, Instant start, Instant end, Instant now) {
        return store.covers(resource, start, end, now);
    }
}
