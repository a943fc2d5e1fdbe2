package kr.gongyu.reservation;

/**
 * The standard categories of fee exemption (감면) that public facilities grant; each has its label in the message
 * bundles under {@code discount.category.<name>}. An institution may add its own beside them.
 */
public enum DiscountCategory {
    /** 장애인. */
    DISABLED,
    /** 국가유공자. */
    NATIONAL_MERIT,
    /** 65세 이상. */
    SENIOR,
    /** 기초생활수급자. */
    BASIC_LIVELIHOOD,
    /** 다자녀. */
    MULTI_CHILD,
    /** 지역주민. */
    RESIDENT;

    public static boolean isStandard(String code) {
        for (var category : values()) {
            if (category.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
