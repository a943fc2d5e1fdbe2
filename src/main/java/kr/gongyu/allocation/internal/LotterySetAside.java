package kr.gongyu.allocation.internal;

import kr.gongyu.reservation.SetAsideSlots;
import org.springframework.stereotype.Component;

/** Keeps a round's slots from first-come booking until its leftover instant, unless it is cancelled. */
@Component
class LotterySetAside implements SetAsideSlots {

    @Override
    public String coversCondition() {
        return LotteryStore.COVERS;
    }
}
