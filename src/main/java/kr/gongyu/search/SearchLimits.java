package kr.gongyu.search;

import java.time.LocalDate;
import java.time.LocalTime;
import kr.gongyu.search.ResourceSearch.Near;
import kr.gongyu.search.ResourceSearch.Order;
import kr.gongyu.search.ResourceSearch.Window;
import org.jspecify.annotations.Nullable;

/**
 * The limits of a search's terms, one definition for the API and the pages. Each term's bounds (as text where bean
 * validation takes them so): a point within {@link #MIN_LAT}–{@link #MAX_LAT} and {@link #MIN_LNG}–{@link
 * #MAX_LNG}, a radius above 0 up to {@link Near#MAX_RADIUS_KM}, a capacity up to {@link
 * ResourceFilter#MAX_MIN_CAPACITY}, times as {@link #TIME_PATTERN}, no match deeper than {@link
 * #MAX_RESULT_WINDOW}. The rules between terms are {@link #near}, {@link #window} and {@link #order}: each refuses
 * with the term to blame and why ({@link Refused}), and the API and the pages each say it their own way.
 */
public final class SearchLimits {

    public static final String MIN_LAT = "-90";
    public static final String MAX_LAT = "90";
    public static final String MIN_LNG = "-180";
    public static final String MAX_LNG = "180";

    /** A time of day as the terms give it, {@code 18:00}. */
    public static final String TIME_PATTERN = "HH:mm";

    /** A region asked for: the first digits of a 5-digit region code (2 for a 시·도, 5 for a 시·군·구), or none. */
    public static final String REGION_PREFIX = "\\d{0,5}";

    /** Deeper matches cost the index more than anyone reads: narrow the search instead. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    private SearchLimits() {}

    /** Why terms that are each within bounds do not go together. */
    public enum Rule {
        /** {@code lat} and {@code lng} go together, and {@code radiusKm} needs them. */
        POINT,
        /** {@code from} and {@code to} need a {@code date}, and {@code to} is after {@code from}. */
        WINDOW,
        /** Nearest first needs a point. */
        DISTANCE
    }

    /** Terms refused by a rule between them: {@code field} is the term to blame. */
    public static final class Refused extends RuntimeException {

        private final String field;
        private final Rule rule;

        Refused(String field, Rule rule) {
            super(field + " breaks the rule " + rule, null, false, false);
            this.field = field;
            this.rule = rule;
        }

        public String field() {
            return field;
        }

        public Rule rule() {
            return rule;
        }
    }

    /** The point to search around, or null for none; {@link Near#DEFAULT_RADIUS_KM} when no radius is given. */
    public static @Nullable Near near(@Nullable Double lat, @Nullable Double lng, @Nullable Double radiusKm) {
        if ((lat == null) != (lng == null)) {
            throw new Refused(lat == null ? "lat" : "lng", Rule.POINT);
        }
        if (lat == null || lng == null) {
            if (radiusKm != null) {
                throw new Refused("radiusKm", Rule.POINT);
            }
            return null;
        }
        return new Near(lat, lng, radiusKm == null ? Near.DEFAULT_RADIUS_KM : radiusKm);
    }

    /** Only the resources free then, or null for any time. */
    public static @Nullable Window window(@Nullable LocalDate date, @Nullable LocalTime from, @Nullable LocalTime to) {
        if (date == null) {
            if (from != null || to != null) {
                throw new Refused("date", Rule.WINDOW);
            }
            return null;
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw new Refused("to", Rule.WINDOW);
        }
        return new Window(date, from, to);
    }

    /** The order asked for, which {@link Order#DISTANCE} may be only with a point. */
    public static @Nullable Order order(@Nullable Order order, @Nullable Near near) {
        if (order == Order.DISTANCE && near == null) {
            throw new Refused("sort", Rule.DISTANCE);
        }
        return order;
    }
}
