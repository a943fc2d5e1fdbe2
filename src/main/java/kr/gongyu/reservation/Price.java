package kr.gongyu.reservation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a booking costs, in won: the amount to pay, the lines it adds up from, and the deposit (보증금) paid beside
 * it and given back after the use; with the fee exemption (감면) the booker claimed, if any.
 */
public record Price(
        long amount,
        long deposit,
        List<Line> lines,
        @Nullable DiscountClaim discount) {

    public static final Price FREE = new Price(0, 0, List.of());

    public Price {
        lines = List.copyOf(lines);
    }

    public Price(long amount, long deposit, List<Line> lines) {
        this(amount, deposit, lines, null);
    }

    /**
     * The price as if no exemption had been claimed: what the booker owes once staff refuse it. The claim stays,
     * marked refused, so that the booker sees what was refused.
     */
    public Price withoutDiscount() {
        if (discount == null || discount.refused()) {
            return this;
        }
        var off = lines.stream()
                .filter(line -> line.kind() == Kind.DISCOUNT)
                .mapToLong(Line::amount)
                .sum();
        return new Price(
                amount + off,
                deposit,
                lines.stream().filter(line -> line.kind() != Kind.DISCOUNT).toList(),
                new DiscountClaim(discount.applied(), true));
    }

    /** The category a discount line takes off; null for any other line. */
    public @Nullable Discount discountOf(Line line) {
        if (discount == null || line.discount() == null) {
            return null;
        }
        return discount.applied().stream()
                .filter(applied -> applied.code().equals(line.discount()))
                .findFirst()
                .orElse(null);
    }

    /** How much the exemption takes off: nothing once refused. */
    public long discountAmount() {
        return lines.stream()
                .filter(line -> line.kind() == Kind.DISCOUNT)
                .mapToLong(Line::amount)
                .sum();
    }

    /**
     * One line of a price.
     *
     * @param quantity for the fee: how many hours, sessions, days or units; for a surcharge or a discount: its percent
     * @param amount always positive; a discount's is taken off
     * @param discount for a discount line, the code of its category
     */
    public record Line(
            Kind kind, long quantity, long amount, @Nullable String discount) {

        public Line(Kind kind, long quantity, long amount) {
            this(kind, quantity, amount, null);
        }

        /** The message key of the line's label, whose arguments are the quantity and, for a discount, its name. */
        public String labelKey() {
            return "price.line." + kind.name();
        }

        /** The amount as it adds up to the price: negative for a discount. */
        public long signedAmount() {
            return kind == Kind.DISCOUNT ? -amount : amount;
        }
    }

    /** What a line charges for: the fee per hour, session, day or unit, a surcharge, or takes off: a discount. */
    public enum Kind {
        HOUR,
        SESSION,
        DAY,
        UNIT,
        NIGHT,
        WEEKEND,
        HOLIDAY,
        DISCOUNT
    }

    /**
     * The fee exemption claimed at booking: the categories taken off (one, or several where they combine), and
     * whether staff refused it, which puts the price back to full.
     */
    public record DiscountClaim(List<Discount> applied, boolean refused) {

        public DiscountClaim {
            applied = List.copyOf(applied);
        }

        /** The percent taken off in all: each category off what the previous ones left. */
        public int percent() {
            double left = 1;
            for (var discount : applied) {
                left *= (100 - discount.percent()) / 100.0;
            }
            return (int) Math.round((1 - left) * 100);
        }

        public boolean evidenceRequired() {
            return applied.stream().anyMatch(Discount::evidenceRequired);
        }
    }
}
