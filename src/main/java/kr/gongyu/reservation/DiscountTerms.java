package kr.gongyu.reservation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The fee exemptions (감면) a resource offers: its categories, and whether a booker who claims several gets them all.
 *
 * <p>By default they do not combine: of the categories claimed, the largest alone is taken off. When they combine,
 * each is taken off what the previous ones left (50% and 30% leave 35%, so 65% off), which never passes 100% and
 * does not depend on the order.
 *
 * @param inherited whether these are the institution's terms, which the resource has not replaced by its own
 */
public record DiscountTerms(boolean combine, List<Discount> discounts, boolean inherited) {

    public static final DiscountTerms NONE = new DiscountTerms(false, List.of(), true);

    public DiscountTerms {
        discounts = List.copyOf(discounts);
        var codes = new HashSet<String>();
        for (var discount : discounts) {
            if (!codes.add(discount.code())) {
                throw new IllegalArgumentException("Discount offered twice: " + discount.code());
            }
        }
    }

    public Optional<Discount> find(String code) {
        return discounts.stream()
                .filter(discount -> discount.code().equals(code))
                .findFirst();
    }
}
