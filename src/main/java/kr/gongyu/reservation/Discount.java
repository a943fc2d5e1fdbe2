package kr.gongyu.reservation;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One category of fee exemption (감면) as offered: a standard category ({@link DiscountCategory}) or the
 * institution's own, the percent of the price it takes off, and whether the booker must show evidence (a card, a
 * certificate) at the use.
 *
 * @param code a standard category's name, or the institution's own code (upper case, digits and {@code _})
 * @param name the institution's own name for it; required for its own categories, for a standard one the bundles'
 *     label is used when none is given
 */
public record Discount(String code, @Nullable String name, int percent, boolean evidenceRequired) {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    public Discount {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Discount code " + code);
        }
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("Discount percent " + percent);
        }
        if (name != null && (name.isBlank() || name.length() > 100)) {
            throw new IllegalArgumentException("Discount name " + name);
        }
        if (name == null && !DiscountCategory.isStandard(code)) {
            throw new IllegalArgumentException("An institution's own discount needs a name: " + code);
        }
    }

    public boolean standard() {
        return DiscountCategory.isStandard(code);
    }

    /** The message key of a standard category's label, used where the institution gave no name. */
    public String labelKey() {
        return "discount.category." + code;
    }
}
