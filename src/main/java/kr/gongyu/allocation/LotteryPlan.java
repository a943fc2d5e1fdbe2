package kr.gongyu.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A round as staff plan it: the resource's open slots from {@code from} to {@code to} inclusive (taken from its
 * calendar when the round is created), the application window, the draw instant, how many slots an applicant may
 * rank, the priority pools in the order the draw serves them, the hours winners have to confirm, and when what is
 * left opens first-come.
 */
public record LotteryPlan(
        LocalDate from,
        LocalDate to,
        Instant applicationsOpen,
        Instant applicationsClose,
        Instant drawAt,
        int maxChoices,
        List<PoolShare> pools,
        int claimHours,
        Instant leftoverAt) {

    /** A round covers at most this many days of a resource's calendar, as a booking request may span. */
    public static final int MAX_DAYS = 62;

    public LotteryPlan {
        pools = List.copyOf(pools);
    }

    /**
     * The field at fault when the plan does not hold together, checked in this order: the dates in order and at most
     * {@link #MAX_DAYS} ({@code to}), the instants in the order open &lt; close ≤ draw &lt; leftover ({@code
     * applicationsClose}, {@code drawAt}, {@code leftoverAt}), each pool once with shares adding up to at most 1
     * ({@code pools}). Empty when it holds.
     */
    public Optional<String> mistake() {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            return Optional.of("to");
        }
        if (!applicationsClose.isAfter(applicationsOpen)) {
            return Optional.of("applicationsClose");
        }
        if (drawAt.isBefore(applicationsClose)) {
            return Optional.of("drawAt");
        }
        if (!leftoverAt.isAfter(drawAt)) {
            return Optional.of("leftoverAt");
        }
        if (pools.stream().map(PoolShare::pool).distinct().count() < pools.size()
                || pools.stream()
                                .map(PoolShare::share)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)
                                .compareTo(BigDecimal.ONE)
                        > 0) {
            return Optional.of("pools");
        }
        return Optional.empty();
    }
}
