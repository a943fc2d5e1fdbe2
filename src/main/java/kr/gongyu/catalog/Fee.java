package kr.gongyu.catalog;

/**
 * A usage fee (사용료) in won, per unit of use, with the surcharges some institutions add (할증) as percents of
 * the fee and a deposit (보증금) paid beside it and given back after the use.
 *
 * @param nightPercent added to the fee of the time from 18:00 to 06:00
 * @param weekendPercent added to the fee of Saturdays and Sundays
 * @param holidayPercent added to the fee of public holidays (instead of the weekend's, if larger)
 */
public record Fee(long amount, FeeUnit per, int nightPercent, int weekendPercent, int holidayPercent, long deposit) {

    public Fee {
        if (amount < 0 || deposit < 0) {
            throw new IllegalArgumentException("A fee or deposit cannot be negative: " + amount + ", " + deposit);
        }
        if (nightPercent < 0 || weekendPercent < 0 || holidayPercent < 0) {
            throw new IllegalArgumentException("A surcharge cannot be negative");
        }
    }

    /** A plain fee: no surcharges, no deposit. */
    public Fee(long amount, FeeUnit per) {
        this(amount, per, 0, 0, 0, 0);
    }
}
