package kr.gongyu.allocation;

import java.math.BigDecimal;

/** A priority pool of a round and its share of the round's slots: the draw serves it first, up to that share. */
public record PoolShare(PriorityPool pool, BigDecimal share) {

    public PoolShare {
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0 || share.scale() > 4) {
            throw new IllegalArgumentException("A share is above 0, at most 1, with at most four decimals");
        }
        share = share.stripTrailingZeros();
    }
}
