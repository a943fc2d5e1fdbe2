package kr.gongyu.catalog;

/** A usage fee (사용료) in won, per unit of use. */
public record Fee(long amount, FeeUnit per) {

    public Fee {
        if (amount < 0) {
            throw new IllegalArgumentException("A fee cannot be negative: " + amount);
        }
    }
}
